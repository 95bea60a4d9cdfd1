import { describe, expect, it } from "vitest";
import { browserLanguage, isLanguage } from "./languages";

describe("browserLanguage", () => {
  it("takes the first language the app speaks, by its primary subtag", () => {
    expect(browserLanguage(["de-DE", "ru-RU", "en"])).toBe("ru");
    expect(browserLanguage(["vi", "en-US"])).toBe("vi");
    expect(browserLanguage(["EN-gb"])).toBe("en");
  });

  it("falls back to English when none is spoken", () => {
    expect(browserLanguage(["de", "fr-CA"])).toBe("en");
    expect(browserLanguage([])).toBe("en");
  });
});

describe("isLanguage", () => {
  it("accepts exactly en, ru and vi", () => {
    expect(["en", "ru", "vi"].every(isLanguage)).toBe(true);
    expect(["EN", "ru-RU", "", undefined, 1].some(isLanguage)).toBe(false);
  });
});
