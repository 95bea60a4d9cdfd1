import { useEffect, useLayoutEffect, useRef } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { CameraRequest, MapPadding } from "../domain/map-model";
import { latitudesToFrame, longitudesToFrame, oneWorldMinZoom, worldWidthAt } from "../domain/world-fit";
import type { MapHandle, MapViewProps } from "./map-view-props";
import { roomBeside } from "./room-beside";

/** Where a map starts before it is asked for a view (Southeast Asia, the speech's setting). */
export const INITIAL_VIEW = { center: [100, 18] as [number, number], zoom: 1.3 };

const CAMERA_MARGIN = 24;
const MAX_FIT_ZOOM = 5;

/**
 * Keeps the map from zooming out past the world's width (or height, on a tall map): world copies stay on, so a view can be
 * panned across the antimeridian, but no place is ever drawn twice side by side. Called on creation
 * and on every resize.
 */
export function keepOneWorld(map: MapLibreMap): void {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const floor = oneWorldMinZoom(width, height);
  if (floor !== map.getMinZoom()) map.setMinZoom(floor);
}

/** The room to leave around a request's bounds: a margin, and what covers the map beyond its padding. */
function fitPadding(map: MapLibreMap, cover: HTMLElement | null | undefined): MapPadding {
  const room = roomBeside(map.getContainer().getBoundingClientRect(), cover?.getBoundingClientRect());
  const own = map.getPadding();
  const beyond = (side: keyof MapPadding) =>
    CAMERA_MARGIN + Math.max(0, (room[side] ?? 0) - (own[side] ?? 0));
  return { top: beyond("top"), right: beyond("right"), bottom: beyond("bottom"), left: beyond("left") };
}

/**
 * The bounds to fit: the request's, or, where they are taller than the map can show at the lowest
 * zoom it may take, the band of their latitudes (and longitudes) that holds the countries' anchor
 * points.
 */
function boundsToFit(
  map: MapLibreMap,
  camera: CameraRequest,
  padding: MapPadding,
): [number, number, number, number] {
  const [west, south, east, north] = camera.bounds;
  const { width, height } = map.getContainer().getBoundingClientRect();
  const floor = map.getMinZoom();
  const own = map.getPadding();
  const free = height - (own.top ?? 0) - (own.bottom ?? 0) - padding.top - padding.bottom;
  const freeWidth = width - (own.left ?? 0) - (own.right ?? 0) - padding.left - padding.right;
  const fitted = map.cameraForBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, maxZoom: MAX_FIT_ZOOM },
  );
  if (!fitted?.zoom || fitted.zoom >= floor || width === 0) return [west, south, east, north];
  const [bandSouth, bandNorth] = latitudesToFrame(
    [south, north],
    camera.anchorLatitudes,
    free / worldWidthAt(floor),
  );
  const [bandWest, bandEast] = longitudesToFrame(
    [west, east],
    camera.anchorArc,
    freeWidth / worldWidthAt(floor),
  );
  return [bandWest, bandSouth, bandEast, bandNorth];
}

/** Moves the camera to show a request's bounds; the same framing on the first view and later. */
export function fitCamera(
  map: MapLibreMap,
  camera: CameraRequest,
  animate: boolean,
  cover: HTMLElement | null | undefined,
): void {
  matchContainer(map);
  const padding = fitPadding(map, cover);
  const [west, south, east, north] = boundsToFit(map, camera, padding);
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, maxZoom: MAX_FIT_ZOOM, animate, duration: 800 },
    { origin: "app" },
  );
}

/**
 * A selection can change the map's size in the same render that asks for its view (the desk's
 * lists fold when something is selected); MapLibre learns of the new size only at its next
 * resize observation, after the camera has framed for the old one. Resizing first frames for the
 * size shown.
 */
function matchContainer(map: MapLibreMap): void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  if (
    canvas.style.width !== `${Math.floor(container.clientWidth)}px` ||
    canvas.style.height !== `${Math.floor(container.clientHeight)}px`
  ) {
    map.resize();
  }
}

/** The room a cover leaves as a key, to tell a change of it from the same room measured again. */
function roomKey(map: MapLibreMap, cover: HTMLElement | null | undefined): string {
  return JSON.stringify(fitPadding(map, cover));
}

/**
 * Keeps the map's padding and camera on the props: each new camera request (a new `key`) frames
 * its bounds, clear of what covers the map; the first in place, later ones flying unless motion is
 * reduced. When what covers the map changes size (the phone's legend opened or closed), the
 * request is framed again, clear of it.
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
  const framedRoom = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (!handle || !camera) return;
    // The first view (a deep link, or the world) appears in place; later ones fly unless motion is reduced.
    const animate = hasMovedCamera.current && !reducedMotion;
    const first = !hasMovedCamera.current;
    hasMovedCamera.current = true;
    framedRoom.current = roomKey(handle.map, coveredBy?.current);
    // The map was created looking there already.
    if (first && handle.createdWith?.cameraKey === camera.key) return;
    // The legend drawn for this selection is in the DOM already: layout effects run after it is.
    fitCamera(handle.map, camera, animate, coveredBy?.current);
    handle.awaitRedraw();
    // Only a new request moves the camera; a change of motion preference alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [handle, camera?.key]);

  const latest = useRef({ camera, reducedMotion });
  useEffect(() => {
    latest.current = { camera, reducedMotion };
  });
  useEffect(() => {
    const cover = coveredBy?.current;
    if (!handle || !cover) return;
    const observer = new ResizeObserver(() => {
      const room = roomKey(handle.map, cover);
      const request = latest.current.camera;
      if (!request || room === framedRoom.current) return;
      framedRoom.current = room;
      fitCamera(handle.map, request, !latest.current.reducedMotion, cover);
      handle.awaitRedraw();
    });
    observer.observe(cover);
    return () => observer.disconnect();
  }, [handle, coveredBy]);
}
