import type { ReactNode } from "react";
import { useText } from "../i18n/use-text";

type PanelHeaderProps = {
  /** The heading's id, which the panel is labelled by. */
  titleId: string;
  title: ReactNode;
  /** "Clear" for a selection, "Close" for a country panel over one: said in the page's language. */
  action: "Clear" | "Close";
  /** What the button clears or closes, for its accessible name. */
  subject: string;
  onAction: () => void;
};

/** A panel's heading with the button (and its Escape shortcut) that clears or closes it. */
export function PanelHeader({ titleId, title, action, subject, onAction }: PanelHeaderProps) {
  const t = useText();
  const verb = action === "Clear" ? "clear" : "close";
  return (
    <header className="panel-header">
      <h2 id={titleId} tabIndex={-1}>
        {title}
      </h2>
      <button
        type="button"
        className="close"
        onClick={onAction}
        aria-label={t(`shell.panel-${verb}-label`, { subject })}
      >
        {t(`shell.panel-${verb}`)} <kbd>{t("shell.escape-key")}</kbd>
      </button>
    </header>
  );
}
