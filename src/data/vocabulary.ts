/** The three ways an agreement is drawn: in effect, being worked on, only proposed. */
export const STATUS_GROUPS = ["in-effect", "in-progress", "proposed"] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/** The kinds of relation the map draws; the filters (and a tour step's filters) can narrow to some of them. */
export const RELATIONS = ["membership", "agreement", "co-chairmanship"] as const;
export type Relation = (typeof RELATIONS)[number];

export const BLOC_KINDS = [
  "international-organization",
  "organ",
  "economic-union",
  "regional-organization",
  "security-organization",
  "forum",
  "dialogue-format",
  "group",
  "alliance",
  "initiative",
  "regional-concept",
  "expert-forum",
] as const;

export const PARTICIPANT_ROLES = [
  "member",
  "observer",
  "dialogue-partner",
  "partner",
  "proposed-member",
  "promoter",
  "courted",
] as const;

export const AGREEMENT_TYPES = [
  "fta",
  "mou",
  "trade-cooperation",
  "code-of-conduct",
  "leaders-statement",
  "joint-statement",
  "convention",
  "charter",
  "strategic-partnership",
  "decision",
  "informal-agreement",
  "plan",
  "proposal",
] as const;

export const AGREEMENT_STATUSES = [
  "in-force",
  "signed",
  "adopted",
  "under-negotiation",
  "under-discussion",
  "proposed",
  "concluded",
  "lapsed",
] as const;
