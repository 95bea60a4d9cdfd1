import { useEffect, type RefObject } from "react";
import { useAtlasStore, type ViewState } from "../store/atlas-store";
import { isFramed, postToHost } from "./use-host-bridge";

/** The map's share of a frame's wanted height: 16:9 of its width, within reason. */
export function wantedMapHeight(width: number): number {
  return Math.round(Math.min(1400, Math.max(200, (width * 9) / 16)));
}

/**
 * The page's wanted height for its width: what the title, quote, legend and footer take now, plus
 * the map at its wanted height. It does not depend on the frame's own height, so a host that sets
 * it gets the same answer back and the two settle.
 */
export function wantedHeight(pageHeight: number, mapHeight: number, width: number): number {
  return Math.ceil(pageHeight - mapHeight + wantedMapHeight(width));
}

/**
 * Posts `{ type: "bloc-atlas:height", height, view }` to the framing page after load, whenever
 * the wanted height changes and whenever the view does, so a host (embed.js) can size the frame.
 * `viewOf` names a view as the page shows it (its query string).
 */
export function useWantedHeight(
  page: RefObject<HTMLElement | null>,
  map: RefObject<HTMLElement | null>,
  viewOf: (view: ViewState) => string,
  origins: readonly string[] | undefined,
): void {
  const view = useAtlasStore((s) => viewOf(s));
  useEffect(() => {
    const pageElement = page.current;
    const mapElement = map.current;
    if (!pageElement || !mapElement || !isFramed()) return;
    let posted = -1;
    const post = () => {
      // The link's view reaches the store in an effect after the first render, which laid out the
      // view before it: a height is said only for the view the store holds, once it is laid out.
      if (viewOf(useAtlasStore.getState()) !== view) return;
      const height = wantedHeight(
        pageElement.getBoundingClientRect().height,
        mapElement.getBoundingClientRect().height,
        pageElement.getBoundingClientRect().width,
      );
      if (height === posted) return;
      posted = height;
      postToHost({ type: "bloc-atlas:height", height, view }, origins);
    };
    // The title or the quote changes height with the view; the map gives or takes the difference.
    const observer = new ResizeObserver(post);
    observer.observe(pageElement);
    observer.observe(mapElement);
    post();
    return () => observer.disconnect();
  }, [page, map, view, viewOf, origins]);
}
