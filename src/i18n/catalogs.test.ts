import { isLiteralElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALE_OF, type Language } from "../data/languages";
import en from "./catalogs/en";
import ru from "./catalogs/ru";
import vi from "./catalogs/vi";
import { flattenCatalog } from "./messages";
import { translatorFor } from "./translate";

const CATALOGS: Record<Language, Record<string, string>> = {
  en: flattenCatalog(en),
  ru: flattenCatalog(ru),
  vi: flattenCatalog(vi),
};

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];

/** The arguments a message takes, and the plural categories each plural argument gives. */
function argumentsOf(
  elements: readonly Element[],
  found = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  for (const element of elements) {
    if (!("value" in element) || typeof element.value !== "string" || isLiteralElement(element)) continue;
    const categories = found.get(element.value) ?? new Set<string>();
    found.set(element.value, categories);
    if ("options" in element) {
      for (const [category, option] of Object.entries(element.options)) {
        categories.add(category);
        argumentsOf(option.value, found);
      }
    }
  }
  for (const element of elements) {
    if ("children" in element) argumentsOf(element.children, found);
  }
  return found;
}

describe("the catalogs", () => {
  it("have the same keys in every language", () => {
    const english = Object.keys(CATALOGS.en).sort();
    for (const lang of LANGUAGES) {
      const keys = Object.keys(CATALOGS[lang]).sort();
      expect({ lang, missing: english.filter((key) => !keys.includes(key)) }).toEqual({ lang, missing: [] });
      expect({ lang, unknown: keys.filter((key) => !english.includes(key)) }).toEqual({ lang, unknown: [] });
    }
  });

  it("hold messages that parse, each with English's arguments", () => {
    for (const lang of LANGUAGES) {
      for (const [id, message] of Object.entries(CATALOGS[lang])) {
        let ast: ReturnType<IntlMessageFormat["getAst"]>;
        try {
          ast = new IntlMessageFormat(message, LOCALE_OF[lang]).getAst();
        } catch (error) {
          throw new Error(`${lang} ${id}: does not parse as ICU MessageFormat (${String(error)})`, {
            cause: error,
          });
        }
        const english = new IntlMessageFormat(CATALOGS.en[id] ?? "", "en").getAst();
        expect({ lang, id, args: [...argumentsOf(ast).keys()].sort() }).toEqual({
          lang,
          id,
          args: [...argumentsOf(english).keys()].sort(),
        });
      }
    }
  });

  it("give Russian plurals their one, few and many forms", () => {
    for (const [id, message] of Object.entries(CATALOGS.ru)) {
      for (const [name, categories] of argumentsOf(new IntlMessageFormat(message, "ru").getAst())) {
        if (!categories.has("other")) continue;
        const english = argumentsOf(new IntlMessageFormat(CATALOGS.en[id] ?? "", "en").getAst()).get(name);
        if (!english?.has("one")) continue;
        expect({ id, name, forms: ["one", "few", "many"].filter((form) => !categories.has(form)) }).toEqual({
          id,
          name,
          forms: [],
        });
      }
    }
  });

  it("say the status check date in each language", () => {
    const say = (lang: Language) => translatorFor(lang, CATALOGS[lang]);
    expect(say("ru")("domain.status-last-checked", { date: "2 декабря 2026 г." })).toBe(
      "статус проверен: 2 декабря 2026 г.",
    );
    expect(say("en")("domain.kind.forum")).toBe("Forum");
  });
});
