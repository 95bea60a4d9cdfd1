/**
 * Builds public/geo/ from Natural Earth (through the world-atlas npm package):
 * - tiles/{z}/{x}/{y}.pbf: Mapbox Vector Tiles for zooms 0 to 4, cut and simplified per zoom here
 *   rather than in every browser, with three layers: `countries` (one feature per ISO 3166-1
 *   country, cut at the antimeridian so that a flat map draws Russia, Fiji and Antarctica without
 *   stripes across the world), `borders` (each country's outline as lines from the topology's
 *   mesh, so tile edges never draw, less the cuts at the antimeridian) and `points` (a point for every country too small to see or
 *   click at world zoom);
 * - country-index.json: name, bounding box (west may exceed east when it crosses the antimeridian),
 *   anchor point and area of every country, read by the app and by data validation.
 *
 * Run with `npm run build:geo`. The output is checked in; this script is how it was made.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as turf from "@turf/turf";
import { feature, mesh, quantize } from "topojson-client";
import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { topology } from "topojson-server";
import { presimplify, planarTriangleArea, simplify } from "topojson-simplify";
import type { Topology, GeometryObject, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import isoCountries from "i18n-iso-countries";
import polylabel from "polylabel";
import { coveringLongitudeArc } from "../src/domain/longitude-arc.ts";
import { GEOMETRY_MAX_TILE_ZOOM } from "../src/map/style-ids.ts";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "public/geo");

/** Below this area (km²) a country gets a point: Brunei, at 5,765 km², is a few pixels at world zoom. */
const SMALL_COUNTRY_KM2 = 15_000;
/**
 * Visvalingam weight (square degrees) below which a vertex is dropped. Simplifying the topology
 * rather than each country keeps shared borders shared; at zoom 5, the closest the app goes to
 * a bloc, what it removes is under two pixels, and it halves the file.
 */
const SIMPLIFY_MIN_WEIGHT = 0.002;
/** About 1 km at the equator, a pixel at zoom 6. */
const COORDINATE_DECIMALS = 2;
/** Grid of the served topology: 360° / 10,000 = 0.036°, under two pixels at zoom 5, the closest a bloc is fitted. */
const TOPOLOGY_QUANTIZATION = 10_000;

/** The deepest tiles; the map overzooms them beyond (the geometry has no more detail). */
const TILE_MAX_ZOOM = GEOMETRY_MAX_TILE_ZOOM;
/**
 * Tile extent and simplification as MapLibre's own GeoJSON source cuts them (8192 units, a
 * tolerance of 0.375 px at 512 px tiles), so each zoom looks as it did when the browser cut the
 * tiles; at 4096 units coastlines moved by a pixel here and there. The buffer (8 px) holds a line's
 * width and a dot's radius across a tile's edge.
 */
const TILE_OPTIONS = { extent: 8192, tolerance: 6, buffer: 128 } as const;

/** Natural Earth abbreviates some names for map labels; a reader wants them in full. */
const NAME_OVERRIDES: Record<string, string> = {
  MKD: "North Macedonia",
  SWZ: "Eswatini",
  COD: "Democratic Republic of the Congo",
  COG: "Republic of the Congo",
  VAT: "Vatican City",
  FSM: "Micronesia",
  CPV: "Cabo Verde",
  TUV: "Tuvalu",
};

isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json") as isoCountries.LocaleData);

type CountryGeometry = Polygon | MultiPolygon;

function loadCountries(file: string): Feature<CountryGeometry, { name: string }>[] {
  const topology = JSON.parse(
    readFileSync(path.join(root, "node_modules/world-atlas", file), "utf8"),
  ) as Topology<{ countries: GeometryObject<{ name: string }> }>;
  const simplified = simplify(presimplify(topology, planarTriangleArea), SIMPLIFY_MIN_WEIGHT);
  const collection = feature(simplified, simplified.objects.countries) as FeatureCollection<
    CountryGeometry,
    { name: string }
  >;
  return collection.features;
}

function displayName(iso3: string, naturalEarthName: string): string {
  const override = NAME_OVERRIDES[iso3];
  if (override) return override;
  if (!naturalEarthName.includes(".")) return naturalEarthName;
  return isoCountries.getName(iso3, "en") ?? naturalEarthName;
}

function roundCoordinate(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function roundPosition([lon = 0, lat = 0]: Position): Position {
  return [roundCoordinate(lon), roundCoordinate(lat)];
}

/**
 * world-atlas stitches Natural Earth's rings across the antimeridian (good for a globe, wrong for
 * a flat map, where an edge from 179.9° to -179.9° crosses the whole world). Unwrapping makes the
 * longitudes continuous; a ring that then circles the pole (Antarctica) is closed along the pole.
 */
function unwrapRing(ring: Position[]): Position[] {
  const unwrapped: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) offset -= 360;
      if (step < -180) offset += 360;
    }
    previous = lon;
    unwrapped.push([lon + offset, lat]);
  }
  const first = unwrapped[0];
  const last = unwrapped[unwrapped.length - 1];
  if (!first || !last || offset === 0) return unwrapped;
  const poleLat = (first[1] ?? 0) < 0 ? -90 : 90;
  return [...unwrapped, [last[0] ?? 0, poleLat], [first[0] ?? 0, poleLat], first];
}

/** Splits a polygon whose unwrapped rings leave [-180, 180] into the parts on each side. */
function splitAtAntimeridian(rings: Position[][]): Position[][][] {
  const unwrapped = rings.map(unwrapRing);
  const outer = unwrapped[0] ?? [];
  const lons = outer.map((p) => p[0] ?? 0);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  if (west >= -180 && east <= 180) return [unwrapped];
  const parts: Position[][][] = [];
  for (const shift of [-360, 0, 360]) {
    if (east + shift <= -180 || west + shift >= 180) continue;
    const shifted = unwrapped.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + shift, lat]));
    const clipped = turf.bboxClip(turf.polygon(shifted), [-180, -90, 180, 90]);
    const clippedRings = (clipped.geometry as Polygon).coordinates.filter((r) => r.length >= 4);
    if (clippedRings.length > 0) parts.push(clippedRings);
  }
  return parts;
}

/** Each polygon cut at the antimeridian and wound as RFC 7946 asks (outer rings anticlockwise). */
function polygonsOf(geometry: CountryGeometry): Position[][][] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap(splitAtAntimeridian)
    .map((rings) => turf.rewind(turf.polygon(rings)) as Feature<Polygon>)
    .map((polygon) => polygon.geometry.coordinates);
}

function roundPolygons(polygons: Position[][][]): Position[][][] {
  return polygons
    .map((polygon) =>
      polygon
        .map((ring) =>
          ring.map(roundPosition).filter((p, i, all) => {
            const prev = all[i - 1];
            return !prev || prev[0] !== p[0] || prev[1] !== p[1];
          }),
        )
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
}

/**
 * Area within the latitudes a web map shows. Clipping also keeps Antarctica's pole-closing edge
 * out of the spherical area formula, which miscounts edges along a pole.
 */
function visibleAreaM2(polygons: Position[][][]): number {
  return polygons.reduce(
    (sum, rings) => sum + turf.area(turf.bboxClip(turf.polygon(rings), [-180, -85, 180, 85])),
    0,
  );
}

function onAntimeridian([lon = 0]: Position): boolean {
  return Math.abs(Math.abs(lon) - 180) < 1e-6;
}

/**
 * The outlines without the edges along ±180°, where a country was cut (Russia's Chukotka, Fiji's
 * Taveuni and Vanua Levu, Antarctica): on a flat map the two halves meet there, and a line would
 * draw the cut as a border across the land.
 */
function withoutAntimeridianCuts(lines: Position[][]): Position[][] {
  const kept: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    line.forEach((point, i) => {
      const previous = line[i - 1];
      if (previous && onAntimeridian(previous) && onAntimeridian(point)) {
        if (run.length >= 2) kept.push(run);
        run = [];
      }
      run.push(point);
    });
    if (run.length >= 2) kept.push(run);
  }
  return kept;
}

type CountryEntry = {
  name: string;
  bbox: [number, number, number, number];
  anchor: [number, number];
  areaKm2: number;
  small: boolean;
};

/**
 * Cuts the countries, their outlines and the small-country points into vector tiles for zooms 0
 * to TILE_MAX_ZOOM and writes every tile of those zooms, an empty file where there is nothing
 * (open sea): a missing tile would be a 404, which MapLibre reports as an error.
 *
 * The polygons come from the quantized topology, the same shapes the browser used to rebuild from
 * the TopoJSON. Outlines are the topology's arcs per country rather than the polygons' rings, which
 * a tile clips, so a border layer on the polygons would draw each tile's edge.
 */
function writeTiles(
  countriesTopology: Topology<{ countries: GeometryCollection<{ iso3?: string; name: string }> }>,
  pointFeatures: Feature[],
): number {
  const object = countriesTopology.objects.countries;
  const polygons = feature(countriesTopology, object) as FeatureCollection<
    CountryGeometry,
    { iso3?: string; name: string }
  >;
  const onlyIso3 = (properties: { iso3?: string } | null) =>
    properties?.iso3 === undefined ? {} : { iso3: properties.iso3 };
  const layers = {
    countries: turf.featureCollection(
      polygons.features.map((f) => turf.feature(f.geometry, onlyIso3(f.properties))),
    ),
    borders: turf.featureCollection(
      object.geometries.map((geometry) =>
        turf.multiLineString(
          withoutAntimeridianCuts(mesh(countriesTopology, geometry).coordinates),
          onlyIso3(geometry.properties ?? null),
        ),
      ),
    ),
    points: turf.featureCollection(
      pointFeatures.map((f) => turf.feature(f.geometry, onlyIso3(f.properties as { iso3?: string }))),
    ),
  };
  const indexes = Object.entries(layers).map(
    ([name, collection]) =>
      [
        name,
        new GeoJSONVT(collection, {
          ...TILE_OPTIONS,
          maxZoom: TILE_MAX_ZOOM,
          indexMaxZoom: TILE_MAX_ZOOM,
          indexMaxPoints: 0,
        }),
      ] as const,
  );
  const tilesDir = path.join(outDir, "tiles");
  rmSync(tilesDir, { recursive: true, force: true });
  let count = 0;
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      mkdirSync(path.join(tilesDir, String(z), String(x)), { recursive: true });
      for (let y = 0; y < 2 ** z; y++) {
        const tileLayers = Object.fromEntries(
          indexes.flatMap(([name, index]) => {
            const tile = index.getTile(z, x, y);
            return tile && tile.features.length > 0 ? [[name, tile]] : [];
          }),
        );
        const bytes =
          Object.keys(tileLayers).length === 0
            ? new Uint8Array()
            : fromGeojsonVt(tileLayers, { version: 2, extent: TILE_OPTIONS.extent });
        writeFileSync(path.join(tilesDir, String(z), String(x), `${y}.pbf`), bytes);
        count++;
      }
    }
  }
  return count;
}

function main(): void {
  const fromFifty = loadCountries("countries-50m.json");
  const fiftyIds = new Set(fromFifty.map((f) => f.id));
  // Natural Earth's 50m scale drops a few micro-states (Tuvalu); take those from the 10m scale.
  const fromTen = loadCountries("countries-10m.json").filter(
    (f) => f.id !== undefined && !fiftyIds.has(f.id) && isoCountries.numericToAlpha3(String(f.id)),
  );

  const polygonsByIso = new Map<string, { name: string; polygons: Position[][][] }>();
  const unassigned: { name: string; polygons: Position[][][] }[] = [];
  for (const source of [...fromFifty, ...fromTen]) {
    const iso3 = source.id === undefined ? undefined : isoCountries.numericToAlpha3(String(source.id));
    if (!iso3) {
      unassigned.push({
        name: source.properties.name,
        polygons: polygonsOf(source.geometry),
      });
      continue;
    }
    const entry = polygonsByIso.get(iso3) ?? {
      name: displayName(iso3, source.properties.name),
      polygons: [],
    };
    entry.polygons.push(...polygonsOf(source.geometry));
    polygonsByIso.set(iso3, entry);
  }

  // Land with no ISO code (Kosovo, Somaliland, N. Cyprus…) is drawn but names no country.
  const countryFeatures: Feature<MultiPolygon, { iso3?: string; name: string }>[] = unassigned.map(
    ({ name, polygons }) => turf.multiPolygon(roundPolygons(polygons), { name }),
  );
  const pointFeatures: Feature[] = [];
  const index: Record<string, CountryEntry> = {};
  for (const [iso3, { name, polygons }] of [...polygonsByIso].sort(([a], [b]) => a.localeCompare(b))) {
    const areaKm2 = Math.round(visibleAreaM2(polygons) / 1e6);
    const rounded = roundPolygons(polygons);
    if (rounded.length > 0) countryFeatures.push(turf.multiPolygon(rounded, { iso3, name }));
    const partBoxes = polygons.map((p) => turf.bbox(turf.polygon(p)));
    const arc = coveringLongitudeArc(partBoxes.map(([w, , e]) => [w, e] as [number, number]));
    const south = Math.min(...partBoxes.map((b) => b[1]));
    const north = Math.max(...partBoxes.map((b) => b[3]));
    const largest = polygons
      .map((p) => turf.polygon(p))
      .reduce((best, p) => (turf.area(p) > turf.area(best) ? p : best));
    // The pole of inaccessibility: the point deepest inside, where a click or a dot is least likely
    // to fall on a neighbour (a centroid can lie outside a thin, curved country like Vietnam).
    const pole = polylabel(largest.geometry.coordinates as [number, number][][], 0.01);
    const anchor: [number, number] = [roundCoordinate(pole[0]), roundCoordinate(pole[1])];
    const small = areaKm2 < SMALL_COUNTRY_KM2;
    const bbox = [arc[0], south, arc[1], north].map(roundCoordinate) as CountryEntry["bbox"];
    index[iso3] = { name, bbox, anchor, areaKm2, small };
    if (small) pointFeatures.push(turf.point(anchor, { iso3, name }));
  }

  mkdirSync(outDir, { recursive: true });
  const countriesTopology = quantize(
    topology({ countries: turf.featureCollection(countryFeatures) }) as Parameters<typeof quantize>[0],
    TOPOLOGY_QUANTIZATION,
  ) as Topology<{ countries: GeometryCollection<{ iso3?: string; name: string }> }>;
  const tileCount = writeTiles(countriesTopology, pointFeatures);
  writeFileSync(path.join(outDir, "country-index.json"), JSON.stringify(index, null, 1) + "\n");
  console.log(
    `${countryFeatures.length} countries, ${pointFeatures.length} points, ${tileCount} tiles; ` +
      `land with no ISO code: ${unassigned.map((u) => u.name).join(", ")}`,
  );
}

main();
