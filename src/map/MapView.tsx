import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import {
  AttributionControl,
  type ErrorEvent as MapErrorEvent,
  type GeoJSONSource,
  GPUInitializationError,
  Map as MapLibreMap,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  NavigationControl,
} from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type {
  BlocLabel,
  CameraRequest,
  CountryHighlight,
  CountryHover,
  RelationFeature,
} from "../domain/map-model";
import type { MapColors } from "../palette";
import { compareAttribute, type ComparedSets } from "../domain/compare";
import { prepareMapLibre } from "./prepare-maplibre";
import { roomBeside } from "./room-beside";
import labelFontUrl from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import { EMPHASIS_LEVEL, type LineEmphasis } from "../domain/line-emphasis";
import {
  BLOC_LABEL_LAYERS,
  BLOC_LABEL_SOURCE,
  LABEL_SIZE,
  RELATION_HIT_LAYERS,
  RELATION_SOURCE,
  COUNTRY_HIT_LAYERS,
  COUNTRY_POINT_LAYER,
  COUNTRY_SOURCE,
  COUNTRY_SOURCE_LAYERS,
  SELECTED_BLOC_LABEL_LAYER,
  TIER,
  createStyle,
  themedPaint,
} from "./style";

export type MapPadding = { top: number; right: number; bottom: number; left: number };

export type MapViewProps = {
  geoBaseUrl: string;
  highlight: CountryHighlight;
  /** A comparison's three sets, each in its own colour over the highlight; undefined: none. */
  compared: ComparedSets | undefined;
  selectedCountry: string | undefined;
  labels: readonly BlocLabel[];
  /** The blocs whose labels stand out: the selected bloc, or the two compared. */
  selectedBlocIds: readonly string[];
  relations: readonly RelationFeature[];
  /** The agreement or co-chairmanship drawn thicker. */
  selectedRelationId: string | undefined;
  /** How strongly each line is drawn, by relation id; a line not in it is drawn receded. */
  relationEmphasis: ReadonlyMap<string, LineEmphasis>;
  camera: CameraRequest | undefined;
  padding: MapPadding;
  /**
   * Something drawn over a corner of the map (the legend): each new camera frames its bounds clear
   * of it, measured as the camera moves, since its size changes with what is selected.
   */
  coveredBy?: RefObject<HTMLElement | null>;
  reducedMotion: boolean;
  /** Names the map for assistive technology; the lists beside it carry the same content. */
  ariaLabel: string;
  /** The palette: the light map or the dark one. */
  colors: MapColors;
  /** False: a still map (no pan, zoom or keyboard moves); clicks are still reported. Read once, at creation. */
  interactive?: boolean;
  /**
   * Ctrl/⌘ + wheel to zoom and two fingers to pan, so a page the map sits in scrolls as usual (an
   * embed). Read once, at creation.
   */
  cooperativeGestures?: boolean;
  /** The map's own attribution button; off where the page prints the sources itself. Read once, at creation. */
  attribution?: boolean;
  /**
   * What the map shows, in words, for when it cannot be drawn (no WebGL, no geometry): shown in its
   * place with the reason.
   */
  textAlternative?: string;
  /** Bloc labels' size as a multiple of the usual, so a map on a 4K frame stays readable. */
  labelScale?: number;
  /**
   * Drawing-buffer pixels per CSS pixel; above the screen's own for an image at 2× (3840×2160 from a
   * 1920×1080 map). Read once, at creation.
   */
  pixelRatio?: number;
  /**
   * Each time the map becomes idle with the current props drawn (`data-ready` turns true), with the
   * frame it drew: kept for reading (an exported image), not drawn into.
   */
  onDrawn?: (frame: HTMLCanvasElement) => void;
  // Events out; a map that is only a picture (a presentation, an exported image) listens to none.
  onCountryClick?: (iso3: string) => void;
  onCountryHover?: (hover: CountryHover | undefined) => void;
  onBlocLabelClick?: (blocId: string) => void;
  onRelationClick?: (kind: RelationFeature["kind"], id: string) => void;
};

type MapHandle = {
  readonly map: MapLibreMap;
  /** Asks for a frame and holds `data-ready` false until the map is idle with it drawn. */
  readonly awaitRedraw: () => void;
};

/**
 * Creates the map in the container and wires its events to the latest props. Everything that
 * touches the MapLibre instance outside the prop effects below is here.
 */
function mountMap(
  container: HTMLDivElement,
  latestProps: { readonly current: MapViewProps },
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
  } = latestProps.current;
  const map = new MapLibreMap({
    container,
    style: createStyle(geoBaseUrl, new URL(labelFontUrl, document.baseURI).href, colors),
    ...INITIAL_VIEW,
    interactive,
    cooperativeGestures,
    ...(pixelRatio === undefined ? {} : { pixelRatio }),
    // Only a map whose frames are read back (an export) keeps them: it costs memory and speed.
    ...(onDrawn === undefined ? {} : { canvasContextAttributes: { preserveDrawingBuffer: true } }),
    minZoom: 0.5,
    maxZoom: 6,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.setPadding(padding);
  // Start on the requested view (a deep link's bloc), so the first tiles fetched are the ones it
  // shows rather than the world's at INITIAL_VIEW, fetched, drawn and then thrown away.
  const { camera } = latestProps.current;
  if (camera) fitCamera(map, camera, false, latestProps.current.coveredBy?.current);
  if (interactive) map.addControl(new NavigationControl({ showCompass: false }), "bottom-right");
  if (attribution) {
    map.addControl(
      new AttributionControl({ compact: true, customAttribution: "Borders: Natural Earth (public domain)" }),
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
  });
  // The camera as "lon,lat,zoom", so a test can turn a place into a pixel to click.
  const recordView = () => {
    const { lng, lat } = map.getCenter();
    container.dataset.view = [lng, lat, map.getZoom()].map((n) => n.toFixed(5)).join(",");
  };
  map.on("moveend", recordView);
  // The style is enough to set feature-state and source data; waiting for "load" would wait for the
  // first view's tiles to be drawn without the highlight, and then draw them again with it.
  map.once("style.load", () => {
    recordView();
    onLoad({ map, awaitRedraw });
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
      onLoad({ map, awaitRedraw: () => awaitRedraw() });
    });
  });

  const countryAt = (event: MapMouseEvent): string | undefined => {
    const features = map.queryRenderedFeatures(event.point, { layers: COUNTRY_HIT_LAYERS });
    // Points sit on top of the polygons they stand for, and are what a person aims at.
    const point = features.find((f) => f.layer.id === COUNTRY_POINT_LAYER);
    return iso3Of(point ?? features.find((f) => iso3Of(f) !== undefined));
  };
  let hovered: string | undefined;
  const setHovered = (iso3: string | undefined) => {
    if (hovered === iso3) return;
    for (const code of [hovered, iso3]) {
      if (!code) continue;
      for (const target of COUNTRY_FEATURES)
        map.setFeatureState({ ...target, id: code }, { hover: code === iso3 });
    }
    hovered = iso3;
  };
  map.on("mousemove", (event) => {
    const iso3 = countryAt(event);
    setHovered(iso3);
    map.getCanvas().style.cursor = iso3 ? "pointer" : "";
    latestProps.current.onCountryHover?.(iso3 ? { iso3, x: event.point.x, y: event.point.y } : undefined);
  });
  map.getCanvas().addEventListener("mouseleave", () => {
    setHovered(undefined);
    latestProps.current.onCountryHover?.(undefined);
  });
  map.on("click", (event) => {
    const label = map.queryRenderedFeatures(event.point, { layers: BLOC_LABEL_LAYERS }).find(isSeenLabel);
    const blocId: unknown = label?.properties.blocId;
    if (typeof blocId === "string") {
      latestProps.current.onBlocLabelClick?.(blocId);
      return;
    }
    // A small country's dot is an explicit target and wins over a line ending on it.
    const dot = map.queryRenderedFeatures(event.point, { layers: [COUNTRY_POINT_LAYER] })[0];
    const dotIso3 = iso3Of(dot);
    if (dotIso3) {
      latestProps.current.onCountryClick?.(dotIso3);
      return;
    }
    // Lines are thin: a few pixels either side of the pointer still hit them. A dimmed line, all
    // but invisible beside a selection, does not take a click meant for the country under it.
    const { x, y } = event.point;
    const relation = map
      .queryRenderedFeatures(
        [
          [x - 3, y - 3],
          [x + 3, y + 3],
        ],
        { layers: RELATION_HIT_LAYERS },
      )
      .find((feature) => feature.state.emphasis !== EMPHASIS_LEVEL.dimmed);
    const relationId: unknown = relation?.properties.id;
    const relationKind: unknown = relation?.properties.kind;
    if (
      typeof relationId === "string" &&
      (relationKind === "agreement" || relationKind === "co-chairmanship")
    ) {
      latestProps.current.onRelationClick?.(relationKind, relationId);
      return;
    }
    const iso3 = countryAt(event);
    if (iso3) latestProps.current.onCountryClick?.(iso3);
  });
  for (const layer of BLOC_LABEL_LAYERS) {
    map.on("mousemove", layer, (event) => {
      if (event.features?.some(isSeenLabel)) map.getCanvas().style.cursor = "pointer";
    });
  }
  for (const layer of RELATION_HIT_LAYERS) {
    map.on("mousemove", layer, () => {
      map.getCanvas().style.cursor = "pointer";
    });
  }

  return map;
}

const INITIAL_VIEW = { center: [100, 18] as [number, number], zoom: 1.3 };

/** Why the map is not drawn, in the viewer's words, and whether trying again may help. */
type MapFailure = { readonly kind: string; readonly message: string; readonly retry: boolean };

const NO_WEBGL: MapFailure = {
  kind: "webgl",
  message:
    "This browser cannot draw the map (WebGL 2 is off); the lists, cards and the speech work as usual.",
  retry: false,
};
const GEOMETRY_FAILURE: MapFailure = {
  kind: "geometry",
  message: "The map's country shapes could not be loaded; the lists, cards and the speech work as usual.",
  retry: true,
};
const CONTEXT_LOST: MapFailure = {
  kind: "context-lost",
  message: "The map lost its graphics context (a display change?); it comes back when the graphics do.",
  retry: false,
};

const CAMERA_MARGIN = 24;

/** Moves the camera to show a request's bounds; the same framing on the first view and later. */
function fitCamera(
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

/** Where a country's feature-state lives: each layer of the country tiles that draws it. */
const COUNTRY_FEATURES = Object.values(COUNTRY_SOURCE_LAYERS).map((sourceLayer) => ({
  source: COUNTRY_SOURCE,
  sourceLayer,
}));

function sortedCodes(codes: readonly string[]): string {
  return [...codes].sort().join(",");
}

/** The selected blocs' label points as "lon,lat;lon,lat", for a test to find on screen; empty for none. */
function selectedLabelPositions(labels: readonly BlocLabel[], blocIds: readonly string[]): string {
  return blocIds
    .flatMap((blocId) => labels.find((l) => l.blocId === blocId) ?? [])
    .map((label) => label.position.join(","))
    .join(";");
}

/** Labels as the GeoJSON of a label source. */
function labelFeatures(labels: readonly BlocLabel[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: "FeatureCollection",
    features: labels.map((label) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [...label.position] },
      properties: { blocId: label.blocId, label: label.label, rank: label.rank },
    })),
  };
}

/**
 * Whether a label a query found is one the viewer sees: the selected-label layer holds every
 * label, seen only for the selected bloc, and the usual layer hides that one.
 */
function isSeenLabel(feature: MapGeoJSONFeature): boolean {
  const selected = feature.state.selected === true;
  return feature.layer.id === SELECTED_BLOC_LABEL_LAYER ? selected : !selected;
}

function iso3Of(feature: MapGeoJSONFeature | undefined): string | undefined {
  const iso3: unknown = feature?.properties.iso3;
  return typeof iso3 === "string" ? iso3 : undefined;
}

/**
 * The one component that owns a MapLibre map. It is driven by props (what to highlight, where to
 * look) and reports what the user does to it; nothing else holds the map instance.
 *
 * For automation it keeps attributes on its element: `data-ready="true"` once the map is idle with
 * the current props drawn, `data-highlighted`, the sorted ISO codes coloured as members,
 * `data-compare`, a comparison's three sets (`both=…;first=…;second=…` or
 * `stayed=…;joined=…;left=…`), and
 * `data-view`, the camera as "lon,lat,zoom", `data-relations`, the sorted ids of the agreements
 * and co-chairmanships drawn, `data-forward-relations`, those drawn forward for the selection, and
 * `data-selected-label`, the selected bloc's label point as "lon,lat".
 */
export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [failure, setFailure] = useState<MapFailure | undefined>(undefined);
  /** Bumped by Retry: the map is created anew. */
  const [attempt, setAttempt] = useState(0);
  const latestProps = useRef(props);
  const tiers = useRef(new Map<string, number>());
  const selected = useRef<string | undefined>(undefined);
  const selectedLabels = useRef<readonly string[]>([]);
  const selectedRelation = useRef<string | undefined>(undefined);

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
          map = mountMap(container, latestProps, setHandle, setFailure);
        } catch (error) {
          setFailure(
            error instanceof GPUInitializationError
              ? NO_WEBGL
              : { kind: "start", message: `The map could not start (${String(error)}).`, retry: true },
          );
        }
      },
      (error: unknown) => {
        if (!unmounted)
          setFailure({ kind: "start", message: `The map could not start (${String(error)}).`, retry: true });
      },
    );
    return () => {
      unmounted = true;
      setHandle(null);
      map?.remove();
    };
  }, [attempt]);

  // A map handed over anew (a retry, a restored context) holds none of the state set on the last
  // one: forget what was set, so the effects below set it all again.
  useLayoutEffect(() => {
    tiers.current = new Map();
    selected.current = undefined;
    selectedLabels.current = [];
    selectedRelation.current = undefined;
  }, [handle]);

  // The effects below are layout effects: they run in the same task as the commit, so data-ready
  // turns false before anything can read the new data-highlighted or data-relations.
  const map = handle?.map;
  const awaitRedraw = handle?.awaitRedraw;
  const {
    highlight,
    compared,
    selectedCountry,
    labels,
    selectedBlocIds,
    relations,
    selectedRelationId,
    relationEmphasis,
    camera,
    padding,
    coveredBy,
    reducedMotion,
    colors,
    labelScale = 1,
  } = props;

  useLayoutEffect(() => {
    if (!map) return;
    for (const layer of BLOC_LABEL_LAYERS) map.setLayoutProperty(layer, "text-size", LABEL_SIZE * labelScale);
    awaitRedraw?.();
  }, [map, awaitRedraw, labelScale]);

  const shownColors = useRef(colors);
  useLayoutEffect(() => {
    if (!map || shownColors.current === colors) return;
    shownColors.current = colors;
    for (const { layer, property, value } of themedPaint(colors))
      map.setPaintProperty(layer, property, value);
    awaitRedraw?.();
  }, [map, awaitRedraw, colors]);

  useLayoutEffect(() => {
    if (!map) return;
    const next = new Map<string, number>();
    for (const code of highlight.associates) next.set(code, TIER.associate);
    for (const code of highlight.members) next.set(code, TIER.member);
    if (compared) {
      for (const code of compared.first) next.set(code, TIER.first);
      for (const code of compared.second) next.set(code, TIER.second);
      for (const code of compared.both) next.set(code, TIER.both);
    }
    const changed = new Set([...tiers.current.keys(), ...next.keys()]);
    for (const code of changed) {
      const tier = next.get(code) ?? TIER.none;
      if (tiers.current.get(code) === tier) continue;
      for (const target of COUNTRY_FEATURES) map.setFeatureState({ ...target, id: code }, { tier });
    }
    tiers.current = next;
    awaitRedraw?.();
  }, [map, awaitRedraw, highlight, compared]);

  useLayoutEffect(() => {
    if (!map) return;
    for (const code of [selected.current, selectedCountry]) {
      if (!code) continue;
      for (const target of COUNTRY_FEATURES) {
        map.setFeatureState({ ...target, id: code }, { selected: code === selectedCountry });
      }
    }
    selected.current = selectedCountry;
    awaitRedraw?.();
  }, [map, awaitRedraw, selectedCountry]);

  useLayoutEffect(() => {
    if (!map) return;
    void map.getSource<GeoJSONSource>(BLOC_LABEL_SOURCE)?.setData(labelFeatures(labels));
    awaitRedraw?.();
  }, [map, awaitRedraw, labels]);

  // A new array each render with the same blocs is no change: the effect keys on their ids.
  const selectedLabelKey = selectedBlocIds.join(",");
  useLayoutEffect(() => {
    if (!map) return;
    const now = selectedLabelKey === "" ? [] : selectedLabelKey.split(",");
    for (const blocId of new Set([...selectedLabels.current, ...now])) {
      map.setFeatureState({ source: BLOC_LABEL_SOURCE, id: blocId }, { selected: now.includes(blocId) });
    }
    selectedLabels.current = now;
    awaitRedraw?.();
  }, [map, awaitRedraw, selectedLabelKey]);

  useLayoutEffect(() => {
    if (!map) return;
    const source = map.getSource<GeoJSONSource>(RELATION_SOURCE);
    void source?.setData({
      type: "FeatureCollection",
      features: relations.flatMap((relation) => {
        const properties = {
          id: relation.id,
          kind: relation.kind,
          type: relation.type,
          group: relation.group,
        };
        const lines = relation.lines.map((line) => ({
          type: "Feature" as const,
          geometry: { type: "LineString" as const, coordinates: line.map(([lon, lat]) => [lon, lat]) },
          properties,
        }));
        const point = relation.point
          ? [
              {
                type: "Feature" as const,
                geometry: { type: "Point" as const, coordinates: [relation.point[0], relation.point[1]] },
                properties,
              },
            ]
          : [];
        return [...lines, ...point];
      }),
    });
    awaitRedraw?.();
  }, [map, awaitRedraw, relations]);

  useLayoutEffect(() => {
    if (!map) return;
    for (const id of [selectedRelation.current, selectedRelationId]) {
      if (!id) continue;
      map.setFeatureState({ source: RELATION_SOURCE, id }, { selected: id === selectedRelationId });
    }
    selectedRelation.current = selectedRelationId;
    awaitRedraw?.();
  }, [map, awaitRedraw, relations, selectedRelationId]);

  useLayoutEffect(() => {
    if (!map) return;
    // Every line, each time: a few dozen at most, and a line back from a filter needs its state.
    for (const relation of relations) {
      const level = EMPHASIS_LEVEL[relationEmphasis.get(relation.id) ?? "receded"];
      map.setFeatureState({ source: RELATION_SOURCE, id: relation.id }, { emphasis: level });
    }
    awaitRedraw?.();
  }, [map, awaitRedraw, relations, relationEmphasis]);

  useLayoutEffect(() => {
    if (!map) return;
    map.setPadding(padding);
  }, [map, padding]);

  const hasMovedCamera = useRef(false);
  useLayoutEffect(() => {
    if (!map || !camera) return;
    // The first view (a deep link, or the world) appears in place; later ones fly unless motion is reduced.
    const animate = hasMovedCamera.current && !reducedMotion;
    hasMovedCamera.current = true;
    // The legend drawn for this selection is in the DOM already: layout effects run after it is.
    fitCamera(map, camera, animate, coveredBy?.current);
    awaitRedraw?.();
    // Only a new request moves the camera; a change of motion preference alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, awaitRedraw, camera?.key]);

  return (
    <div
      ref={containerRef}
      className="map-view"
      role="region"
      aria-label={props.ariaLabel}
      data-ready="false"
      data-failure={failure?.kind}
      data-highlighted={sortedCodes(highlight.members)}
      data-compare={compareAttribute(compared)}
      data-relations={sortedCodes(relations.map((r) => r.id))}
      data-forward-relations={sortedCodes(
        relations.filter((r) => relationEmphasis.get(r.id) === "forward").map((r) => r.id),
      )}
      data-selected-label={selectedLabelPositions(labels, selectedBlocIds)}
    >
      {failure ? (
        <div className="map-failure" role="alert">
          <p>{failure.message}</p>
          {failure.kind !== "context-lost" && props.textAlternative ? (
            <p className="map-text-alternative">{props.textAlternative}</p>
          ) : null}
          {failure.retry ? (
            <button
              type="button"
              onClick={() => {
                setFailure(undefined);
                setAttempt((n) => n + 1);
              }}
            >
              Retry
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
