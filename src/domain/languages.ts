/** The languages the app shows everything in: English, the dataset's own, first. */
export const LANGUAGES = ["en", "ru", "vi"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The languages with a translation file, `data/translations/<language>.json`. */
export const TRANSLATED_LANGUAGES = ["ru", "vi"] as const satisfies readonly Language[];

export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** Whether a value (a URL parameter, a file name) is one of the app's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Whether a value is a language with a translation file. */
export function isTranslatedLanguage(value: unknown): value is TranslatedLanguage {
  return typeof value === "string" && (TRANSLATED_LANGUAGES as readonly string[]).includes(value);
}
