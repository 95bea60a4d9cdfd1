import { STATUS_LAST_CHECKED, formatDate } from "../domain/labels";

/** " (status last checked: 2 December 2026)" after a statement of a current status; nothing without a date. */
export function StatusChecked({ on }: { on: string | undefined }) {
  if (on === undefined) return null;
  return (
    <span className="status-checked">
      {" "}
      ({STATUS_LAST_CHECKED}: <time dateTime={on}>{formatDate(on)}</time>)
    </span>
  );
}
