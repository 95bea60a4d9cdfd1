import { describe, expect, it } from "vitest";
import { initialLanguage, languageOfLink, withLanguage } from "./language-link";

describe("languageOfLink", () => {
  it("reads the language a link names, in any case", () => {
    expect(languageOfLink("?bloc=asean&lang=ru").lang).toBe("ru");
    expect(languageOfLink("?lang=VI").lang).toBe("vi");
    expect(languageOfLink("?bloc=asean")).toEqual({ lang: undefined, problem: undefined });
  });

  it("turns a language the app does not speak into a problem, quoting it briefly", () => {
    const { lang, problem } = languageOfLink(`?lang=${"x".repeat(500)}`);
    expect(lang).toBeUndefined();
    expect(problem?.id).toBe("store.unknown-language");
    expect(String(problem?.values?.value).length).toBeLessThan(50);
  });
});

describe("initialLanguage", () => {
  it("prefers the link, then the browser's languages, then English", () => {
    expect(initialLanguage("?lang=vi", ["ru"]).lang).toBe("vi");
    expect(initialLanguage("", ["de", "ru-RU"]).lang).toBe("ru");
    expect(initialLanguage("?lang=de", ["fr"]).lang).toBe("en");
  });
});

describe("withLanguage", () => {
  it("sets the language and keeps every other parameter", () => {
    expect(withLanguage("?bloc=asean&type=fta,mou", "ru")).toBe("?bloc=asean&type=fta,mou&lang=ru");
    expect(withLanguage("?lang=ru&bloc=asean", "en")).toBe("?lang=en&bloc=asean");
  });
});
