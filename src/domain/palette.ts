import type { AgreementType } from "../data/schema";

/** The map's colours, shared with the legend and lists so they cannot drift apart. */
export type MapColors = {
  readonly sea: string;
  readonly land: string;
  readonly border: string;
  readonly member: string;
  readonly associate: string;
  readonly hover: string;
  readonly selectedOutline: string;
  readonly label: string;
  readonly selectedLabel: string;
  readonly selectedLabelHalo: string;
  readonly labelHalo: string;
  /**
   * Drawn under every relation line, a little wider: the line's edge, at 3:1 or more against the
   * land and the sea whatever the line's own colour (WCAG 2.2, 1.4.11).
   */
  readonly lineCasing: string;
  /** The inside of a ring drawn for an agreement of one body. */
  readonly ringFill: string;
  /** A comparison's countries in both blocs (or in the bloc at both dates: stayed). */
  readonly compareBoth: string;
  /** Only in the first bloc (or only at the earlier date: left). */
  readonly compareFirst: string;
  /** Only in the second bloc (or only at the later date: joined). */
  readonly compareSecond: string;
};

export const COLORS: MapColors = {
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
  lineCasing: "#1b2a33",
  ringFill: "#ffffff",
  // Okabe & Ito, "Color Universal Design" (2008): blue, vermillion, sky blue. Apart for protanopia,
  // deuteranopia and tritanopia alike (the closest pair, blue and sky blue, by lightness), and
  // each apart from the land; vermillion, not their orange, which is the hover colour's twin.
  compareBoth: "#0072b2",
  compareFirst: "#d55e00",
  compareSecond: "#56b4e9",
};

/**
 * A real dark map for dark slides, not an inverted page: a deep sea, land a step lighter, members
 * in a light blue that keeps its contrast with both.
 */
export const DARK_COLORS: MapColors = {
  sea: "#0f1b24",
  land: "#2b3339",
  border: "#5d6870",
  member: "#5bb8dc",
  associate: "#2d6479",
  hover: "#e0a526",
  selectedOutline: "#ffffff",
  label: "#e9eff3",
  // White on the light map's deep blue, as there: the letters read on the dark ground too where the
  // halo's rim thins, and the halo stands out from the light-blue members it sits on.
  selectedLabel: "#ffffff",
  selectedLabelHalo: "#1d5f7a",
  labelHalo: "#0f1b24",
  lineCasing: "#e9eff3",
  ringFill: "#2b3339",
  // Okabe & Ito again, the light three of the eight on the dark land: yellow, vermillion, sky blue.
  compareBoth: "#f0e442",
  compareFirst: "#d55e00",
  compareSecond: "#56b4e9",
};

export type MapTheme = "light" | "dark";

export const THEME_COLORS: Record<MapTheme, MapColors> = { light: COLORS, dark: DARK_COLORS };

/**
 * A colour per kind of agreement (and one for co-chairmanships), shared with the legend. Okabe–Ito
 * first, for the types the speech has most of; the rest, and the Okabe–Ito blue by a shade, moved
 * the least that keeps every pair apart for protanopia, deuteranopia and tritanopia (palette.test.ts).
 */
export const RELATION_COLORS: Record<AgreementType | "co-chairmanship", string> = {
  fta: "#0077c4",
  mou: "#e69f00",
  "trade-cooperation": "#009e73",
  "leaders-statement": "#56b4e9",
  "strategic-partnership": "#d55e00",
  "code-of-conduct": "#cc79a7",
  "joint-statement": "#6d5800",
  convention: "#5c6e82",
  charter: "#425262",
  decision: "#6a3d9a",
  "informal-agreement": "#8d5243",
  plan: "#5f8c48",
  proposal: "#087d5d",
  "co-chairmanship": "#a60066",
};
