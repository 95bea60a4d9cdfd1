import { useId } from "react";
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from "../data/languages";
import { useText } from "../i18n/use-text";

/**
 * The language the app is read in. Each language is named in itself ("Русский", "Tiếng Việt"),
 * marked as such for screen readers, so whoever reads only that language finds it.
 */
export function LanguageSwitch({ lang, onChange }: { lang: Language; onChange: (lang: Language) => void }) {
  const t = useText();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t("shell.language")}</label>
      <select
        id={id}
        value={lang}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
