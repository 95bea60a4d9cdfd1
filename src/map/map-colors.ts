import { useLayoutEffect, useRef } from "react";
import type { MapColors } from "../domain/palette";
import type { MapHandle } from "./map-view-props";
import { themedPaint } from "./style";

/**
 * Keeps the map's colours on the props' palette (light or dark). The style is created with the
 * palette of the first render, so only a later change sets paint on the live map.
 */
export function useMapColors(handle: MapHandle | null, colors: MapColors): void {
  const shownColors = useRef(colors);
  useLayoutEffect(() => {
    if (!handle || shownColors.current === colors) return;
    shownColors.current = colors;
    for (const { layer, property, value } of themedPaint(colors))
      handle.map.setPaintProperty(layer, property, value);
    handle.awaitRedraw();
  }, [handle, colors]);
}
