import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UNICODE_RANGES } from "./label-font";

const FONTSOURCE_CSS = path.resolve(import.meta.dirname, "../../node_modules/@fontsource/noto-sans/400.css");

/** @fontsource's unicode-range for one subset's regular face. */
function rangesInCss(css: string, subset: string): string[] {
  const block = css.split("@font-face").find((face) => face.includes(`noto-sans-${subset}-400-normal.woff2`));
  const ranges = /unicode-range:\s*([^;]+);/.exec(block ?? "")?.[1];
  return (ranges ?? "").split(",").map((range) => range.trim());
}

/** Whether a character falls in one of the ranges. */
function covers(ranges: readonly string[], character: string): boolean {
  const code = character.codePointAt(0) ?? -1;
  return ranges.some((range) => {
    const [start, end = start] = range.replace("U+", "").split("-");
    return code >= parseInt(start ?? "", 16) && code <= parseInt(end ?? "", 16);
  });
}

describe("the label font's files", () => {
  const css = readFileSync(FONTSOURCE_CSS, "utf8");

  it("draw the characters @fontsource says each file has", () => {
    for (const subset of ["latin", "cyrillic", "vietnamese"] as const) {
      expect(UNICODE_RANGES[subset]).toEqual(rangesInCss(css, subset));
    }
  });

  it("cover Russian and Vietnamese, stacked diacritics included", () => {
    const all = Object.values(UNICODE_RANGES).flat();
    for (const character of "АСЕАНШОСЕАЭСёЁ" + "ệởđƯơĂâầẫỹ")
      expect({ character, drawn: covers(all, character) }).toEqual({ character, drawn: true });
  });
});
