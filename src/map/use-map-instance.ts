import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { createMap } from "./create-map";
import { startFailure, type MapFailure } from "./map-failure";
import type { MapHandle, MapViewProps } from "./map-view-props";
import { prepareMapLibre } from "./prepare-maplibre";

/**
 * The map's life in a container: created once MapLibre is prepared, removed on unmount, created
 * anew on retry and in another language (its controls' words and its label font's files are
 * given at creation; a language changes seldom). Gives the handle to apply props through (null until the style has loaded), why
 * the map cannot be drawn if it cannot, and `retry`.
 */
export function useMapInstance(
  containerRef: RefObject<HTMLDivElement | null>,
  props: MapViewProps,
): { handle: MapHandle | null; failure: MapFailure | undefined; retry: () => void } {
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [failure, setFailure] = useState<MapFailure | undefined>(undefined);
  /** Bumped by Retry: the map is created anew. */
  const [attempt, setAttempt] = useState(0);
  const latestProps = useRef(props);

  useEffect(() => {
    latestProps.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let map: MapLibreMap | undefined;
    let unmounted = false;
    prepareMapLibre().then(
      () => {
        if (unmounted) return;
        try {
          map = createMap(container, latestProps, setHandle, setFailure);
        } catch (error) {
          setFailure(startFailure(error));
        }
      },
      (error: unknown) => {
        if (!unmounted) setFailure(startFailure(error));
      },
    );
    return () => {
      unmounted = true;
      setHandle(null);
      map?.remove();
    };
  }, [containerRef, attempt, props.lang]);

  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return { handle, failure, retry };
}
