import { createElement, type ReactElement } from "react";
import en from "./catalogs/en";
import { flattenCatalog } from "./messages";
import { LanguageProvider } from "./use-text";

/** An element inside the app's English words, for tests that render components on their own. */
export function inEnglish(element: ReactElement): ReactElement {
  return createElement(LanguageProvider, { lang: "en", messages: flattenCatalog(en), children: element });
}
