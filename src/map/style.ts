import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import { topoJsonUrl } from "./topojson-url";

export const COUNTRY_SOURCE = "countries";
export const COUNTRY_POINT_SOURCE = "country-points";
export const BLOC_LABEL_SOURCE = "bloc-labels";

export const BACKGROUND_LAYER = "background";
export const COUNTRY_FILL_LAYER = "country-fill";
export const COUNTRY_LINE_LAYER = "country-line";
export const COUNTRY_POINT_LAYER = "country-point";
export const BLOC_LABEL_LAYER = "bloc-label";

/** The layers a pointer can hit to find a country. */
export const COUNTRY_HIT_LAYERS = [COUNTRY_FILL_LAYER, COUNTRY_POINT_LAYER];

export const LABEL_FONT = "Noto Sans Regular";

export const GEOMETRY_MAX_TILE_ZOOM = 4;

/** Feature-state `tier`: how a country takes part in what is selected. */
export const TIER = { none: 0, associate: 1, member: 2 } as const;

/** Colours, shared with the legend so the two cannot drift apart. */
export const COLORS = {
  sea: "#dce6ee",
  land: "#f3f0ea",
  border: "#a9a398",
  member: "#1d5f7a",
  associate: "#8ec3d6",
  hover: "#e0a526",
  selectedOutline: "#111111",
  label: "#10212b",
  selectedLabel: "#ffffff",
  selectedLabelHalo: "#1d5f7a",
  labelHalo: "#ffffff",
} as const;

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
  paint: {
    "fill-color": ["case", hovered, COLORS.hover, tierColor],
    "fill-opacity": 1,
  },
};

export const countryLineLayer: LineLayerSpecification = {
  id: COUNTRY_LINE_LAYER,
  type: "line",
  source: COUNTRY_SOURCE,
  paint: {
    "line-color": ["case", selected, COLORS.selectedOutline, COLORS.border],
    "line-width": ["case", selected, 2, 0.5],
  },
};

export const countryPointLayer: CircleLayerSpecification = {
  id: COUNTRY_POINT_LAYER,
  type: "circle",
  source: COUNTRY_POINT_SOURCE,
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
 * from the build. No tiles, glyph server or sprite from any other host.
 */
export function createStyle(geoBaseUrl: string, labelFontUrl: string): StyleSpecification {
  return {
    version: 8,
    name: "Bloc Atlas",
    "font-faces": { [LABEL_FONT]: labelFontUrl },
    sources: {
      [COUNTRY_SOURCE]: {
        type: "geojson",
        data: topoJsonUrl(`${geoBaseUrl}countries.topojson`),
        promoteId: "iso3",
        // The geometry holds no more detail than zoom 4 shows; deeper views overzoom these tiles
        // instead of cutting new ones, so a camera jump to a bloc needs little or no tiling.
        maxzoom: GEOMETRY_MAX_TILE_ZOOM,
      },
      [COUNTRY_POINT_SOURCE]: {
        type: "geojson",
        data: `${geoBaseUrl}country-points.geojson`,
        promoteId: "iso3",
        maxzoom: GEOMETRY_MAX_TILE_ZOOM,
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
      blocLabelLayer,
    ],
  };
}
