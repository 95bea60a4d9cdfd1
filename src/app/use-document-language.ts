import { useEffect } from "react";
import type { Language } from "../data/languages";
import type { Messages } from "../i18n/messages";
import { translatorFor } from "../i18n/translate";

/**
 * The document says the language it is shown in (`<html lang>`, for screen readers' voices and
 * hyphenation) and has a title in it.
 */
export function useDocumentLanguage(lang: Language, messages: Messages | undefined): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    if (messages) document.title = translatorFor(lang, messages)("app.document-title");
  }, [lang, messages]);
}
