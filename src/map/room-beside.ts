import type { MapPadding } from "../domain/map-model";

/** A box on screen, as `getBoundingClientRect` gives it. */
export type ScreenBox = Pick<DOMRectReadOnly, "left" | "right" | "top" | "bottom" | "width" | "height">;

/**
 * The room a camera should leave for something drawn over the map's bottom corner (the legend): on
 * the side that keeps the larger frame, above it for a wide, low legend, beside it for a tall one.
 * None where nothing covers the map's bottom edge.
 */
export function roomBeside(map: ScreenBox, cover: ScreenBox | undefined): Partial<MapPadding> {
  if (cover === undefined || cover.width === 0 || cover.height === 0) return {};
  const fromBottom = map.bottom - cover.top;
  if (fromBottom <= 0 || fromBottom >= map.height || cover.left >= map.right || cover.right <= map.left)
    return {};
  const fromLeft = cover.right - map.left;
  const fromRight = map.right - cover.left;
  const beside = Math.min(fromLeft, fromRight);
  const side = fromLeft <= fromRight ? { left: fromLeft } : { right: fromRight };
  return map.width * (map.height - fromBottom) >= (map.width - beside) * map.height
    ? { bottom: fromBottom }
    : side;
}
