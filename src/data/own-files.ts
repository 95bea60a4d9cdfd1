/**
 * Where the geometry is served from: absolute, because MapLibre's workers fetch the tiles and
 * cannot resolve a relative URL. The standalone file has its own (own-files.standalone.ts).
 */
export const GEO_BASE_URL = new URL(`${import.meta.env.BASE_URL}geo/`, document.baseURI).href;

/** Fetches one of the app's own files (a data file, the country index, a tour) from its server. */
export function fetchOwnFile(url: string): Promise<Response> {
  return fetch(url);
}
