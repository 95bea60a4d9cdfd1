import { GPUInitializationError } from "maplibre-gl";

/** Why the map is not drawn, in the viewer's words, and whether trying again may help. */
export type MapFailure = { readonly kind: string; readonly message: string; readonly retry: boolean };

export const NO_WEBGL: MapFailure = {
  kind: "webgl",
  message:
    "This browser cannot draw the map (WebGL 2 is off); the lists, cards and the speech work as usual.",
  retry: false,
};

export const GEOMETRY_FAILURE: MapFailure = {
  kind: "geometry",
  message: "The map's country shapes could not be loaded; the lists, cards and the speech work as usual.",
  retry: true,
};

export const CONTEXT_LOST: MapFailure = {
  kind: "context-lost",
  message: "The map lost its graphics context (a display change?); it comes back when the graphics do.",
  retry: false,
};

/** The failure for an error thrown while the map was being prepared or created. */
export function startFailure(error: unknown): MapFailure {
  if (error instanceof GPUInitializationError) return NO_WEBGL;
  return { kind: "start", message: `The map could not start (${String(error)}).`, retry: true };
}
