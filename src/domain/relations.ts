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
import type { Relation, StatusGroup } from "../data/vocabulary";
import type { Translate } from "../i18n/messages";
import { memberCodesOn } from "./memberships";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

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

/** A status group's name, as the filters and the legend say it: "In force, signed or adopted". */
export const statusGroupLabel = (t: Translate, group: StatusGroup): string =>
  t(`domain.status-group.${group}`);

/** A kind of relation's name, as the filters say it: "Memberships". */
export const relationLabel = (t: Translate, relation: Relation): string => t(`domain.relation.${relation}`);

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

/** Countries a party stands for on the date: itself, or a bloc's members. */
export function partyCountries(data: Data, party: DeepReadonly<Party>, date: string): string[] {
  if ("country" in party) return [party.country];
  const bloc = blocById(data, party.bloc);
  return bloc ? memberCodesOn(bloc, date) : [];
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
