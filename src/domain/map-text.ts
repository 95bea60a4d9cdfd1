import type { Comparison } from "./compare";
import { comparisonTitle, rolesPhrase, setOrder, setSummary } from "./compare-text";
import { formatDate } from "./labels";
import type { CountryHighlight } from "./map-model";

/** Names in the list's language, sorted as a reader looks them up, joined into one phrase. */
function namesOf(codes: readonly string[], countryNames: ReadonlyMap<string, string>): string {
  return codes
    .map((code) => countryNames.get(code) ?? code)
    .sort((a, b) => a.localeCompare(b, "en"))
    .join(", ");
}

/**
 * What the map shows, in words: for a page whose map cannot be drawn (no WebGL, no geometry), the
 * countries it would colour, by name. `focus` is the selection's name, if there is one.
 */
export function mapTextAlternative(
  focus: string | undefined,
  highlight: CountryHighlight,
  countryNames: ReadonlyMap<string, string>,
): string {
  if (focus === undefined)
    return "Nothing is selected. The map would show the blocs' names and the agreements' lines; choose one in the lists to see its countries.";
  const { members, associates } = highlight;
  if (members.length === 0 && associates.length === 0) return `${focus}: no country is coloured.`;
  const strong = `${focus}: ${members.length} ${members.length === 1 ? "country" : "countries"} coloured, ${namesOf(members, countryNames)}.`;
  if (associates.length === 0) return strong;
  return `${strong} Coloured lightly: ${namesOf(associates, countryNames)}.`;
}

/**
 * A comparison in words, for a page whose map cannot be drawn: what is compared, on what dates,
 * and each of the three sets with its count and names.
 */
export function comparisonText(comparison: Comparison, countryNames: ReadonlyMap<string, string>): string {
  const what =
    comparison.kind === "blocs"
      ? `${comparisonTitle(comparison)} compared on ${formatDate(comparison.date)}`
      : `${comparison.bloc.shortName} between ${formatDate(comparison.from)} and ${formatDate(comparison.to)}`;
  const sets = setOrder(comparison.sets.kind).map((key) => setSummary(comparison, key, countryNames));
  return `${what} (${rolesPhrase(comparison)}). ${sets.join(". ")}.`;
}
