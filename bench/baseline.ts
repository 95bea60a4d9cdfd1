/**
 * The benchmark's baselines: MapLibre pages with no React, no dataset and no store, at the size and
 * camera the app shows for ?bloc=asean. Each marks `data-ready` on its first idle with its source
 * loaded, so `npm run bench` times them the way it times the app.
 *
 *   ?case=f0     background-only style
 *   ?case=f1     one small GeoJSON source (one country, Vietnam, roughly), highlighted
 *   ?case=naive  the naive way: world-atlas's 50m TopoJSON fetched and converted on the main thread,
 *                one GeoJSON source, ASEAN highlighted with feature-state
 *
 * Other query parameters: width=&height=&view=lon,lat,zoom
 */
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection } from "geojson";
import worldAtlasUrl from "world-atlas/countries-50m.json?url";
import { COLORS } from "../src/domain/palette";

const SOURCE = "countries";
/** ISO 3166-1 numeric codes of ASEAN's ten members, as world-atlas identifies countries. */
const ASEAN_NUMERIC = [96, 104, 116, 360, 418, 458, 608, 702, 704, 764];
const VIETNAM_NUMERIC = 704;
/** Vietnam drawn coarsely: one small polygon, the least a map with data can load. */
const VIETNAM_OUTLINE: [number, number][] = [
  [102.1, 22.4],
  [105.3, 23.3],
  [106.7, 22.8],
  [108.0, 21.5],
  [106.6, 20.2],
  [105.7, 18.6],
  [106.6, 17.3],
  [108.8, 15.4],
  [109.3, 12.0],
  [107.5, 10.4],
  [105.1, 8.6],
  [104.8, 10.5],
  [106.2, 11.2],
  [107.5, 12.4],
  [107.6, 14.6],
  [106.6, 16.4],
  [104.5, 18.7],
  [104.0, 19.9],
  [102.9, 21.3],
  [102.1, 22.4],
];

const container = document.getElementById("baseline-map");
if (!container) throw new Error("baseline.html has no #baseline-map");
const params = new URLSearchParams(window.location.search);
container.style.width = `${params.get("width") ?? "800"}px`;
container.style.height = `${params.get("height") ?? "600"}px`;
const [lon = 100, lat = 15, zoom = 2] = (params.get("view") ?? "").split(",").filter(Boolean).map(Number);
const which = params.get("case") ?? "f0";

function styleWith(data: FeatureCollection | undefined): StyleSpecification {
  const background = {
    id: "background",
    type: "background",
    paint: { "background-color": COLORS.sea },
  } as const;
  if (!data) return { version: 8, sources: {}, layers: [background] };
  const member = ["boolean", ["feature-state", "member"], false];
  return {
    version: 8,
    sources: { [SOURCE]: { type: "geojson", data } },
    layers: [
      background,
      {
        id: "country-fill",
        type: "fill",
        source: SOURCE,
        paint: { "fill-color": ["case", member, COLORS.member, COLORS.land] },
      },
      {
        id: "country-line",
        type: "line",
        source: SOURCE,
        paint: { "line-color": COLORS.border, "line-width": 0.5 },
      },
    ],
  } as StyleSpecification;
}

/** world-atlas names countries by numeric string ids; feature-state wants numbers. */
async function naiveCountries(): Promise<FeatureCollection> {
  const response = await fetch(worldAtlasUrl);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries);
  return {
    type: "FeatureCollection",
    features: collection.features.map((f): Feature => ({ ...f, id: Number(f.id) })),
  };
}

function oneCountry(): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        id: VIETNAM_NUMERIC,
        properties: {},
        geometry: { type: "Polygon", coordinates: [VIETNAM_OUTLINE] },
      },
    ],
  };
}

// The same bundled worker file as the app, so both load MapLibre the same way.
setWorkerUrl(workerUrl);
const data = which === "naive" ? await naiveCountries() : which === "f1" ? oneCountry() : undefined;
const map = new MapLibreMap({
  container,
  style: styleWith(data),
  center: [lon, lat],
  zoom,
  attributionControl: false,
  fadeDuration: 0,
});
map.on("load", () => {
  if (!data) return;
  const members = which === "naive" ? ASEAN_NUMERIC : [VIETNAM_NUMERIC];
  for (const id of members) map.setFeatureState({ source: SOURCE, id }, { member: true });
});
map.on("idle", () => {
  if (data && !(map.getSource(SOURCE) && map.isSourceLoaded(SOURCE))) return;
  container.dataset.ready = "true";
});
