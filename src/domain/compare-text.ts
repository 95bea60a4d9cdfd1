import type { Comparison, ComparedSets } from "./compare";
import { formatDate } from "./labels";

/** One of a comparison's three sets, by its place in `ComparedSets`. */
export type SetKey = "both" | "first" | "second";

/** The sets in the order they are listed: the shared one first; for dates, stayed, joined, left. */
export function setOrder(kind: ComparedSets["kind"]): readonly SetKey[] {
  return kind === "blocs" ? ["both", "first", "second"] : ["both", "second", "first"];
}

/** What a comparison shows, in a few words: "BRICS and SCO", "BRICS, 25 February 2019 to …". */
export function comparisonTitle(comparison: Comparison): string {
  if (comparison.kind === "dates")
    return `${comparison.bloc.shortName}, ${formatDate(comparison.from)} to ${formatDate(comparison.to)}`;
  const { first, second } = comparison;
  return first.id === second.id
    ? `${first.shortName} with itself`
    : `${first.shortName} and ${second.shortName}`;
}

/**
 * When the map shows: "as of 25 February 2019"; for one bloc between two dates, the two ends,
 * "from 25 February 2019 to 29 November 2026" (a single "as of" would hide the earlier one).
 */
export function shownWhen(date: string, comparison: Comparison | undefined): string {
  return comparison?.kind === "dates"
    ? `from ${formatDate(comparison.from)} to ${formatDate(comparison.to)}`
    : `as of ${formatDate(date)}`;
}

/** Each set's name: "In both", "Only in BRICS"; or "Stayed", "Joined", "Left". */
export function setLabel(comparison: Comparison, key: SetKey): string {
  if (comparison.kind === "dates") return { both: "Stayed", first: "Left", second: "Joined" }[key];
  return {
    both: "In both",
    first: `Only in ${comparison.first.shortName}`,
    second: `Only in ${comparison.second.shortName}`,
  }[key];
}

/** Names in the lists' language, sorted as a reader looks them up. */
export function namesOf(codes: readonly string[], countryNames: ReadonlyMap<string, string>): string[] {
  return codes.map((code) => countryNames.get(code) ?? code).sort((a, b) => a.localeCompare(b, "en"));
}

/** A set with its count and names: "In both: 3 — China, India, Russia"; "In both: none". */
export function setSummary(
  comparison: Comparison,
  key: SetKey,
  countryNames: ReadonlyMap<string, string>,
): string {
  const codes = comparison.sets[key];
  const label = setLabel(comparison, key);
  return codes.length === 0
    ? `${label}: none`
    : `${label}: ${codes.length} — ${namesOf(codes, countryNames).join(", ")}`;
}

/** Who counts, as the panels and legend say it. */
export function rolesPhrase(comparison: Comparison): string {
  return comparison.roles === "all" ? "every participant, observers and partners too" : "members only";
}
