import type { Language } from "../data/languages";
import type { RefObject } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { ComparedSets } from "../domain/compare";
import type {
  BlocLabel,
  CameraRequest,
  CountryHighlight,
  CountryHover,
  MapPadding,
  RelationFeature,
} from "../domain/map-model";
import type { LineEmphasis } from "../domain/line-emphasis";
import type { MapColors } from "../domain/palette";
import type { MapWords } from "../domain/map-words";

export type { MapWords };

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
  /** The map's own words (control titles, failures) in the page's language. */
  mapWords: MapWords;
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
   * The labels' language (English if not given): which of the font's files (Latin, Cyrillic,
   * Vietnamese) the map loads to draw them. Another language creates the map anew.
   */
  lang?: Language;
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
  /** A new value asks for a frame even where no other prop changed: an image asked for again. */
  drawRequest?: number;
  /**
   * Each time the map becomes idle with the current props drawn, and when it cannot be drawn: a
   * page holds back what can wait (its lists and panels) until then.
   */
  onSettled?: () => void;
  // Events out; a map that is only a picture (a presentation, an exported image) listens to none.
  onCountryClick?: (iso3: string) => void;
  onCountryHover?: (hover: CountryHover | undefined) => void;
  onBlocLabelClick?: (blocId: string) => void;
  onRelationClick?: (kind: RelationFeature["kind"], id: string) => void;
};

/** The latest props, read by the map's event handlers when an event comes rather than when wired. */
export type LatestProps = { readonly current: MapViewProps };

/** A created map, handed to the effects that apply the props to it. */
export type MapHandle = {
  readonly map: MapLibreMap;
  /** Asks for a frame and holds `data-ready` false until the map is idle with it drawn. */
  readonly awaitRedraw: () => void;
  /**
   * What the map's style was created with (the props of the first render), so an effect that
   * would set the same again leaves it: setting a source's data makes the worker lay it out anew.
   * Undefined for a map handed over again after a lost context, which is given everything afresh.
   */
  readonly createdWith:
    | (Pick<MapViewProps, "labels" | "relations"> & {
        readonly labelScale: number;
        readonly cameraKey?: string;
      })
    | undefined;
};
