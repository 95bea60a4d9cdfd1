import type { CountryIndex } from "../data/country-index";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Dataset } from "../data/schema";
import { blocLabelsFor } from "./label-anchors";
import type { BlocLabel } from "./map-model";
import { memberCodesOn } from "./memberships";
import { relationShapes, type RelationShape } from "./relation-shapes";
import { isActiveOn } from "./memberships";
import { NO_FILTERS, agreementStatusOn, coChairmanshipGroupOn, lastDayOf } from "./relations";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** What the map and the lists show on any day between two changes, with no filter on. */
export type DerivedSnapshot = {
  /** blocLabelsFor on such a day. */
  readonly labels: readonly BlocLabel[];
  /** relationShapes with no filters on such a day. */
  readonly relations: readonly RelationShape[];
  /** Each bloc's member count on such a day (memberCodesOn), by bloc id. */
  readonly memberCounts: Readonly<Record<string, number>>;
};

/**
 * What the app derives from the dataset for a date, worked out once for every date at build time:
 * the days a view can change on are few (every `since`, `until`, status change and period end),
 * so the days between two of them share one snapshot, and runs of epochs that look the same share
 * one too.
 */
export type DerivedTables = {
  /** Every label and every line any snapshot holds, once each: most stay the same from epoch to epoch. */
  readonly labels: readonly BlocLabel[];
  readonly relations: readonly RelationShape[];
  /**
   * Sorted points (dates as the dataset writes them, of any precision) where a comparison of a
   * day against the dataset's dates may turn: epoch 0 is before the first, epoch i from the i-th.
   */
  readonly changePoints: readonly string[];
  /** The snapshot of each epoch, by index into `snapshots`. */
  readonly epochSnapshots: readonly number[];
  readonly snapshots: readonly StoredSnapshot[];
  /**
   * Each bloc's names, short names and aliases in every language the dataset is translated into,
   * by bloc id: what the bloc search matches, whatever language the page is in.
   */
  readonly searchTerms: Readonly<Record<string, readonly string[]>>;
};

/**
 * A snapshot as the tables hold it: its labels and lines by index into the tables' own, and the
 * member counts in the order of the dataset's blocs.
 */
type StoredSnapshot = {
  readonly labels: readonly number[];
  readonly relations: readonly number[];
  readonly memberCounts: readonly number[];
};

/** Numbers each distinct item once, by its JSON, so equal items share an index. */
class Interner<T> {
  readonly items: T[] = [];
  private readonly indexes = new Map<string, number>();
  indexOf(item: T): number {
    const key = JSON.stringify(item);
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.items.length;
      this.items.push(item);
      this.indexes.set(key, index);
    }
    return index;
  }
}

const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The first whole day at or after a date of any precision: 2020 → 2020-01-01, 2020-03 → 2020-03-01. */
function firstDayFrom(point: string): string {
  if (point.length === 4) return `${point}-01-01`;
  if (point.length === 7) return `${point}-01`;
  return point;
}

/**
 * Every point where the view of a day can turn. The domain compares days with the dataset's dates
 * as strings (`since <= day`, `day < until`, a change's `date <= day`) or with the last day a date
 * covers (`lastDayOf(end) < day`): each dataset date is such a point, and so is the day after the
 * last day it covers. Any string in the dataset that reads as a date counts, whichever field holds
 * it: a point too many costs an epoch, one too few would be wrong.
 */
export function changePointsOf(dataset: DeepReadonly<Dataset>): string[] {
  const points = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (!DATE_LIKE.test(value)) return;
      points.add(value);
      points.add(nextDay(lastDayOf(value)));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === "object" && value !== null) {
      for (const item of Object.values(value)) visit(item);
    }
  };
  visit(dataset);
  return [...points].sort();
}

/** The epoch a whole day (YYYY-MM-DD) falls in: how many change points are at or before it. */
export function epochOf(changePoints: readonly string[], day: string): number {
  let low = 0;
  let high = changePoints.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((changePoints[middle] ?? "") <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Everything a snapshot reads of the day, in one string: which participations hold, each
 * agreement's status and each co-chairmanship's group. Epochs that read the same (a change point
 * from a source's date, say) share a snapshot without working it out again.
 */
function whatTheDayReads(data: Data, day: string): string {
  const { blocs, agreements, coChairmanships } = data.dataset;
  return [
    blocs.map((bloc) => bloc.participants.map((p) => (isActiveOn(p, day) ? "1" : "0")).join("")).join(","),
    agreements.map((agreement) => agreementStatusOn(agreement, day)).join(","),
    coChairmanships.map((cochair) => coChairmanshipGroupOn(cochair, day)).join(","),
  ].join(";");
}

function snapshotOnDay(data: Data, day: string): DerivedSnapshot {
  return {
    labels: blocLabelsFor(data, day),
    relations: relationShapes(data, NO_FILTERS, day),
    memberCounts: Object.fromEntries(data.dataset.blocs.map((b) => [b.id, memberCodesOn(b, day).length])),
  };
}

/** Works out the tables: a snapshot on the first whole day of each epoch that holds one. */
export function deriveTables(
  data: Data,
  searchTerms: Readonly<Record<string, readonly string[]>> = ownNames(data.dataset.blocs),
): DerivedTables {
  const changePoints = changePointsOf(data.dataset);
  const labels = new Interner<BlocLabel>();
  const relations = new Interner<RelationShape>();
  const snapshots = new Interner<StoredSnapshot>();
  const epochSnapshots: number[] = [];
  let lastRead: string | undefined;
  for (let epoch = 0; epoch <= changePoints.length; epoch++) {
    const start = epoch === 0 ? "0000-01-01" : firstDayFrom(changePoints[epoch - 1] ?? "");
    const end = changePoints[epoch];
    // An epoch from "2020" to "2020-01-01" holds no whole day: no day is ever looked up in it.
    if (end !== undefined && start >= end) {
      epochSnapshots.push(epochSnapshots.at(-1) ?? 0);
      continue;
    }
    const read = whatTheDayReads(data, start);
    if (read === lastRead) {
      epochSnapshots.push(epochSnapshots.at(-1) ?? 0);
      continue;
    }
    lastRead = read;
    const snapshot = snapshotOnDay(data, start);
    epochSnapshots.push(
      snapshots.indexOf({
        labels: snapshot.labels.map((label) => labels.indexOf(label)),
        relations: snapshot.relations.map((shape) => relations.indexOf(shape)),
        memberCounts: data.dataset.blocs.map((bloc) => snapshot.memberCounts[bloc.id] ?? 0),
      }),
    );
  }
  return {
    labels: labels.items,
    relations: relations.items,
    changePoints,
    epochSnapshots,
    snapshots: snapshots.items,
    searchTerms,
  };
}

/**
 * The tables for the same dataset in another language: only the labels' words change (a label's
 * place and rank come from geography and membership, never from its text), so the build derives
 * the tables once and renames the labels for each language. Equal to deriving them again
 * (derived-tables.test.ts).
 */
export function relabelTables(tables: DerivedTables, blocs: Data["dataset"]["blocs"]): DerivedTables {
  const shortNames = new Map(blocs.map((bloc) => [bloc.id, bloc.shortName]));
  return {
    ...tables,
    labels: tables.labels.map((label) => ({ ...label, label: shortNames.get(label.blocId) ?? label.label })),
  };
}

/** A dataset with no translations: each bloc's own names. */
function ownNames(blocs: Data["dataset"]["blocs"]): Record<string, readonly string[]> {
  return Object.fromEntries(blocs.map((bloc) => [bloc.id, [bloc.name, bloc.shortName, ...bloc.aliases]]));
}

/** The snapshot for a whole day (YYYY-MM-DD): what the map and lists show on it with no filter on. */
export function snapshotOn(
  tables: DeepReadonly<DerivedTables>,
  blocs: DeepReadonly<Dataset["blocs"]>,
  day: string,
): DeepReadonly<DerivedSnapshot> {
  const index = tables.epochSnapshots[epochOf(tables.changePoints, day)] ?? 0;
  const stored = tables.snapshots[index];
  if (!stored) throw new Error(`the derived tables hold no snapshot ${index}`);
  let snapshot = resolved.get(stored);
  if (!snapshot) {
    snapshot = {
      labels: stored.labels.flatMap((i) => tables.labels[i] ?? []),
      relations: stored.relations.flatMap((i) => tables.relations[i] ?? []),
      memberCounts: Object.fromEntries(blocs.map((bloc, i) => [bloc.id, stored.memberCounts[i] ?? 0])),
    };
    resolved.set(stored, snapshot);
  }
  return snapshot;
}

/** Snapshots already put together, so a day in the same epoch gets the same arrays (memoised views). */
const resolved = new WeakMap<DeepReadonly<StoredSnapshot>, DeepReadonly<DerivedSnapshot>>();
