import type { StatusGroup } from "../data/vocabulary";

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
/** The selected bloc's label alone, above the rest: placed first, so it always wins a collision. */
export const SELECTED_BLOC_LABEL_LAYER = "bloc-label-selected";
/** The layers a click on a bloc's label can hit. */
export const BLOC_LABEL_LAYERS = [SELECTED_BLOC_LABEL_LAYER, BLOC_LABEL_LAYER];
export const RELATION_LINE_LAYERS = {
  "in-effect": "relation-line-in-effect",
  "in-progress": "relation-line-in-progress",
  proposed: "relation-line-proposed",
} as const;
/** Under the lines: their edge, which the hit layers leave out (a click picks the line itself). */
export const RELATION_CASING_LAYER = "relation-line-casing";
export const RELATION_POINT_LAYER = "relation-point";
export const RELATION_HIT_LAYERS = [...Object.values(RELATION_LINE_LAYERS), RELATION_POINT_LAYER];

/** The layers a pointer can hit to find a country. */
export const COUNTRY_HIT_LAYERS = [COUNTRY_FILL_LAYER, COUNTRY_POINT_LAYER];

export const LABEL_FONT = "Noto Sans Regular";
export const LABEL_SIZE = 12;

/** The deepest country tiles built; the map overzooms them beyond. */
export const GEOMETRY_MAX_TILE_ZOOM = 4;

/**
 * Feature-state `tier`: how a country takes part in what is selected; in a comparison, which of
 * its three sets it is in.
 */
export const TIER = { none: 0, associate: 1, member: 2, both: 3, first: 4, second: 5 } as const;

/** Dashes by status: solid in effect, dashed in progress, dotted proposed. */
export const STATUS_DASHES: Record<StatusGroup, number[] | undefined> = {
  "in-effect": undefined,
  "in-progress": [3, 2],
  proposed: [0.6, 2],
};
