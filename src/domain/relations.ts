import * as turf from "@turf/turf";
import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type {
  Agreement,
  AgreementStatus,
  AgreementType,
  Bloc,
  CoChairmanship,
  Dataset,
  Party,
} from "../data/schema";
import { labelAnchorsOn } from "./label-anchors";
import type { RelationFeature } from "./map-model";
import { memberCodesOn } from "./memberships";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** The three ways an agreement is drawn: in effect, being worked on, only proposed. */
export const STATUS_GROUPS = ["in-effect", "in-progress", "proposed"] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export const STATUS_GROUP_OF: Record<AgreementStatus, StatusGroup> = {
  "in-force": "in-effect",
  signed: "in-effect",
  adopted: "in-effect",
  concluded: "in-progress",
  "under-negotiation": "in-progress",
  "under-discussion": "in-progress",
  proposed: "proposed",
  lapsed: "proposed",
};

export const STATUS_GROUP_LABELS: Record<StatusGroup, string> = {
  "in-effect": "In force, signed or adopted",
  "in-progress": "Under negotiation or discussion",
  proposed: "Proposed",
};

/** The kinds of relation the map draws; the filters can narrow to some of them. */
export const RELATIONS = ["membership", "agreement", "co-chairmanship"] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, string> = {
  membership: "Memberships",
  agreement: "Agreements",
  "co-chairmanship": "Co-chairmanships",
};

/** The agreement's status on a date: the last change on or before it, else its status at the speech. */
export function agreementStatusOn(agreement: DeepReadonly<Agreement>, date: string): AgreementStatus {
  let status = agreement.statusOnSpeechDate;
  for (const change of agreement.laterChanges ?? []) {
    if (change.date <= date) status = change.status;
  }
  return status;
}

/** The last day an ISO date of any precision covers: 2020 → 2020-12-31, 2020-02 → 2020-02-29. */
export function lastDayOf(isoDate: string): string {
  const [year = "0", month, day] = isoDate.split("-");
  if (day !== undefined) return isoDate;
  if (month === undefined) return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(lastDay).padStart(2, "0")}`;
}

/** Whether a co-chairmanship's period is over by the date. */
export function coChairmanshipEndedBy(cochair: DeepReadonly<CoChairmanship>, date: string): boolean {
  const end = cochair.period.end;
  return end !== undefined && lastDayOf(end) < date;
}

export type Filters = {
  /** Empty: every type. */
  readonly types: readonly AgreementType[];
  /** Empty: every status group. */
  readonly statuses: readonly StatusGroup[];
  /** Empty: every relation. */
  readonly relations: readonly Relation[];
};

export const NO_FILTERS: Filters = { types: [], statuses: [], relations: [] };

export function isFiltering(filters: Filters): boolean {
  return filters.types.length + filters.statuses.length + filters.relations.length > 0;
}

export function showsRelation(filters: Filters, relation: Relation): boolean {
  return filters.relations.length === 0 || filters.relations.includes(relation);
}

export function agreementPasses(agreement: DeepReadonly<Agreement>, filters: Filters, date: string): boolean {
  if (!showsRelation(filters, "agreement")) return false;
  if (filters.types.length > 0 && !filters.types.includes(agreement.type)) return false;
  const group = STATUS_GROUP_OF[agreementStatusOn(agreement, date)];
  return filters.statuses.length === 0 || filters.statuses.includes(group);
}

/**
 * How a co-chairmanship is drawn on a date: in effect while a current one's period runs; once it
 * is over, or if it was only proposed, as a lapsed or proposed agreement is.
 */
export function coChairmanshipGroupOn(cochair: DeepReadonly<CoChairmanship>, date: string): StatusGroup {
  return cochair.statusOnSpeechDate === "current" && !coChairmanshipEndedBy(cochair, date)
    ? "in-effect"
    : "proposed";
}

/** A co-chairmanship passes the status filter by how it stands on the date. */
export function coChairmanshipPasses(
  cochair: DeepReadonly<CoChairmanship>,
  filters: Filters,
  date: string,
): boolean {
  if (!showsRelation(filters, "co-chairmanship")) return false;
  if (filters.types.length > 0) return false;
  const group = coChairmanshipGroupOn(cochair, date);
  return filters.statuses.length === 0 || filters.statuses.includes(group);
}

/** Blocs are shown unless the filters ask for agreements or co-chairmanships only. */
export function blocsPass(filters: Filters): boolean {
  return showsRelation(filters, "membership") && filters.types.length === 0 && filters.statuses.length === 0;
}

/** The ids (blocs, agreements, co-chairmanships) the filters let through. */
export function passingEntityIds(data: Data, filters: Filters, date: string): Set<string> {
  const ids = new Set<string>();
  if (blocsPass(filters)) for (const bloc of data.dataset.blocs) ids.add(bloc.id);
  for (const agreement of data.dataset.agreements) {
    if (agreementPasses(agreement, filters, date)) ids.add(agreement.id);
  }
  for (const cochair of data.dataset.coChairmanships) {
    if (coChairmanshipPasses(cochair, filters, date)) ids.add(cochair.id);
  }
  return ids;
}

const blocIndexes = new WeakMap<DeepReadonly<Dataset["blocs"]>, Map<string, DeepReadonly<Bloc>>>();

/**
 * The bloc with an id, from an index built once per (frozen) dataset: drawing every agreement
 * looks up a bloc per party, which on a large dataset a linear search makes quadratic.
 */
function blocById(data: Data, id: string): DeepReadonly<Bloc> | undefined {
  const { blocs } = data.dataset;
  let index = blocIndexes.get(blocs);
  if (!index) {
    index = new Map(blocs.map((b) => [b.id, b]));
    blocIndexes.set(blocs, index);
  }
  return index.get(id);
}

/** Where a party sits on the map: a country's anchor, or its bloc's label, on a member, on the date. */
export function partyPosition(
  data: Data,
  party: DeepReadonly<Party>,
  date: string,
): [number, number] | undefined {
  if ("country" in party) {
    const anchor = data.countries[party.country]?.anchor;
    return anchor ? [anchor[0], anchor[1]] : undefined;
  }
  const anchor = labelAnchorsOn(data.dataset.blocs, data.countries, date).get(party.bloc);
  return anchor ? [anchor.position[0], anchor.position[1]] : undefined;
}

/** Countries a party stands for on the date: itself, or a bloc's members. */
export function partyCountries(data: Data, party: DeepReadonly<Party>, date: string): string[] {
  if ("country" in party) return [party.country];
  const bloc = blocById(data, party.bloc);
  return bloc ? memberCodesOn(bloc, date) : [];
}

/**
 * The great circle from one point to another with continuous longitudes (past ±180 where it
 * crosses the antimeridian), so a flat map draws it across the Pacific rather than around the world.
 */
export function greatCircleArc(
  from: readonly [number, number],
  to: readonly [number, number],
): [number, number][] {
  if (from[0] === to[0] && from[1] === to[1]) return [[from[0], from[1]]];
  const line = turf.greatCircle([from[0], from[1]], [to[0], to[1]], { npoints: 48 });
  const parts = line.geometry.type === "LineString" ? [line.geometry.coordinates] : line.geometry.coordinates;
  const unwrapped: [number, number][] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of parts.flat()) {
    if (previous !== undefined) {
      if (lon - previous > 180) offset -= 360;
      if (lon - previous < -180) offset += 360;
    }
    previous = lon;
    const point: [number, number] = [lon + offset, lat];
    const last = unwrapped.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) unwrapped.push(point);
  }
  return unwrapped;
}

export type RelationKind = "agreement" | "co-chairmanship";

/** A line (or, for a one-party agreement, a point) the map draws for an agreement or co-chairmanship. */
export type RelationShape = RelationFeature & {
  readonly kind: RelationKind;
  readonly type: AgreementType | "co-chairmanship";
  readonly group: StatusGroup;
};

/**
 * Lines stop short of the places they join, as links do in a node diagram, so that a click on a
 * country's centre reaches the country and not the lines that end there.
 */
function trimEnds(arc: [number, number][]): [number, number][] {
  const cut = Math.floor(arc.length * ARC_END_TRIM);
  return arc.length > 2 * cut + 2 ? arc.slice(cut, arc.length - cut) : arc;
}

const ARC_END_TRIM = 0.05;

/** How far apart lines that share both ends fan, as a share of the distance between the ends. */
const FAN_SPACING = 0.07;

/**
 * The great circle between two places, bent sideways by `offset` (a share of the distance between
 * them, most at the middle, none at the ends) so that several lines joining the same two places
 * lie side by side instead of on top of each other. The side is the same whichever end comes first.
 */
export function fannedArc(
  from: readonly [number, number],
  to: readonly [number, number],
  offset: number,
): [number, number][] {
  const arc = greatCircleArc(from, to);
  const first = arc[0];
  const last = arc.at(-1);
  if (offset === 0 || !first || !last || arc.length < 3) return arc;
  const dx = last[0] - first[0];
  const dy = last[1] - first[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return arc;
  // One side for both directions: flip when the ends come in the other order.
  const side = from[0] < to[0] || (from[0] === to[0] && from[1] < to[1]) ? 1 : -1;
  const [nx, ny] = [(-dy / length) * side, (dx / length) * side];
  return arc.map(([lon, lat], i) => {
    const bend = offset * length * Math.sin((Math.PI * i) / (arc.length - 1));
    return [lon + nx * bend, lat + ny * bend];
  });
}

/** A key for the unordered pair of places a line joins, so A–B and B–A are one pair. */
function endsKey(a: readonly [number, number], b: readonly [number, number]): string {
  const [p, q] = [a, b].map(([lon, lat]) => `${lon.toFixed(2)},${lat.toFixed(2)}`).sort();
  return `${p}|${q}`;
}

type Drawable = {
  readonly id: string;
  readonly kind: RelationKind;
  readonly type: RelationShape["type"];
  readonly group: StatusGroup;
  readonly positions: readonly [number, number][];
};

/** Shapes for the drawables, the lines of those that join the same two places fanned apart. */
function shapesOf(drawables: readonly Drawable[]): RelationShape[] {
  const pairs = (positions: readonly [number, number][]) => {
    const [first, ...rest] = positions;
    return first ? rest.map((other) => [first, other] as const) : [];
  };
  const sharing = new Map<string, number>();
  for (const drawable of drawables) {
    for (const [a, b] of pairs(drawable.positions)) {
      const key = endsKey(a, b);
      sharing.set(key, (sharing.get(key) ?? 0) + 1);
    }
  }
  const placed = new Map<string, number>();
  return drawables.flatMap(({ id, kind, type, group, positions }): RelationShape[] => {
    const [first, ...rest] = positions;
    if (!first) return [];
    if (rest.length === 0) return [{ id, kind, type, group, lines: [], point: first }];
    const lines = pairs(positions).map(([a, b]) => {
      const key = endsKey(a, b);
      const count = sharing.get(key) ?? 1;
      const slot = placed.get(key) ?? 0;
      placed.set(key, slot + 1);
      return trimEnds(fannedArc(a, b, (slot - (count - 1) / 2) * FAN_SPACING));
    });
    return [{ id, kind, type, group, lines, point: undefined }];
  });
}

/** Every agreement and co-chairmanship the filters let through, as shapes for the map. */
export function relationShapes(data: Data, filters: Filters, date: string): RelationShape[] {
  const drawables: Drawable[] = [];
  for (const agreement of data.dataset.agreements) {
    if (!agreementPasses(agreement, filters, date)) continue;
    const positions = agreement.parties.flatMap((party) => {
      const position = partyPosition(data, party, date);
      return position ? [position] : [];
    });
    const group = STATUS_GROUP_OF[agreementStatusOn(agreement, date)];
    drawables.push({ id: agreement.id, kind: "agreement", type: agreement.type, group, positions });
  }
  for (const cochair of data.dataset.coChairmanships) {
    if (!coChairmanshipPasses(cochair, filters, date)) continue;
    const positions = cochair.coChairs.flatMap((code) => {
      const anchor = data.countries[code]?.anchor;
      return anchor ? [[anchor[0], anchor[1]] as [number, number]] : [];
    });
    const group = coChairmanshipGroupOn(cochair, date);
    drawables.push({ id: cochair.id, kind: "co-chairmanship", type: "co-chairmanship", group, positions });
  }
  return shapesOf(drawables);
}

/** Counts of agreements by type under the other filters (status, relation), for the type filter. */
export function countsByType(data: Data, filters: Filters, date: string): Map<AgreementType, number> {
  const counts = new Map<AgreementType, number>();
  const withoutType = { ...filters, types: [] };
  for (const agreement of data.dataset.agreements) {
    if (!agreementPasses(agreement, withoutType, date)) continue;
    counts.set(agreement.type, (counts.get(agreement.type) ?? 0) + 1);
  }
  return counts;
}
