import type { Translate } from "../i18n/messages";

/** Where what a compact view or an image shows comes from, in one line, in the page's language. */
export function sourceLine(t: Translate): string {
  return t("image.source-line");
}
