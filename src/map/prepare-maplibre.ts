import { addProtocol, importScriptInWorkers, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import topoJsonWorkerUrl from "./topojson-protocol.worker.ts?worker&url";
import { loadTopoJson } from "./topojson-loader";
import { TOPOJSON_PROTOCOL } from "./topojson-url";

let prepared: Promise<void> | undefined;

/**
 * Points MapLibre at its bundled worker and teaches it the topojson:// scheme. Once per page;
 * every map waits for it before it is created.
 *
 * A build hands the workers a self-contained script, so the conversion runs off the main thread.
 * The dev server's modules import Vite's client by a root path, which a worker-imported script
 * cannot resolve, so there the main thread serves the scheme (MapLibre routes the workers'
 * requests to it).
 */
export function prepareMapLibre(): Promise<void> {
  prepared ??= (async () => {
    setWorkerUrl(workerUrl);
    if (import.meta.env.DEV) {
      addProtocol(TOPOJSON_PROTOCOL, loadTopoJson);
      return;
    }
    await importScriptInWorkers(new URL(topoJsonWorkerUrl, document.baseURI).href);
  })().catch((error: unknown) => {
    // A failure is not cached: a later map may try again.
    prepared = undefined;
    throw error;
  });
  return prepared;
}
