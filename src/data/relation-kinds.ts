/** The three ways an agreement is drawn: in effect, being worked on, only proposed. */
export const STATUS_GROUPS = ["in-effect", "in-progress", "proposed"] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

/** The kinds of relation the map draws; the filters (and a tour step's filters) can narrow to some of them. */
export const RELATIONS = ["membership", "agreement", "co-chairmanship"] as const;
export type Relation = (typeof RELATIONS)[number];
