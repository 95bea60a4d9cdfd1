import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc, CountryParticipation } from "../data/schema";
import { isActiveOn, participationsOn } from "./memberships";

type ReadonlyBloc = DeepReadonly<Bloc>;

/** Two blocs compared, by id, in the order the user chose them: the first, then the second. */
export type BlocPair = readonly [string, string];
type Participation = DeepReadonly<CountryParticipation>;

/**
 * Who counts in a comparison: members only, or every country taking part (observers, partners, a
 * proposal's proposed members, a concept's promoters). Members means members: a proposed alliance
 * that was never founded (MESA) has none, though the map draws its proposed members strongly when
 * it is selected alone.
 */
export type CountedRoles = "members" | "all";

const counts = (p: { readonly role: string }, roles: CountedRoles) => roles === "all" || p.role === "member";

/** Sorted ISO codes of the countries that count in the bloc on the date. */
export function countedCodesOn(bloc: ReadonlyBloc, date: string, roles: CountedRoles): string[] {
  return [
    ...new Set(
      participationsOn(bloc, date)
        .filter((p) => counts(p, roles))
        .map((p) => p.country),
    ),
  ].sort();
}

/** Two blocs on one date: who is in both, and who only in each. Each list sorted by ISO code. */
export type BlocOverlap = {
  readonly both: readonly string[];
  readonly onlyFirst: readonly string[];
  readonly onlySecond: readonly string[];
};

/** The set operations of two blocs' countries on a date. */
export function overlapOn(
  first: ReadonlyBloc,
  second: ReadonlyBloc,
  date: string,
  roles: CountedRoles = "members",
): BlocOverlap {
  const a = countedCodesOn(first, date, roles);
  const b = new Set(countedCodesOn(second, date, roles));
  const inA = new Set(a);
  return {
    both: a.filter((code) => b.has(code)),
    onlyFirst: a.filter((code) => !b.has(code)),
    onlySecond: [...b].filter((code) => !inA.has(code)).sort(),
  };
}

/** A country that joined or left between two dates: the day it did, and what says so. */
export type MembershipChange = {
  readonly country: string;
  readonly date: string;
  readonly sourceIds: readonly string[];
  /** The record is not sure of the date (the participation is marked uncertain). */
  readonly uncertain: boolean;
};

/** A country that joined after the first date and left before the second. */
export type PassingMembership = {
  readonly country: string;
  readonly joined: string;
  readonly left: string;
  readonly sourceIds: readonly string[];
};

/** One bloc between two dates. `joined` and `left` in date order, then by code. */
export type BlocChanges = {
  readonly stayed: readonly string[];
  readonly joined: readonly MembershipChange[];
  readonly left: readonly MembershipChange[];
  /** In neither end's list, but in the bloc for a while between them. */
  readonly cameAndWent: readonly PassingMembership[];
};

/**
 * The participations of a country that count, chained end to start: an observer who became a
 * member on the day they stopped being an observer took part without a break.
 */
function countedOf(bloc: ReadonlyBloc, country: string, roles: CountedRoles): Participation[] {
  return bloc.participants.filter((p) => p.country === country && counts(p, roles));
}

function changeOf(p: Participation, date: string): MembershipChange {
  return { country: p.country, date, sourceIds: p.sourceIds, uncertain: p.uncertain === true };
}

/** When the unbroken run of participations holding on `date` began, and the one that began it. */
function runStart(chain: readonly Participation[], date: string): Participation | undefined {
  let current = chain.find((p) => isActiveOn(p, date));
  while (current?.since !== undefined) {
    const since: string = current.since;
    const before = chain.find((p) => p.until === since);
    if (!before) break;
    current = before;
  }
  return current;
}

/** When the unbroken run of participations holding on `date` ended, and the one that ended it. */
function runEnd(chain: readonly Participation[], date: string): Participation | undefined {
  let current = chain.find((p) => isActiveOn(p, date));
  while (current?.until !== undefined) {
    const until: string = current.until;
    const after = chain.find((p) => p.since === until);
    if (!after) break;
    current = after;
  }
  return current;
}

const byDate = (a: { date: string; country: string }, b: { date: string; country: string }) =>
  a.date.localeCompare(b.date) || a.country.localeCompare(b.country);

/**
 * Who stayed in the bloc, who joined and who left between two dates (`from` before `to`), each
 * change with its date and sources. A change of role within what counts (an observer who became a
 * member, with `roles: "all"`) is staying.
 */
export function changesBetween(
  bloc: ReadonlyBloc,
  from: string,
  to: string,
  roles: CountedRoles = "members",
): BlocChanges {
  const before = new Set(countedCodesOn(bloc, from, roles));
  const after = new Set(countedCodesOn(bloc, to, roles));
  const joined = [...after]
    .filter((code) => !before.has(code))
    .flatMap((code) => {
      const start = runStart(countedOf(bloc, code, roles), to);
      return start?.since === undefined ? [] : [changeOf(start, start.since)];
    })
    .sort(byDate);
  const left = [...before]
    .filter((code) => !after.has(code))
    .flatMap((code) => {
      const end = runEnd(countedOf(bloc, code, roles), from);
      return end?.until === undefined ? [] : [changeOf(end, end.until)];
    })
    .sort(byDate);
  const cameAndWent = bloc.participants
    .filter(
      (p) =>
        counts(p, roles) &&
        !before.has(p.country) &&
        !after.has(p.country) &&
        p.since !== undefined &&
        p.since > from &&
        p.until !== undefined &&
        p.until <= to,
    )
    .map((p) => ({
      country: p.country,
      joined: p.since ?? from,
      left: p.until ?? to,
      sourceIds: p.sourceIds,
    }))
    .sort((a, b) => a.joined.localeCompare(b.joined) || a.country.localeCompare(b.country));
  return {
    stayed: [...before].filter((code) => after.has(code)).sort(),
    joined,
    left,
    cameAndWent,
  };
}

/**
 * The three sets a comparison colours, in one shape for both kinds: two blocs (in both, only in
 * the first, only in the second) or one bloc between two dates (stayed, left, joined: the earlier
 * date is the first, the later the second).
 */
export type ComparedSets = {
  readonly kind: "blocs" | "dates";
  readonly both: readonly string[];
  readonly first: readonly string[];
  readonly second: readonly string[];
};

/** A comparison as the panels show it: what is compared, and what came of it. */
export type Comparison =
  | {
      readonly kind: "blocs";
      readonly first: ReadonlyBloc;
      readonly second: ReadonlyBloc;
      readonly date: string;
      readonly roles: CountedRoles;
      readonly overlap: BlocOverlap;
      readonly sets: ComparedSets;
    }
  | {
      readonly kind: "dates";
      readonly bloc: ReadonlyBloc;
      readonly from: string;
      readonly to: string;
      readonly roles: CountedRoles;
      readonly changes: BlocChanges;
      readonly sets: ComparedSets;
    };

/** Two blocs compared on a date. */
export function compareBlocs(
  first: ReadonlyBloc,
  second: ReadonlyBloc,
  date: string,
  roles: CountedRoles,
): Comparison {
  const overlap = overlapOn(first, second, date, roles);
  const sets: ComparedSets = {
    kind: "blocs",
    both: overlap.both,
    first: overlap.onlyFirst,
    second: overlap.onlySecond,
  };
  return { kind: "blocs", first, second, date, roles, overlap, sets };
}

/** One bloc compared between two dates, `from` before `to`. */
export function compareDates(bloc: ReadonlyBloc, from: string, to: string, roles: CountedRoles): Comparison {
  const changes = changesBetween(bloc, from, to, roles);
  const codes = (list: readonly { readonly country: string }[]) => list.map((c) => c.country).sort();
  const sets: ComparedSets = {
    kind: "dates",
    both: changes.stayed,
    first: codes(changes.left),
    second: codes(changes.joined),
  };
  return { kind: "dates", bloc, from, to, roles, changes, sets };
}

/**
 * The sets as the map element's `data-compare` gives them, ISO codes sorted and comma-separated:
 * `both=…;first=…;second=…`, or `stayed=…;joined=…;left=…`; empty with no comparison.
 */
export function compareAttribute(sets: ComparedSets | undefined): string {
  if (!sets) return "";
  const list = (codes: readonly string[]) => [...codes].sort().join(",");
  return sets.kind === "blocs"
    ? `both=${list(sets.both)};first=${list(sets.first)};second=${list(sets.second)}`
    : `stayed=${list(sets.both)};joined=${list(sets.second)};left=${list(sets.first)}`;
}
