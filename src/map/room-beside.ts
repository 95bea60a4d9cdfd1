import type { MapPadding } from "../domain/map-model";

/** A box on screen, as `getBoundingClientRect` gives it. */
export type ScreenBox = Pick<DOMRectReadOnly, "left" | "right" | "top" | "bottom" | "width" | "height">;

/**
 * The room a camera should leave for something drawn over a corner of the map (the legend: at the
 * bottom on a desk, at the top on a phone): on the side that keeps the larger frame, above or below
 * it for a wide, low legend, beside it for a tall one. None where nothing covers the map's edge.
 */
export function roomBeside(map: ScreenBox, cover: ScreenBox | undefined): Partial<MapPadding> {
  if (cover === undefined || cover.width === 0 || cover.height === 0) return {};
  if (cover.left >= map.right || cover.right <= map.left) return {};
  const atTop = cover.top + cover.bottom < map.top + map.bottom;
  const fromEdge = atTop ? cover.bottom - map.top : map.bottom - cover.top;
  if (fromEdge <= 0 || fromEdge >= map.height) return {};
  const fromLeft = cover.right - map.left;
  const fromRight = map.right - cover.left;
  const beside = Math.min(fromLeft, fromRight);
  const side = fromLeft <= fromRight ? { left: fromLeft } : { right: fromRight };
  if (map.width * (map.height - fromEdge) < (map.width - beside) * map.height) return side;
  return atTop ? { top: fromEdge } : { bottom: fromEdge };
}
