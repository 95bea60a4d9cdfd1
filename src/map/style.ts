import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import type { StatusGroup } from "../domain/relations";
import { COLORS, RELATION_COLORS } from "../palette";

export const COUNTRY_SOURCE = "countries";
/** The layers of the country tiles (public/geo/tiles/, written by scripts/build-geometry.ts). */
export const COUNTRY_SOURCE_LAYERS = { fills: "countries", borders: "borders", points: "points" } as const;
export const BLOC_LABEL_SOURCE = "bloc-labels";
export const RELATION_SOURCE = "relations";

export const BACKGROUND_LAYER = "background";
export const COUNTRY_FILL_LAYER = "country-fill";
export const COUNTRY_LINE_LAYER = "country-line";
export const COUNTRY_POINT_LAYER = "country-point";
export const BLOC_LABEL_LAYER = "bloc-label";
export const RELATION_LINE_LAYERS = {
  "in-effect": "relation-line-in-effect",
  "in-progress": "relation-line-in-progress",
  proposed: "relation-line-proposed",
} as const;
export const RELATION_POINT_LAYER = "relation-point";
export const RELATION_HIT_LAYERS = [...Object.values(RELATION_LINE_LAYERS), RELATION_POINT_LAYER];

/** The layers a pointer can hit to find a country. */
export const COUNTRY_HIT_LAYERS = [COUNTRY_FILL_LAYER, COUNTRY_POINT_LAYER];

export const LABEL_FONT = "Noto Sans Regular";

/** The deepest country tiles built; the map overzooms them beyond. */
export const GEOMETRY_MAX_TILE_ZOOM = 4;

/** Feature-state `tier`: how a country takes part in what is selected. */
export const TIER = { none: 0, associate: 1, member: 2 } as const;

/** Dashes by status: solid in effect, dashed in progress, dotted proposed. */
export const STATUS_DASHES: Record<StatusGroup, number[] | undefined> = {
  "in-effect": undefined,
  "in-progress": [3, 2],
  proposed: [0.6, 2],
};

const relationColor: ExpressionSpecification = [
  "match",
  ["get", "type"],
  ...Object.entries(RELATION_COLORS).flat(),
  "#333333",
] as unknown as ExpressionSpecification;
const relationSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

function relationLineLayer(group: StatusGroup): LineLayerSpecification {
  const dashes = STATUS_DASHES[group];
  return {
    id: RELATION_LINE_LAYERS[group],
    type: "line",
    source: RELATION_SOURCE,
    filter: ["all", ["==", ["geometry-type"], "LineString"], ["==", ["get", "group"], group]],
    layout: { "line-cap": group === "proposed" ? "round" : "butt", "line-join": "round" },
    paint: {
      "line-color": relationColor,
      "line-width": ["case", relationSelected, 5, 2.2],
      "line-opacity": 0.9,
      ...(dashes ? { "line-dasharray": dashes } : {}),
    },
  };
}

export const relationPointLayer: CircleLayerSpecification = {
  id: RELATION_POINT_LAYER,
  type: "circle",
  source: RELATION_SOURCE,
  filter: ["==", ["geometry-type"], "Point"],
  paint: {
    "circle-radius": ["case", relationSelected, 9, 6],
    "circle-color": "#ffffff",
    "circle-stroke-color": relationColor,
    "circle-stroke-width": 3,
  },
};

const tier: ExpressionSpecification = ["coalesce", ["feature-state", "tier"], TIER.none];
const hovered: ExpressionSpecification = ["boolean", ["feature-state", "hover"], false];
const selected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];

const tierColor: ExpressionSpecification = [
  "match",
  tier,
  TIER.member,
  COLORS.member,
  TIER.associate,
  COLORS.associate,
  COLORS.land,
];

export const countryFillLayer: FillLayerSpecification = {
  id: COUNTRY_FILL_LAYER,
  type: "fill",
  source: COUNTRY_SOURCE,
  "source-layer": COUNTRY_SOURCE_LAYERS.fills,
  paint: {
    "fill-color": ["case", hovered, COLORS.hover, tierColor],
    "fill-opacity": 1,
  },
};

export const countryLineLayer: LineLayerSpecification = {
  id: COUNTRY_LINE_LAYER,
  type: "line",
  source: COUNTRY_SOURCE,
  "source-layer": COUNTRY_SOURCE_LAYERS.borders,
  paint: {
    "line-color": ["case", selected, COLORS.selectedOutline, COLORS.border],
    "line-width": ["case", selected, 2, 0.5],
  },
};

export const countryPointLayer: CircleLayerSpecification = {
  id: COUNTRY_POINT_LAYER,
  type: "circle",
  source: COUNTRY_SOURCE,
  "source-layer": COUNTRY_SOURCE_LAYERS.points,
  paint: {
    "circle-radius": ["interpolate", ["linear"], ["zoom"], 1, 3, 5, 5],
    "circle-color": ["case", hovered, COLORS.hover, tierColor],
    "circle-stroke-color": ["case", selected, COLORS.selectedOutline, COLORS.border],
    "circle-stroke-width": ["case", selected, 2, 0.75],
  },
};

export const blocLabelLayer: SymbolLayerSpecification = {
  id: BLOC_LABEL_LAYER,
  type: "symbol",
  source: BLOC_LABEL_SOURCE,
  layout: {
    "text-field": ["get", "label"],
    "text-font": [LABEL_FONT],
    "text-size": 12,
    "text-padding": 4,
    // Placement drops a label that would overlap another rather than drawing them on top.
    "text-allow-overlap": false,
    "symbol-sort-key": ["get", "rank"],
    "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
    "text-radial-offset": 0.6,
  },
  paint: {
    // Selection is feature-state, so selecting a bloc re-lays out nothing.
    "text-color": [
      "case",
      ["boolean", ["feature-state", "selected"], false],
      COLORS.selectedLabel,
      COLORS.label,
    ],
    "text-halo-color": [
      "case",
      ["boolean", ["feature-state", "selected"], false],
      COLORS.selectedLabelHalo,
      COLORS.labelHalo,
    ],
    "text-halo-width": ["case", ["boolean", ["feature-state", "selected"], false], 3, 1.5],
  },
};

/**
 * The whole style, made only of this app's own files: geometry from public/geo/ and the label font
 * from the build. No tiles, glyph server or sprite from any other host. `geoBaseUrl` must be
 * absolute: MapLibre's workers fetch the tiles and cannot resolve a relative URL.
 */
export function createStyle(geoBaseUrl: string, labelFontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: "Bloc Atlas",
    "font-faces": { [LABEL_FONT]: labelFontUrl },
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
        data: { type: "FeatureCollection", features: [] },
        promoteId: "id",
      },
      [BLOC_LABEL_SOURCE]: {
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
        promoteId: "blocId",
        maxzoom: GEOMETRY_MAX_TILE_ZOOM,
      },
    },
    layers: [
      { id: BACKGROUND_LAYER, type: "background", paint: { "background-color": COLORS.sea } },
      countryFillLayer,
      countryLineLayer,
      countryPointLayer,
      relationLineLayer("in-effect"),
      relationLineLayer("in-progress"),
      relationLineLayer("proposed"),
      relationPointLayer,
      blocLabelLayer,
    ],
  };
}
