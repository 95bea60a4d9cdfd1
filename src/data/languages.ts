/** The languages the app speaks, English first: the language of the transcript and the fallback. */
export const LANGUAGES = ["en", "ru", "vi"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The languages the dataset's own words are translated into (data/translations/<lang>.json). */
export const TRANSLATED_LANGUAGES = ["ru", "vi"] as const satisfies readonly Language[];

export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Whether a value is a language with a translation file. */
export function isTranslatedLanguage(value: unknown): value is TranslatedLanguage {
  return typeof value === "string" && (TRANSLATED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The locale `Intl` formats each language in: British English, as the dataset's prose is written
 * ("25 February 2019").
 */
export const LOCALE_OF: Readonly<Record<Language, string>> = { en: "en-GB", ru: "ru", vi: "vi" };

/** Each language's name in itself, as a language switch shows it to someone who reads only that one. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  ru: "Русский",
  vi: "Tiếng Việt",
};

/**
 * The first of the browser's languages (`navigator.languages`, most wanted first) that the app
 * speaks, by its primary subtag ("ru-RU" is Russian); English where it speaks none of them.
 */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split("-")[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return "en";
}
