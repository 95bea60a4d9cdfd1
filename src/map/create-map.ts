import {
  AttributionControl,
  type ErrorEvent as MapErrorEvent,
  Map as MapLibreMap,
  NavigationControl,
} from "maplibre-gl";
import { oneWorldMinZoom, worldWidthAt } from "../domain/world-fit";
import { fitCamera, INITIAL_VIEW, keepOneWorld } from "./camera";
import { CONTEXT_LOST, GEOMETRY_FAILURE, type MapFailure } from "./map-failure";
import type { LatestProps, MapHandle } from "./map-view-props";
import { labelFontFaces } from "./label-font";
import { labelFeatures } from "./labels";
import { wirePointerEvents } from "./pointer-events";
import { relationFeatures } from "./relation-lines";
import { COUNTRY_SOURCE } from "./style-ids";
import { createStyle } from "./style";

/**
 * Creates the map in the container and wires its events to the latest props. The map is handed
 * over (`onLoad`) once its style has loaded, and again, as new, after a lost graphics context comes
 * back; `onFailure` says why it cannot be drawn, or (undefined) that it can again.
 *
 * It keeps two attributes on the container for automation: `data-ready`, true once the map is idle
 * with everything asked of it drawn (see `awaitRedraw`), `data-view`, the camera as
 * "lon,lat,zoom", `data-world-width`, the world's width in CSS pixels at that zoom, and
 * `data-world-copies`, whether copies of the world are drawn beside it.
 */
export function createMap(
  container: HTMLDivElement,
  latestProps: LatestProps,
  onLoad: (handle: MapHandle) => void,
  onFailure: (failure: MapFailure | undefined) => void,
): MapLibreMap {
  const {
    geoBaseUrl,
    padding,
    colors,
    interactive = true,
    cooperativeGestures = false,
    attribution = true,
    pixelRatio,
    onDrawn,
    labels,
    relations,
    labelScale = 1,
    camera,
    lang = "en",
    mapWords,
  } = latestProps.current;
  // The style holds the labels and lines of the first render: the worker lays them out once.
  const content = { labels: labelFeatures(labels), relations: relationFeatures(relations), labelScale };
  const createdWith = { labels, relations, labelScale, ...(camera ? { cameraKey: camera.key } : {}) };
  const map = new MapLibreMap({
    container,
    style: createStyle(geoBaseUrl, labelFontFaces(lang, document.baseURI), colors, content),
    ...INITIAL_VIEW,
    interactive,
    cooperativeGestures,
    ...(pixelRatio === undefined ? {} : { pixelRatio }),
    // Only a map whose frames are read back (an export) keeps them: it costs memory and speed.
    ...(onDrawn === undefined ? {} : { canvasContextAttributes: { preserveDrawingBuffer: true } }),
    // No zooming out past the world's width: a place is never drawn twice (keepOneWorld).
    minZoom: oneWorldMinZoom(
      container.getBoundingClientRect().width,
      container.getBoundingClientRect().height,
    ),
    maxZoom: 6,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    fadeDuration: 0,
    locale: mapWords.controls,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.setPadding(padding);
  // Start on the requested view (a deep link's bloc), so the first tiles fetched are the ones it
  // shows rather than the world's at INITIAL_VIEW, fetched, drawn and then thrown away.
  if (camera) fitCamera(map, camera, false, latestProps.current.coveredBy?.current);
  if (interactive) map.addControl(new NavigationControl({ showCompass: false }), "bottom-right");
  if (attribution) {
    map.addControl(
      new AttributionControl({ compact: true, customAttribution: mapWords.attribution }),
      "bottom-left",
    );
  }

  // False until the props are first applied: the map is handed over on style.load, and an idle
  // before the effects have set the highlight must not count as the current state drawn. Each
  // effect calls awaitRedraw once it has the map.
  let awaitingIdle = false;
  const awaitRedraw = () => {
    awaitingIdle = true;
    container.dataset.ready = "false";
    map.triggerRepaint();
  };
  // The first idle can come before the tiles have arrived: only a drawn map with data counts.
  map.on("idle", () => {
    if (!awaitingIdle) return;
    if (!map.getSource(COUNTRY_SOURCE) || !map.isSourceLoaded(COUNTRY_SOURCE)) return;
    // Labels are drawn from a font file MapLibre loads through the CSS Font Loading API; the map
    // can be idle before it arrives. Ready means the labels are there too.
    if (document.fonts.status !== "loaded") {
      void document.fonts.ready.then(() => map.triggerRepaint());
      return;
    }
    awaitingIdle = false;
    container.dataset.ready = "true";
    latestProps.current.onDrawn?.(map.getCanvas());
    latestProps.current.onSettled?.();
  });
  // The camera as "lon,lat,zoom", so a test can turn a place into a pixel to click, and the world's
  // width at that zoom, so it can tell that no place is drawn twice.
  const recordView = () => {
    const { lng, lat } = map.getCenter();
    container.dataset.view = [lng, lat, map.getZoom()].map((n) => n.toFixed(5)).join(",");
    container.dataset.worldWidth = worldWidthAt(map.getZoom()).toFixed(2);
    container.dataset.worldCopies = String(map.getRenderWorldCopies());
  };
  map.on("moveend", recordView);
  map.on("resize", () => {
    keepOneWorld(map);
    recordView();
  });
  // The style is enough to set feature-state and source data; waiting for "load" would wait for the
  // first view's tiles to be drawn without the highlight, and then draw them again with it.
  map.once("style.load", () => {
    recordView();
    onLoad({ map, awaitRedraw, createdWith });
  });

  // Country tiles that cannot be fetched leave a map with no land: say so, with a retry, rather than
  // draw an empty sea. Other errors are MapLibre's to report, as it would with no listener.
  map.on("error", (event: MapErrorEvent & { sourceId?: string }) => {
    if (event.sourceId === COUNTRY_SOURCE) onFailure(GEOMETRY_FAILURE);
    else console.error(event.error);
  });
  // A projector unplugged and plugged back loses the WebGL context. MapLibre rebuilds the style when
  // it returns, without feature-state: the map is handed over again, as new, once the rebuilt style
  // has loaded, and the props are applied to it afresh; the camera is the map's own and stays.
  map.on("webglcontextlost", () => {
    container.dataset.ready = "false";
    onFailure(CONTEXT_LOST);
  });
  map.on("webglcontextrestored", () => {
    map.once("style.load", () => {
      onFailure(undefined);
      onLoad({ map, awaitRedraw: () => awaitRedraw(), createdWith: undefined });
    });
  });

  wirePointerEvents(map, latestProps);
  return map;
}
