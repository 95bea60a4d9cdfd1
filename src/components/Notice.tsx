import type { Phrase } from "../i18n/messages";
import { useText } from "../i18n/use-text";
import { linkNotice } from "../store/url-state";

/**
 * A message about something the app could not do as asked; the app goes on working. Given the
 * link's problems (phrases), it says them as one sentence in the language shown, so a notice made
 * before the language changed reads in the new one.
 */
export function Notice({
  message,
  onDismiss,
}: {
  message: string | readonly Phrase[];
  onDismiss: () => void;
}) {
  const t = useText();
  return (
    <div className="notice" role="alert">
      <p>{typeof message === "string" ? message : linkNotice(t, message)}</p>
      <button type="button" onClick={onDismiss}>
        {t("shell.dismiss")}
      </button>
    </div>
  );
}
