import { browserLanguage, isLanguage, LANGUAGES, type Language } from "../data/languages";
import { quoted } from "../domain/quoted";
import { phrase, type Phrase } from "../i18n/messages";

/** The URL parameter that names the language: `?lang=ru`, on every page. */
export const LANG_PARAM = "lang";

/** The language a link asks for, if any, and what was wrong with it, for the page's notice. */
export type LanguageOfLink = { readonly lang: Language | undefined; readonly problem: Phrase | undefined };

/** Reads `lang` from a query string; a value the app does not speak is a problem, not an error. */
export function languageOfLink(search: string): LanguageOfLink {
  const raw = new URLSearchParams(search).get(LANG_PARAM);
  if (raw === null || raw === "") return { lang: undefined, problem: undefined };
  const lower = raw.toLowerCase();
  if (isLanguage(lower)) return { lang: lower, problem: undefined };
  return {
    lang: undefined,
    problem: phrase("store.unknown-language", { value: quoted(raw), languages: LANGUAGES.join(", ") }),
  };
}

/** The page's first language: the link's, else the first of the browser's the app speaks, else English. */
export function initialLanguage(
  search: string,
  preferred: readonly string[],
): LanguageOfLink & { lang: Language } {
  const { lang, problem } = languageOfLink(search);
  return { lang: lang ?? browserLanguage(preferred), problem };
}

/** A query string with the language set, every other parameter kept as it was. */
export function withLanguage(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  params.set(LANG_PARAM, lang);
  const query = params.toString().replace(/%2C/g, ",");
  return `?${query}`;
}
