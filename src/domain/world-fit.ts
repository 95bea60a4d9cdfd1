/**
 * The arithmetic of showing the world once: how wide the world is at a zoom, the zoom below which a
 * map would show a place twice side by side, and which band of latitudes to keep when a selection
 * is taller than the map can show at that zoom. Web Mercator, as MapLibre draws it.
 */

/** MapLibre's tile size: at zoom z the world is TILE_SIZE · 2^z CSS pixels wide (and tall). */
export const TILE_SIZE = 512;

/** MapLibre's lowest zoom. */
const LOWEST_ZOOM = -2;

/** The latitude Web Mercator stops at, north and south. */
const MAX_LATITUDE = 85.051129;

/** The world's width, in CSS pixels, at a zoom. */
export function worldWidthAt(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/**
 * The lowest zoom at which the world is at least as wide as a map `width` CSS pixels wide, and as
 * tall as it is `height` high. At this zoom or closer, the map spans at most 360° of longitude, so
 * no place is drawn twice however the camera is panned, with world copies on (and the antimeridian
 * still crossed by panning); nor is an empty band left above or below the world on a tall map.
 */
export function oneWorldMinZoom(width: number, height = 0): number {
  const side = Math.max(1, Math.ceil(width), Math.ceil(height));
  return Math.max(LOWEST_ZOOM, Math.log2(side / TILE_SIZE));
}

/** A latitude as Web Mercator's y, from 0 at the north edge of the world to 1 at the south. */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** The latitude at a Web Mercator y (0 north, 1 south). */
export function latitudeAt(y: number): number {
  return (Math.atan(Math.sinh((0.5 - y) * 2 * Math.PI)) * 180) / Math.PI;
}

/** Latitudes south to north. */
export type LatitudeBand = readonly [south: number, north: number];

/**
 * The band of a selection's latitudes to frame when all of them do not fit: `visible` is the share
 * of the world's height the map shows (its free height over the world's height at the zoom it may
 * not go below). A band that fits is returned as it is; a taller one is cut to `visible`, taken
 * where it holds the `core` (the countries' anchor points), as centred on the core as the band
 * allows, so a bloc of Russia and South Africa loses the Arctic islands rather than a member.
 */
export function latitudesToFrame(
  band: LatitudeBand,
  core: LatitudeBand | undefined,
  visible: number,
): LatitudeBand {
  const [south, north] = band;
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  if (bottom - top <= visible || visible <= 0) return band;
  // A hair under the visible share, so the zoom that fits the band stays at or above the floor.
  const height = visible * 0.999;
  const middle = core ? (mercatorY(core[1]) + mercatorY(core[0])) / 2 : (top + bottom) / 2;
  const centre = Math.min(bottom - height / 2, Math.max(top + height / 2, middle));
  return [latitudeAt(centre + height / 2), latitudeAt(centre - height / 2)];
}

/** Longitudes west to east, east past 180 where the band crosses the antimeridian. */
export type LongitudeBand = readonly [west: number, east: number];

/**
 * The band of a selection's longitudes to frame when all of them do not fit: `visible` is the share
 * of the world's width the map shows at the zoom it may not go below. A band that fits is returned
 * as it is; a wider one (the Security Council's members, all round the world) is cut to `visible`,
 * centred on the `core` (the shortest arc holding the countries' anchor points), so the longitudes
 * left out are the widest stretch with no member in it, the Pacific rather than the Caribbean.
 */
export function longitudesToFrame(
  band: LongitudeBand,
  core: LongitudeBand | undefined,
  visible: number,
): LongitudeBand {
  const [west, east] = band;
  const span = visible * 360;
  if (east - west <= span || visible <= 0) return band;
  // A hair under the visible share, so the zoom that fits the band stays at or above the floor.
  const width = span * 0.999;
  let middle = core ? (core[0] + core[1]) / 2 : (west + east) / 2;
  // The core in the band's own numbering (a band from 170 to 300 holds a core at -60 as 300).
  while (middle < west) middle += 360;
  while (middle > east) middle -= 360;
  const centre = Math.min(east - width / 2, Math.max(west + width / 2, middle));
  return [centre - width / 2, centre + width / 2];
}
