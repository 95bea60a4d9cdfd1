/**
 * The benchmark's floor: MapLibre with the app's own style (same geometry, same font) at the size
 * and camera the app shows, and no dataset, no React, no store. It marks `data-ready` the way
 * MapView does, so `npm run bench` times both the same way. Query: ?width=&height=&view=lon,lat,zoom
 */
import { Map as MapLibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { prepareMapLibre } from "../src/map/prepare-maplibre";
import labelFontUrl from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import { COUNTRY_POINT_SOURCE, COUNTRY_SOURCE, createStyle } from "../src/map/style";

await prepareMapLibre();

const container = document.getElementById("floor-map");
if (!container) throw new Error("floor.html has no #floor-map");
const params = new URLSearchParams(window.location.search);
container.style.width = `${params.get("width") ?? "800"}px`;
container.style.height = `${params.get("height") ?? "600"}px`;
const [lon = 100, lat = 15, zoom = 2] = (params.get("view") ?? "").split(",").filter(Boolean).map(Number);

const map = new MapLibreMap({
  container,
  style: createStyle(new URL("../geo/", document.baseURI).href, new URL(labelFontUrl, document.baseURI).href),
  center: [lon, lat],
  zoom,
  attributionControl: false,
  fadeDuration: 0,
});
map.on("idle", () => {
  if (![COUNTRY_SOURCE, COUNTRY_POINT_SOURCE].every((id) => map.getSource(id) && map.isSourceLoaded(id)))
    return;
  container.dataset.ready = "true";
});
