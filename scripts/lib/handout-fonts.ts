import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Language } from "../../src/data/languages.ts";

/** The @fontsource subsets a language's handout is written in: Latin for the English quotes always. */
const SUBSETS: Readonly<Record<Language, readonly string[]>> = {
  en: ["latin"],
  ru: ["latin", "cyrillic"],
  vi: ["latin", "vietnamese"],
};

const WEIGHTS = [400, 700] as const;

/**
 * The `@font-face` rules of Noto Sans that the handout's language needs, regular and bold, as
 * @fontsource writes them (each with its `unicode-range`, so the browser takes each character
 * from the file that has it), pointing at the files on disk: the PDF is printed offline.
 */
export function handoutFontCss(lang: Language): string {
  const require = createRequire(import.meta.url);
  return WEIGHTS.flatMap((weight) => {
    const cssFile = require.resolve(`@fontsource/noto-sans/${weight}.css`);
    const css = readFileSync(cssFile, "utf8");
    return SUBSETS[lang].map((subset) => {
      const rule = new RegExp(
        `/\\* noto-sans-${subset}-${weight}-normal \\*/\\s*(@font-face\\s*\\{[^}]*\\})`,
      ).exec(css)?.[1];
      if (rule === undefined) throw new Error(`${cssFile}: no @font-face for ${subset} ${weight}`);
      return rule.replace(
        /url\(\.\/files\/([^)]+)\)/g,
        (_, name: string) => `url("${pathToFileURL(path.join(path.dirname(cssFile), "files", name)).href}")`,
      );
    });
  }).join("\n");
}
