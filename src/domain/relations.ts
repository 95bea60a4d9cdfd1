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
import { centreOfCountries } from "./bloc-geometry";
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

/** A current co-chairmanship counts as in effect, a proposed one as proposed. */
export function coChairmanshipPasses(cochair: DeepReadonly<CoChairmanship>, filters: Filters): boolean {
  if (!showsRelation(filters, "co-chairmanship")) return false;
  if (filters.types.length > 0) return false;
  const group: StatusGroup = cochair.statusOnSpeechDate === "current" ? "in-effect" : "proposed";
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
    if (coChairmanshipPasses(cochair, filters)) ids.add(cochair.id);
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

/** Where a party sits on the map: a country's anchor, or a bloc's members' centre on the date. */
export function partyPosition(
  data: Data,
  party: DeepReadonly<Party>,
  date: string,
): [number, number] | undefined {
  if ("country" in party) {
    const anchor = data.countries[party.country]?.anchor;
    return anchor ? [anchor[0], anchor[1]] : undefined;
  }
  const bloc = blocById(data, party.bloc);
  return bloc ? centreOfCountries(memberCodesOn(bloc, date), data.countries) : undefined;
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

function shapeOf(
  id: string,
  kind: RelationKind,
  type: RelationShape["type"],
  group: StatusGroup,
  positions: readonly [number, number][],
): RelationShape | undefined {
  const [first, ...rest] = positions;
  if (!first) return undefined;
  if (rest.length === 0) return { id, kind, type, group, lines: [], point: first };
  return {
    id,
    kind,
    type,
    group,
    lines: rest.map((other) => trimEnds(greatCircleArc(first, other))),
    point: undefined,
  };
}

/** Every agreement and co-chairmanship the filters let through, as shapes for the map. */
export function relationShapes(data: Data, filters: Filters, date: string): RelationShape[] {
  const shapes: RelationShape[] = [];
  for (const agreement of data.dataset.agreements) {
    if (!agreementPasses(agreement, filters, date)) continue;
    const positions = agreement.parties.flatMap((party) => {
      const position = partyPosition(data, party, date);
      return position ? [position] : [];
    });
    const group = STATUS_GROUP_OF[agreementStatusOn(agreement, date)];
    const shape = shapeOf(agreement.id, "agreement", agreement.type, group, positions);
    if (shape) shapes.push(shape);
  }
  for (const cochair of data.dataset.coChairmanships) {
    if (!coChairmanshipPasses(cochair, filters)) continue;
    const positions = cochair.coChairs.flatMap((code) => {
      const anchor = data.countries[code]?.anchor;
      return anchor ? [[anchor[0], anchor[1]] as [number, number]] : [];
    });
    const group: StatusGroup = cochair.statusOnSpeechDate === "current" ? "in-effect" : "proposed";
    const shape = shapeOf(cochair.id, "co-chairmanship", "co-chairmanship", group, positions);
    if (shape) shapes.push(shape);
  }
  return shapes;
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
