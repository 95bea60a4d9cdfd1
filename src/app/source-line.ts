import type { Translate } from "../i18n/messages";

/** Where what a compact view or an image shows comes from, in one line, in the page's language. */
export function sourceLine(t: Translate): string {
  return t("image.source-line");
}

/**
 * The English source line, for a caller not yet given a `Translate`.
 * @deprecated Use `sourceLine(t)`, which says it in the page's language.
 */
export const SOURCE_LINE = "Bloc Atlas · Natural Earth · transcript: Russia’s Ministry of Foreign Affairs";
