import { GPUInitializationError } from "maplibre-gl";
import type { MapFailure } from "../domain/map-words";

export type { MapFailure };

export const NO_WEBGL: MapFailure = { kind: "webgl", retry: false };

export const GEOMETRY_FAILURE: MapFailure = { kind: "geometry", retry: true };

export const CONTEXT_LOST: MapFailure = { kind: "context-lost", retry: false };

/** The failure for an error thrown while the map was being prepared or created. */
export function startFailure(error: unknown): MapFailure {
  if (error instanceof GPUInitializationError) return NO_WEBGL;
  return { kind: "start", retry: true, detail: String(error) };
}
