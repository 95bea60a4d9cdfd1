import type { Language } from "../data/languages";
import type { Translate } from "../i18n/messages";
import type { Comparison } from "./compare";
import { comparisonTitle, namesOf, rolesPhrase, setOrder, setSummary } from "./compare-text";
import { formatDate } from "./labels";
import type { CountryHighlight } from "./map-model";

/**
 * What the map shows, in words: for a page whose map cannot be drawn (no WebGL, no geometry), the
 * countries it would colour, by name. `focus` is the selection's name, if there is one.
 */
export function mapTextAlternative(
  t: Translate,
  lang: Language,
  focus: string | undefined,
  highlight: CountryHighlight,
  countryNames: ReadonlyMap<string, string>,
): string {
  if (focus === undefined) return t("map.text-nothing-selected");
  const { members, associates } = highlight;
  if (members.length === 0 && associates.length === 0) return t("map.text-none-coloured", { focus });
  const strong = t("map.text-coloured", {
    focus,
    count: members.length,
    names: namesOf(members, countryNames, lang).join(", "),
  });
  if (associates.length === 0) return strong;
  return `${strong} ${t("map.text-coloured-lightly", { names: namesOf(associates, countryNames, lang).join(", ") })}`;
}

/**
 * A comparison in words, for a page whose map cannot be drawn: what is compared, on what dates,
 * and each of the three sets with its count and names.
 */
export function comparisonText(
  t: Translate,
  lang: Language,
  comparison: Comparison,
  countryNames: ReadonlyMap<string, string>,
): string {
  const what =
    comparison.kind === "blocs"
      ? t("map.text-compared-on", {
          title: comparisonTitle(t, lang, comparison),
          date: formatDate(comparison.date, lang),
        })
      : t("map.text-between", {
          bloc: comparison.bloc.shortName,
          from: formatDate(comparison.from, lang),
          to: formatDate(comparison.to, lang),
        });
  const sets = setOrder(comparison.sets.kind).map((key) =>
    setSummary(t, lang, comparison, key, countryNames),
  );
  return t("map.text-comparison", { what, roles: rolesPhrase(t, comparison), sets: sets.join(". ") });
}
