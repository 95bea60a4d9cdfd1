import type { CircleLayerSpecification, ExpressionSpecification, LineLayerSpecification } from "maplibre-gl";
import type { StatusGroup } from "../data/vocabulary";
import { EMPHASIS_LEVEL } from "../domain/line-emphasis";
import { RELATION_COLORS } from "../domain/palette";
import {
  RELATION_CASING_LAYER,
  RELATION_LINE_LAYERS,
  RELATION_POINT_LAYER,
  RELATION_SOURCE,
  STATUS_DASHES,
} from "./style-ids";

const relationColor: ExpressionSpecification = [
  "match",
  ["get", "type"],
  ...Object.entries(RELATION_COLORS).flat(),
  "#333333",
] as unknown as ExpressionSpecification;
const relationSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
// A line with no emphasis set yet is drawn receded, as on the first view.
const relationEmphasis: ExpressionSpecification = [
  "coalesce",
  ["feature-state", "emphasis"],
  EMPHASIS_LEVEL.receded,
];

/** A value per emphasis (and one for the selected relation itself), as a paint expression. */
function byEmphasis(
  values: Record<keyof typeof EMPHASIS_LEVEL, number>,
  selectedValue: number,
): ExpressionSpecification {
  return [
    "case",
    relationSelected,
    selectedValue,
    [
      "match",
      relationEmphasis,
      EMPHASIS_LEVEL.forward,
      values.forward,
      EMPHASIS_LEVEL.shown,
      values.shown,
      EMPHASIS_LEVEL.dimmed,
      values.dimmed,
      values.receded,
    ],
  ];
}

/**
 * Receded and dimmed lines are thin and faint, so the countries read through them; shown lines
 * are full strength; the selection's own lines a little stronger; the selected one thickest.
 */
export const RELATION_LINE_WIDTH = byEmphasis({ receded: 1, dimmed: 1, shown: 2.2, forward: 3 }, 5);
export const RELATION_LINE_OPACITY = byEmphasis({ receded: 0.35, dimmed: 0.15, shown: 0.9, forward: 1 }, 1);

export function relationLineLayer(group: StatusGroup): LineLayerSpecification {
  const dashes = STATUS_DASHES[group];
  return {
    id: RELATION_LINE_LAYERS[group],
    type: "line",
    source: RELATION_SOURCE,
    filter: ["all", ["==", ["geometry-type"], "LineString"], ["==", ["get", "group"], group]],
    layout: { "line-cap": group === "proposed" ? "round" : "butt", "line-join": "round" },
    paint: {
      "line-color": relationColor,
      "line-width": RELATION_LINE_WIDTH,
      "line-opacity": RELATION_LINE_OPACITY,
      ...(dashes ? { "line-dasharray": dashes } : {}),
    },
  };
}

/**
 * Under every line, one casing a pixel wider on each side, solid whatever the line's dash: the
 * line's edge, in the palette's casing colour (3:1 or more against land and sea in each theme), so
 * a line of any colour stands out from the ground; its dashes show as colour along the casing.
 */
export const relationCasingLayer: LineLayerSpecification = {
  id: RELATION_CASING_LAYER,
  type: "line",
  source: RELATION_SOURCE,
  filter: ["==", ["geometry-type"], "LineString"],
  layout: { "line-cap": "butt", "line-join": "round" },
  paint: {
    "line-width": byEmphasis({ receded: 2, dimmed: 2, shown: 4.2, forward: 5 }, 7),
    "line-opacity": RELATION_LINE_OPACITY,
  },
};

/** How much wider, in pixels, each ring at a place is than the one inside it. */
const RING_STEP = 8;

export const relationPointLayer: CircleLayerSpecification = {
  id: RELATION_POINT_LAYER,
  type: "circle",
  source: RELATION_SOURCE,
  filter: ["==", ["geometry-type"], "Point"],
  paint: {
    // Rings at one place (the CWC and the OPCW's decision) nest, each RING_STEP wider than the last.
    "circle-radius": [
      "+",
      ["*", ["coalesce", ["get", "ring"], 0], RING_STEP],
      ["case", relationSelected, 9, 6],
    ],
    "circle-stroke-color": relationColor,
    "circle-stroke-width": byEmphasis({ receded: 1.5, dimmed: 1.5, shown: 3, forward: 3 }, 3),
    "circle-stroke-opacity": RELATION_LINE_OPACITY,
    "circle-opacity": RELATION_LINE_OPACITY,
  },
};
