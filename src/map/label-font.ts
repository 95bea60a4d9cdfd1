import latinUrl from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import cyrillicUrl from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import vietnameseUrl from "@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url";
import type { StyleSpecification } from "maplibre-gl";
import type { Language } from "../data/languages";

/** One file of a font in a style's `font-faces`, with the characters it draws. */
export type FontFaceFile = Exclude<NonNullable<StyleSpecification["font-faces"]>[string], string>[number];

/** The label font's files, one per script, as @fontsource splits Noto Sans. */
export type FontScript = "latin" | "cyrillic" | "vietnamese";

/**
 * Each file's characters, as @fontsource's CSS gives them (`400.css`; `label-font.test.ts` checks
 * they still agree): MapLibre draws a character from the first file whose range holds it.
 */
export const UNICODE_RANGES: Readonly<Record<FontScript, readonly string[]>> = {
  latin: [
    "U+0000-00FF",
    "U+0131",
    "U+0152-0153",
    "U+02BB-02BC",
    "U+02C6",
    "U+02DA",
    "U+02DC",
    "U+0304",
    "U+0308",
    "U+0329",
    "U+2000-206F",
    "U+20AC",
    "U+2122",
    "U+2191",
    "U+2193",
    "U+2212",
    "U+2215",
    "U+FEFF",
    "U+FFFD",
  ],
  cyrillic: ["U+0301", "U+0400-045F", "U+0490-0491", "U+04B0-04B1", "U+2116"],
  vietnamese: [
    "U+0102-0103",
    "U+0110-0111",
    "U+0128-0129",
    "U+0168-0169",
    "U+01A0-01A1",
    "U+01AF-01B0",
    "U+0300-0301",
    "U+0303-0304",
    "U+0308-0309",
    "U+0323",
    "U+0329",
    "U+1EA0-1EF9",
    "U+20AB",
  ],
};

const FILES: Readonly<Record<FontScript, string>> = {
  latin: latinUrl,
  cyrillic: cyrillicUrl,
  vietnamese: vietnameseUrl,
};

/**
 * The scripts a language's labels are written in. Only these files are fetched: an English map
 * does not wait for Cyrillic. Russian labels keep Latin for names such as "ASEAN" in a note.
 */
export const SCRIPTS_OF: Readonly<Record<Language, readonly FontScript[]>> = {
  en: ["latin"],
  ru: ["latin", "cyrillic"],
  vi: ["latin", "vietnamese"],
};

/** The style's font faces for a language's labels, every file from this app's own origin. */
export function labelFontFaces(lang: Language, baseUrl: string): FontFaceFile[] {
  return SCRIPTS_OF[lang].map((script) => ({
    url: new URL(FILES[script], baseUrl).href,
    "unicode-range": [...UNICODE_RANGES[script]],
  }));
}
