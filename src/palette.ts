import type { AgreementType } from "./data/schema";

/** The map's colours, shared with the legend and lists so they cannot drift apart. */
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

/**
 * A colour per kind of agreement (and one for co-chairmanships), shared with the legend. Okabe–Ito
 * first, for the types the speech has most of, so the common ones stay apart for colour-blind eyes.
 */
export const RELATION_COLORS: Record<AgreementType | "co-chairmanship", string> = {
  fta: "#0072b2",
  mou: "#e69f00",
  "trade-cooperation": "#009e73",
  "leaders-statement": "#56b4e9",
  "strategic-partnership": "#d55e00",
  "code-of-conduct": "#cc79a7",
  "joint-statement": "#7a5c00",
  convention: "#5d6d7e",
  charter: "#34495e",
  decision: "#6a3d9a",
  "informal-agreement": "#8c564b",
  plan: "#4d7d1f",
  proposal: "#117a65",
  "co-chairmanship": "#b0006e",
};
