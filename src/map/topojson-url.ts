/** The URL scheme MapLibre's workers serve TopoJSON under (see topojson-protocol.worker.ts). */
export const TOPOJSON_PROTOCOL = "topojson";

/**
 * A GeoJSON source `data` URL that the workers fetch as TopoJSON and convert. The page's scheme is
 * left out (`topojson://host/path`): MapLibre would mangle a second `://` inside the URL.
 */
export function topoJsonUrl(absoluteUrl: string): string {
  return `${TOPOJSON_PROTOCOL}://${absoluteUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")}`;
}

/** The http(s) URL behind a topojson:// URL, on the scheme of the page (or worker) at `base`. */
export function fetchUrlOf(topoUrl: string, base: string): string {
  return new URL(`//${topoUrl.slice(`${TOPOJSON_PROTOCOL}://`.length)}`, base).href;
}
