import { EMBEDDED_BASE, readEmbeddedFile } from "./embedded-files";

/** The geometry inside the standalone file, under the scheme MapLibre reads it through. */
export const GEO_BASE_URL = `${EMBEDDED_BASE}geo/`;

/**
 * The standalone file's fetchOwnFile (see own-files.ts): the file comes from inside the page, since
 * a page opened from file:// may fetch nothing. A file the page does not hold answers 404.
 */
export function fetchOwnFile(url: string): Promise<Response> {
  const bytes = readEmbeddedFile(url);
  return Promise.resolve(bytes ? new Response(bytes) : new Response(null, { status: 404 }));
}
