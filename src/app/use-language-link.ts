import { useEffect, useRef } from "react";
import type { Language } from "../data/languages";
import { languageOfLink, withLanguage } from "../store/language-link";

/**
 * Keeps `?lang=` in the address once the language is chosen (by the switch or a host), so a
 * reload or a copied address shows the same language. A page opened without one keeps its
 * address as it is until then. The entry is replaced, not pushed: a language is not a step back.
 */
export function useLanguageLink(lang: Language): void {
  const first = useRef(lang);
  useEffect(() => {
    const { search, pathname, hash } = window.location;
    const linked = languageOfLink(search).lang;
    if (linked === lang || (linked === undefined && lang === first.current)) return;
    window.history.replaceState(window.history.state, "", `${pathname}${withLanguage(search, lang)}${hash}`);
  }, [lang]);
}
