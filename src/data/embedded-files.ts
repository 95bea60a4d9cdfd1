import * as z from "zod/mini";

/**
 * In the standalone file (`npm run build:standalone`) every file the app fetches travels inside the
 * HTML, and its URL is this prefix and the path the normal build gives it (`assets/blocs-….json`,
 * `geo/tiles/2/3/1.pbf`). A scheme of its own, because MapLibre hands a page's protocol
 * (`addProtocol`) only URLs whose scheme is not http(s) or file.
 */
export const EMBEDDED_SCHEME = "bloc-atlas";
export const EMBEDDED_BASE = `${EMBEDDED_SCHEME}://app/`;

/** The id of the `<script type="application/json">` element that holds the files. */
export const EMBEDDED_FILES_ELEMENT_ID = "bloc-atlas-files";

const EmbeddedFile = z.union([z.strictObject({ text: z.string() }), z.strictObject({ base64: z.string() })]);
const EmbeddedFiles = z.record(z.string(), EmbeddedFile);

/** One file: text as it is (smaller, and it compresses), anything else (tiles, the font) as base64. */
export type EmbeddedFile = z.infer<typeof EmbeddedFile>;
/** The files by their path under EMBEDDED_BASE. */
export type EmbeddedFiles = z.infer<typeof EmbeddedFiles>;

/** The path of an embedded URL (no query or fragment), or undefined for any other URL. */
export function embeddedPathOf(url: string): string | undefined {
  if (!url.startsWith(EMBEDDED_BASE)) return undefined;
  return url.slice(EMBEDDED_BASE.length).replace(/[?#].*$/, "");
}

/** The bytes a file holds. */
export function decodeEmbeddedFile(file: EmbeddedFile): Uint8Array<ArrayBuffer> {
  if ("text" in file) return new TextEncoder().encode(file.text);
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Parses the page's table of files, checked like any other data the app reads. */
export function parseEmbeddedFiles(json: string): EmbeddedFiles {
  const result = EmbeddedFiles.safeParse(JSON.parse(json));
  if (!result.success) throw new Error(`#${EMBEDDED_FILES_ELEMENT_ID}: is not a table of files`);
  return result.data;
}

let pageFiles: EmbeddedFiles | undefined;

/** The bytes of the file at an embedded URL, or undefined where the page holds no such file. */
export function readEmbeddedFile(url: string): Uint8Array<ArrayBuffer> | undefined {
  const path = embeddedPathOf(url);
  if (path === undefined) return undefined;
  pageFiles ??= parseEmbeddedFiles(document.getElementById(EMBEDDED_FILES_ELEMENT_ID)?.textContent ?? "{}");
  const file = pageFiles[path];
  return file && decodeEmbeddedFile(file);
}
