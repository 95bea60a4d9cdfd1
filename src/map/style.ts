import type { FontFaceFile } from "./label-font";
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  Map as MapLibreMap,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import {
  COUNTRY_SOURCE,
  COUNTRY_SOURCE_LAYERS,
  BLOC_LABEL_SOURCE,
  RELATION_SOURCE,
  BACKGROUND_LAYER,
  COUNTRY_FILL_LAYER,
  COUNTRY_LINE_LAYER,
  COUNTRY_POINT_LAYER,
  BLOC_LABEL_LAYER,
  SELECTED_BLOC_LABEL_LAYER,
  RELATION_POINT_LAYER,
  RELATION_CASING_LAYER,
  LABEL_FONT,
  LABEL_SIZE,
  GEOMETRY_MAX_TILE_ZOOM,
  TIER,
} from "./style-ids";
import { COLORS, type MapColors } from "../domain/palette";
import { relationCasingLayer, relationLineLayer, relationPointLayer } from "./relation-layers";

const tier: ExpressionSpecification = ["coalesce", ["feature-state", "tier"], TIER.none];
const hovered: ExpressionSpecification = ["boolean", ["feature-state", "hover"], false];
const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

function tierColor(colors: MapColors): ExpressionSpecification {
  return [
    "match",
    tier,
    TIER.member,
    colors.member,
    TIER.associate,
    colors.associate,
    TIER.both,
    colors.compareBoth,
    TIER.first,
    colors.compareFirst,
    TIER.second,
    colors.compareSecond,
    colors.land,
  ];
}

export const countryFillLayer: FillLayerSpecification = {
  id: COUNTRY_FILL_LAYER,
  type: "fill",
  source: COUNTRY_SOURCE,
  "source-layer": COUNTRY_SOURCE_LAYERS.fills,
  paint: { "fill-opacity": 1 },
};

export const countryLineLayer: LineLayerSpecification = {
  id: COUNTRY_LINE_LAYER,
  type: "line",
  source: COUNTRY_SOURCE,
  "source-layer": COUNTRY_SOURCE_LAYERS.borders,
  paint: { "line-width": ["case", selected, 2, 0.5] },
};

export const countryPointLayer: CircleLayerSpecification = {
  id: COUNTRY_POINT_LAYER,
  type: "circle",
  source: COUNTRY_SOURCE,
  "source-layer": COUNTRY_SOURCE_LAYERS.points,
  paint: {
    "circle-radius": ["interpolate", ["linear"], ["zoom"], 1, 3, 5, 5],
    "circle-stroke-width": ["case", selected, 2, 0.75],
  },
};

const labelSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

export const blocLabelLayer: SymbolLayerSpecification = {
  id: BLOC_LABEL_LAYER,
  type: "symbol",
  source: BLOC_LABEL_SOURCE,
  layout: {
    "text-field": ["get", "label"],
    "text-font": [LABEL_FONT],
    "text-size": LABEL_SIZE,
    "text-padding": 4,
    // Placement drops a label that would overlap another rather than drawing them on top.
    "text-allow-overlap": false,
    "symbol-sort-key": ["get", "rank"],
    // Centred on the member that carries it, never moved aside onto the sea or a neighbour: a
    // label with no room at this zoom waits for a closer view.
    "text-anchor": "center",
  },
  // The selected bloc's own label is drawn by the layer above.
  paint: { "text-halo-width": 1.5, "text-opacity": ["case", labelSelected, 0, 1] },
};

/**
 * The selected bloc's label: every label, but only the selected one seen (feature-state), drawn
 * whatever it overlaps and above the rest with a wider halo. A selection is then paint only: a
 * filter or a source of its own would have MapLibre's worker lay the labels out again, three or
 * four more frames per selection. The price: the labels around it do not give way to it.
 */
export const selectedBlocLabelLayer: SymbolLayerSpecification = {
  ...blocLabelLayer,
  id: SELECTED_BLOC_LABEL_LAYER,
  layout: { ...blocLabelLayer.layout, "text-allow-overlap": true, "text-ignore-placement": true },
  paint: { "text-halo-width": 3, "text-opacity": ["case", labelSelected, 1, 0] },
};

type PaintName = Parameters<MapLibreMap["setPaintProperty"]>[1];
type PaintValue = Parameters<MapLibreMap["setPaintProperty"]>[2];

/** A paint property that takes its value from the palette: the part of the style a theme changes. */
export type ThemedPaint = {
  readonly layer: string;
  readonly property: PaintName;
  readonly value: PaintValue;
};

/**
 * Every colour of the style that comes from the palette, in one place, so the style is built with
 * it and a theme change sets just these on a live map (no source is reloaded, feature-state stays).
 */
export function themedPaint(colors: MapColors): readonly ThemedPaint[] {
  const paint = (layer: string, property: PaintName, value: PaintValue): ThemedPaint => ({
    layer,
    property,
    value,
  });
  return [
    paint(BACKGROUND_LAYER, "background-color", colors.sea),
    paint(COUNTRY_FILL_LAYER, "fill-color", ["case", hovered, colors.hover, tierColor(colors)]),
    paint(COUNTRY_LINE_LAYER, "line-color", ["case", selected, colors.selectedOutline, colors.border]),
    paint(COUNTRY_POINT_LAYER, "circle-color", ["case", hovered, colors.hover, tierColor(colors)]),
    paint(COUNTRY_POINT_LAYER, "circle-stroke-color", [
      "case",
      selected,
      colors.selectedOutline,
      colors.border,
    ]),
    paint(RELATION_POINT_LAYER, "circle-color", colors.ringFill),
    paint(RELATION_CASING_LAYER, "line-color", colors.lineCasing),
    paint(BLOC_LABEL_LAYER, "text-color", colors.label),
    paint(BLOC_LABEL_LAYER, "text-halo-color", colors.labelHalo),
    paint(SELECTED_BLOC_LABEL_LAYER, "text-color", colors.selectedLabel),
    paint(SELECTED_BLOC_LABEL_LAYER, "text-halo-color", colors.selectedLabelHalo),
  ];
}

/** The layers with the palette's colours put into their paint. */
function withColors<T extends { id: string; paint?: object }>(layers: readonly T[], colors: MapColors): T[] {
  const themed = themedPaint(colors);
  return layers.map((layer) => {
    const own = themed.filter((p) => p.layer === layer.id);
    if (own.length === 0) return layer;
    return {
      ...layer,
      paint: { ...layer.paint, ...Object.fromEntries(own.map((p) => [p.property, p.value])) },
    };
  });
}

/**
 * What the map shows from its first frame: the label and line sources' data and the labels' size,
 * so the worker lays them out once, as they are, instead of empty and then again.
 */
export type StyleContent = {
  readonly labels?: GeoJSON.FeatureCollection;
  readonly relations?: GeoJSON.FeatureCollection;
  /** The labels' size as a multiple of LABEL_SIZE. */
  readonly labelScale?: number;
};

const NO_FEATURES: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };

function withTextSize(layer: SymbolLayerSpecification, size: number): SymbolLayerSpecification {
  return { ...layer, layout: { ...layer.layout, "text-size": size } };
}

/**
 * The whole style, made only of this app's own files: geometry from public/geo/ and the label font
 * from the build. No tiles, glyph server or sprite from any other host. `geoBaseUrl` must be
 * absolute: MapLibre's workers fetch the tiles and cannot resolve a relative URL.
 */
export function createStyle(
  geoBaseUrl: string,
  labelFont: readonly FontFaceFile[],
  colors: MapColors = COLORS,
  content: StyleContent = {},
): StyleSpecification {
  const { labels = NO_FEATURES, relations = NO_FEATURES, labelScale = 1 } = content;
  const labelSize = LABEL_SIZE * labelScale;
  return {
    version: 8,
    name: "Bloc Atlas",
    "font-faces": { [LABEL_FONT]: [...labelFont] },
    sources: {
      [COUNTRY_SOURCE]: {
        type: "vector",
        // Concatenated, never passed through `new URL`, which would percent-encode the braces.
        tiles: [geoBaseUrl + "tiles/{z}/{x}/{y}.pbf"],
        minzoom: 0,
        // Deeper views overzoom these tiles: the geometry holds no more detail than zoom 4 shows.
        maxzoom: GEOMETRY_MAX_TILE_ZOOM,
        promoteId: "iso3",
      },
      [RELATION_SOURCE]: {
        type: "geojson",
        data: relations,
        promoteId: "id",
      },
      [BLOC_LABEL_SOURCE]: {
        type: "geojson",
        data: labels,
        promoteId: "blocId",
        maxzoom: GEOMETRY_MAX_TILE_ZOOM,
      },
    },
    layers: withColors<LayerSpecification>(
      [
        { id: BACKGROUND_LAYER, type: "background" },
        countryFillLayer,
        countryLineLayer,
        countryPointLayer,
        relationCasingLayer,
        relationLineLayer("in-effect"),
        relationLineLayer("in-progress"),
        relationLineLayer("proposed"),
        relationPointLayer,
        withTextSize(blocLabelLayer, labelSize),
        withTextSize(selectedBlocLabelLayer, labelSize),
      ],
      colors,
    ),
  };
}
