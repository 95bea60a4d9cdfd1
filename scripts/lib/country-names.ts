import countries from "i18n-iso-countries";
import type { CountryIndex } from "../../src/data/country-index.ts";
import { LOCALE_OF, type Language } from "../../src/data/languages.ts";

/**
 * The country index with each country's name in a language, from the Unicode CLDR's region names
 * as the build's ICU carries them (`Intl.DisplayNames`: "Việt Nam", "Мьянма (Бирма)"), found by
 * the ISO 3166 alpha-2 code (`i18n-iso-countries`). A territory with no code of its own (Kosovo,
 * Northern Cyprus, Somaliland as Natural Earth draws them) keeps the geometry's English name.
 */
export function countryIndexIn(lang: Language, index: CountryIndex): CountryIndex {
  if (lang === "en") return index;
  const names = new Intl.DisplayNames([LOCALE_OF[lang]], { type: "region", fallback: "none" });
  const localized: Record<string, CountryIndex[string]> = {};
  for (const [iso3, entry] of Object.entries(index)) {
    const alpha2 = countries.alpha3ToAlpha2(iso3);
    const name = alpha2 === undefined ? undefined : names.of(alpha2);
    localized[iso3] = name === undefined ? entry : { ...entry, name };
  }
  return localized;
}
