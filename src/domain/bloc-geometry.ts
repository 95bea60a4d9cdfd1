import * as turf from "@turf/turf";
import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import { continuousEast, coveringLongitudeArc } from "./longitude-arc";

type Countries = DeepReadonly<CountryIndex>;

/** [west, south, east, north], with east past 180 where the box crosses the antimeridian. */
export type Bounds = [number, number, number, number];

/**
 * The box that holds all the countries, crossing the antimeridian where that is narrower, so a
 * camera fits the United States and Russia across the Pacific rather than across the world.
 * Undefined for no (known) countries.
 */
export function boundsOfCountries(codes: readonly string[], countries: Countries): Bounds | undefined {
  const boxes = codes.flatMap((code) => {
    const entry = countries[code];
    return entry ? [entry.bbox] : [];
  });
  if (boxes.length === 0) return undefined;
  const arc = coveringLongitudeArc(boxes.map(([west, , east]) => [west, east] as const));
  const south = Math.max(-85, Math.min(...boxes.map((b) => b[1])));
  const north = Math.min(85, Math.max(...boxes.map((b) => b[3])));
  return [arc[0], south, continuousEast(arc), north];
}

/** The anchor points of the countries the index knows, [lon, lat]. */
function anchorsOf(codes: readonly string[], countries: Countries): (readonly [number, number])[] {
  return codes.flatMap((code) => {
    const entry = countries[code];
    return entry ? [entry.anchor] : [];
  });
}

/**
 * [south, north] of the countries' anchor points (a point inside each, where its dot or label is),
 * the latitudes a camera keeps when it cannot show all of the bounds. Undefined for no countries.
 */
export function anchorLatitudesOfCountries(
  codes: readonly string[],
  countries: Countries,
): [number, number] | undefined {
  const latitudes = anchorsOf(codes, countries).map(([, lat]) => lat);
  if (latitudes.length === 0) return undefined;
  return [Math.min(...latitudes), Math.max(...latitudes)];
}

/**
 * The shortest arc of longitude holding the countries' anchor points, [west, east] with east past
 * 180 where it crosses the antimeridian: the longitudes a camera keeps when it cannot show all of
 * the bounds. Undefined for no countries.
 */
export function anchorArcOfCountries(
  codes: readonly string[],
  countries: Countries,
): [number, number] | undefined {
  const longitudes = anchorsOf(codes, countries).map(([lon]) => lon);
  if (longitudes.length === 0) return undefined;
  const arc = coveringLongitudeArc(longitudes.map((lon) => [lon, lon] as const));
  return [arc[0], continuousEast(arc)];
}

/**
 * Where a bloc's label goes: the mean of its members' anchor points, taken with longitudes unwrapped
 * around the members' covering arc so that a Pacific bloc centres in the Pacific, not in Africa.
 */
export function centreOfCountries(
  codes: readonly string[],
  countries: Countries,
): [number, number] | undefined {
  const anchors = codes.flatMap((code) => {
    const entry = countries[code];
    return entry ? [entry] : [];
  });
  if (anchors.length === 0) return undefined;
  const [west] = coveringLongitudeArc(anchors.map(({ anchor: [lon] }) => [lon, lon] as const));
  const points = turf.featureCollection(
    anchors.map(({ anchor: [lon, lat] }) => turf.point([lon < west ? lon + 360 : lon, lat])),
  );
  const [lon = 0, lat = 0] = turf.centerMean(points).geometry.coordinates;
  return [lon > 180 ? lon - 360 : lon, lat];
}
