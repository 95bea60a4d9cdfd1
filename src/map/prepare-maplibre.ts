import { importScriptInWorkers, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import topoJsonWorkerUrl from "./topojson-protocol.worker.ts?worker&url";

let prepared: Promise<void> | undefined;

/**
 * Points MapLibre at its bundled worker and teaches the workers the topojson:// scheme. Once per
 * page; every map waits for it before it is created.
 */
export function prepareMapLibre(): Promise<void> {
  prepared ??= (async () => {
    setWorkerUrl(workerUrl);
    await importScriptInWorkers(new URL(topoJsonWorkerUrl, document.baseURI).href);
  })().catch((error: unknown) => {
    // A failure is not cached: a later map may try again.
    prepared = undefined;
    throw error;
  });
  return prepared;
}
