import type { Language } from "../data/languages";
import { LOCALE_OF } from "../data/languages";
import type { Translate } from "../i18n/messages";
import type { Comparison, ComparedSets } from "./compare";
import { formatDate } from "./labels";

/** One of a comparison's three sets, by its place in `ComparedSets`. */
export type SetKey = "both" | "first" | "second";

/** The sets in the order they are listed: the shared one first; for dates, stayed, joined, left. */
export function setOrder(kind: ComparedSets["kind"]): readonly SetKey[] {
  return kind === "blocs" ? ["both", "first", "second"] : ["both", "second", "first"];
}

/** What a comparison shows, in a few words: "BRICS and SCO", "BRICS, 25 February 2019 to …". */
export function comparisonTitle(t: Translate, lang: Language, comparison: Comparison): string {
  if (comparison.kind === "dates")
    return t("domain.compare.title-dates", {
      bloc: comparison.bloc.shortName,
      from: formatDate(comparison.from, lang),
      to: formatDate(comparison.to, lang),
    });
  const { first, second } = comparison;
  return first.id === second.id
    ? t("domain.compare.title-itself", { bloc: first.shortName })
    : t("domain.compare.title-blocs", { first: first.shortName, second: second.shortName });
}

/**
 * When the map shows: "as of 25 February 2019"; for one bloc between two dates, the two ends,
 * "from 25 February 2019 to 29 November 2026" (a single "as of" would hide the earlier one).
 */
export function shownWhen(
  t: Translate,
  lang: Language,
  date: string,
  comparison: Comparison | undefined,
): string {
  return comparison?.kind === "dates"
    ? t("domain.compare.from-to", {
        from: formatDate(comparison.from, lang),
        to: formatDate(comparison.to, lang),
      })
    : t("domain.compare.as-of", { date: formatDate(date, lang) });
}

/** Each set's name: "In both", "Only in BRICS"; or "Stayed", "Joined", "Left". */
export function setLabel(t: Translate, comparison: Comparison, key: SetKey): string {
  if (comparison.kind === "dates") {
    return t(
      key === "both"
        ? "domain.compare.stayed"
        : key === "first"
          ? "domain.compare.left"
          : "domain.compare.joined",
    );
  }
  if (key === "both") return t("domain.compare.in-both");
  return t("domain.compare.only-in", {
    bloc: key === "first" ? comparison.first.shortName : comparison.second.shortName,
  });
}

/** Names in the lists' language, sorted as a reader of that language looks them up. */
export function namesOf(
  codes: readonly string[],
  countryNames: ReadonlyMap<string, string>,
  lang: Language,
): string[] {
  const collator = new Intl.Collator(LOCALE_OF[lang]);
  return codes.map((code) => countryNames.get(code) ?? code).sort(collator.compare);
}

/** A set with its count and names: "In both: 3 — China, India, Russia"; "In both: none". */
export function setSummary(
  t: Translate,
  lang: Language,
  comparison: Comparison,
  key: SetKey,
  countryNames: ReadonlyMap<string, string>,
): string {
  const codes = comparison.sets[key];
  const label = setLabel(t, comparison, key);
  return codes.length === 0
    ? t("domain.compare.set-none", { label })
    : t("domain.compare.set-summary", {
        label,
        count: codes.length,
        names: namesOf(codes, countryNames, lang).join(", "),
      });
}

/** Who counts, as the panels and legend say it. */
export function rolesPhrase(t: Translate, comparison: Comparison): string {
  return t(comparison.roles === "all" ? "domain.compare.roles-all" : "domain.compare.roles-members");
}
