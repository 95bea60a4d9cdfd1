import { useLayoutEffect, useRef } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { CameraRequest } from "../domain/map-model";
import type { MapHandle, MapViewProps } from "./map-view-props";
import { roomBeside } from "./room-beside";

/** Where a map starts before it is asked for a view (Southeast Asia, the speech's setting). */
export const INITIAL_VIEW = { center: [100, 18] as [number, number], zoom: 1.3 };

const CAMERA_MARGIN = 24;

/** Moves the camera to show a request's bounds; the same framing on the first view and later. */
export function fitCamera(
  map: MapLibreMap,
  camera: CameraRequest,
  animate: boolean,
  cover: HTMLElement | null | undefined,
): void {
  const [west, south, east, north] = camera.bounds;
  const room = roomBeside(map.getContainer().getBoundingClientRect(), cover?.getBoundingClientRect());
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    {
      padding: {
        top: CAMERA_MARGIN,
        right: CAMERA_MARGIN + (room.right ?? 0),
        bottom: CAMERA_MARGIN + (room.bottom ?? 0),
        left: CAMERA_MARGIN + (room.left ?? 0),
      },
      maxZoom: 5,
      animate,
      duration: 800,
    },
    { origin: "app" },
  );
}

/**
 * Keeps the map's padding and camera on the props: each new camera request (a new `key`) frames
 * its bounds, clear of what covers the map; the first in place, later ones flying unless motion is
 * reduced.
 */
export function useCamera(
  handle: MapHandle | null,
  {
    camera,
    padding,
    coveredBy,
    reducedMotion,
  }: Pick<MapViewProps, "camera" | "padding" | "coveredBy" | "reducedMotion">,
): void {
  useLayoutEffect(() => {
    handle?.map.setPadding(padding);
  }, [handle, padding]);

  const hasMovedCamera = useRef(false);
  useLayoutEffect(() => {
    if (!handle || !camera) return;
    // The first view (a deep link, or the world) appears in place; later ones fly unless motion is reduced.
    const animate = hasMovedCamera.current && !reducedMotion;
    const first = !hasMovedCamera.current;
    hasMovedCamera.current = true;
    // The map was created looking there already.
    if (first && handle.createdWith?.cameraKey === camera.key) return;
    // The legend drawn for this selection is in the DOM already: layout effects run after it is.
    fitCamera(handle.map, camera, animate, coveredBy?.current);
    handle.awaitRedraw();
    // Only a new request moves the camera; a change of motion preference alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handle, camera?.key]);
}
