import { formatDate } from "../domain/labels";
import { useLang, useRichText } from "../i18n/use-text";

/** " (status last checked: 2 December 2026)" after a statement of a current status; nothing without a date. */
export function StatusChecked({ on }: { on: string | undefined }) {
  const say = useRichText();
  const lang = useLang();
  if (on === undefined) return null;
  return (
    <span className="status-checked">
      {" "}
      ({say("domain.status-last-checked", { date: <time dateTime={on}>{formatDate(on, lang)}</time> })})
    </span>
  );
}
