import { prewarm, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

let prepared: Promise<void> | undefined;

/**
 * Points MapLibre at its bundled worker and starts its workers, once per page; every map waits
 * for it before it is created. Call it as early as the page knows it will show a map: the workers
 * then load their script while the dataset is still being fetched, not after the map is created.
 */
export function prepareMapLibre(): Promise<void> {
  prepared ??= new Promise<void>((resolve) => {
    setWorkerUrl(workerUrl);
    prewarm();
    resolve();
  }).catch((error: unknown) => {
    // A failure is not cached: a later map may try again.
    prepared = undefined;
    throw error;
  });
  return prepared;
}
