import latinRegular from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import latinBold from "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url";
import cyrillicRegular from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import cyrillicBold from "@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url";
import vietnameseRegular from "@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url";
import vietnameseBold from "@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url";
import type { Language } from "../data/languages";
import { fetchOwnFile } from "../data/own-files";
import { SCRIPTS_OF, UNICODE_RANGES, type FontScript } from "../map/label-font";

/**
 * The family the image's title, legend and source line are drawn in: Noto Sans, as the map's
 * labels, under a name of its own so no font of the viewer's system stands in for it.
 */
export const IMAGE_FONT = "Bloc Atlas Image Sans";

type Weight = 400 | 700;

const FILES: Readonly<Record<FontScript, Readonly<Record<Weight, string>>>> = {
  latin: { 400: latinRegular, 700: latinBold },
  cyrillic: { 400: cyrillicRegular, 700: cyrillicBold },
  vietnamese: { 400: vietnameseRegular, 700: vietnameseBold },
};

const loading = new Map<string, Promise<void>>();

function loadFace(script: FontScript, weight: Weight): Promise<void> {
  const key = `${script}:${String(weight)}`;
  let face = loading.get(key);
  if (!face) {
    // The bytes through fetchOwnFile, not a url() the browser fetches: the standalone file carries
    // its fonts inside itself, where no URL reaches them.
    face = fetchOwnFile(new URL(FILES[script][weight], document.baseURI).href)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
        return response.arrayBuffer();
      })
      .then((bytes) =>
        new FontFace(IMAGE_FONT, bytes, {
          weight: String(weight),
          unicodeRange: UNICODE_RANGES[script].join(", "),
        }).load(),
      )
      .then((loaded) => {
        document.fonts.add(loaded);
      });
    // A file that failed may load on the next press.
    face.catch(() => loading.delete(key));
    loading.set(key, face);
  }
  return face;
}

/**
 * Loads, from the app's own origin, the files a 2D canvas needs to draw the language's text in
 * `IMAGE_FONT`: a canvas draws with whatever has loaded when it is asked, and would otherwise fall
 * back, for a title in Cyrillic or with ệ and ở, to a system font that may lack the glyphs.
 * Never fails: where a file cannot be had, the image is still made, in the system's sans-serif.
 */
export function loadImageFont(lang: Language): Promise<void> {
  return Promise.all(
    SCRIPTS_OF[lang].flatMap((script) => [loadFace(script, 400), loadFace(script, 700)]),
  ).then(
    () => undefined,
    () => undefined,
  );
}
