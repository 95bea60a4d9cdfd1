/**
 * Runs inside MapLibre's workers (loaded with importScriptInWorkers), so the TopoJSON is turned
 * into GeoJSON off the main thread.
 */
import type { WorkerGlobalScopeInterface } from "maplibre-gl";
import { loadTopoJson } from "./topojson-loader";
import { TOPOJSON_PROTOCOL } from "./topojson-url";

(self as unknown as WorkerGlobalScopeInterface).addProtocol(TOPOJSON_PROTOCOL, loadTopoJson);
