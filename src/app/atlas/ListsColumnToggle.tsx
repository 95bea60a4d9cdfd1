import { useText } from "../../i18n/use-text";

/**
 * The one button that folds the desk's lists column to a strip and opens it again. One element in
 * both states, so it keeps the focus a press gave it.
 */
export function ListsColumnToggle({ open, onToggle }: { open: boolean; onToggle: (open: boolean) => void }) {
  const t = useText();
  return (
    <button
      type="button"
      className="lists-toggle"
      aria-expanded={open}
      aria-controls="lists-column"
      onClick={() => onToggle(!open)}
    >
      <span aria-hidden="true" className="lists-toggle-mark">
        {open ? "«" : "»"}
      </span>
      <span className="lists-toggle-words">{open ? t("lists.column-hide") : t("lists.column-show")}</span>
    </button>
  );
}
