import {
  type AddProtocolAction,
  type AddProtocolResponseData,
  addProtocol,
  prewarm,
  setWorkerUrl,
} from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import { EMBEDDED_SCHEME, readEmbeddedFile } from "../data/embedded-files";

let prepared: Promise<void> | undefined;

/** Answers MapLibre's requests for the tiles and the label font from the files inside the page. */
const serveEmbeddedFile: AddProtocolAction = ({ url, type }) => {
  const bytes = readEmbeddedFile(url);
  if (!bytes) return Promise.reject(new Error(`${url}: this file does not hold it`));
  if (type === "json")
    return Promise.resolve({ data: JSON.parse(new TextDecoder().decode(bytes)) as AddProtocolResponseData });
  if (type === "string") return Promise.resolve({ data: new TextDecoder().decode(bytes) });
  return Promise.resolve({ data: bytes.buffer });
};

/**
 * The standalone file's prepareMapLibre (see prepare-maplibre.ts). A page opened from file:// may
 * fetch nothing, so MapLibre reads its tiles and font through a protocol served from the page, and
 * its workers start from the worker script the page holds, handed over as a blob: URL.
 */
export function prepareMapLibre(): Promise<void> {
  prepared ??= new Promise<void>((resolve) => {
    const worker = readEmbeddedFile(workerUrl);
    if (!worker) throw new Error(`${workerUrl}: the page does not hold MapLibre's worker`);
    addProtocol(EMBEDDED_SCHEME, serveEmbeddedFile);
    setWorkerUrl(URL.createObjectURL(new Blob([worker], { type: "text/javascript" })));
    prewarm();
    resolve();
  }).catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}
