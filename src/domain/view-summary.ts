import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { Dataset, Quote } from "../data/schema";
import type { BlocPair, Comparison } from "./compare";
import { comparisonTitle, rolesPhrase, setLabel, setOrder } from "./compare-text";
import { countryDetails, quotesAbout } from "./details";
import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS, KIND_LABELS, formatDate } from "./labels";
import { MEMBER_ROLES, associateCodesOn, memberCodesOn } from "./memberships";
import { agreementStatusOn, coChairmanshipEndedBy } from "./relations";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** What a view is focused on, by the URL's own names. */
export type FocusIds = {
  readonly blocId: string | undefined;
  readonly agreementId: string | undefined;
  readonly coChairId: string | undefined;
  readonly country: string | undefined;
  /** Two blocs compared; their quotes are the view's. */
  readonly compare?: BlocPair | undefined;
};

/** A title and one line saying what it is, for a compact view (an embed, an image, a slide). */
export type ViewSummary = { readonly title: string; readonly line: string };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * The title and line for what the view shows on the date: a country picked on the map first (it is
 * what the viewer last chose), then a comparison, the bloc, agreement or co-chairmanship, else the
 * whole speech.
 */
export function summaryOf(data: Data, focus: FocusIds, date: string, comparison?: Comparison): ViewSummary {
  const { dataset, countries } = data;
  const on = formatDate(date);
  const country = focus.country === undefined ? undefined : countryDetails(data, focus.country, date);
  if (country) {
    const memberships = country.blocs.filter((b) => MEMBER_ROLES.has(b.role)).length;
    return {
      title: country.name,
      line: `Member of ${plural(memberships, "bloc", "blocs")} the speech names, as of ${on}`,
    };
  }
  if (comparison) {
    const counts = setOrder(comparison.sets.kind)
      .map((key) => `${setLabel(comparison, key)}: ${comparison.sets[key].length}`)
      .join(" · ");
    const when = comparison.kind === "blocs" ? `, as of ${on}` : "";
    return { title: comparisonTitle(comparison), line: `${counts} (${rolesPhrase(comparison)})${when}` };
  }
  const bloc = dataset.blocs.find((b) => b.id === focus.blocId);
  if (bloc) {
    const members = memberCodesOn(bloc, date).length;
    const associates = associateCodesOn(bloc, date).length;
    const counts = [
      plural(members, "member country", "member countries"),
      ...(associates > 0 ? [plural(associates, "observer or partner", "observers or partners")] : []),
    ].join(", ");
    const title = bloc.shortName === bloc.name ? bloc.name : `${bloc.shortName}: ${bloc.name}`;
    return { title, line: `${KIND_LABELS[bloc.kind]} · ${counts} as of ${on}` };
  }
  const agreement = dataset.agreements.find((a) => a.id === focus.agreementId);
  if (agreement) {
    const status = AGREEMENT_STATUS_LABELS[agreementStatusOn(agreement, date)];
    return {
      title: agreement.shortTitle,
      line: `${AGREEMENT_TYPE_LABELS[agreement.type]} · ${status.toLowerCase()} as of ${on}`,
    };
  }
  const cochair = dataset.coChairmanships.find((c) => c.id === focus.coChairId);
  if (cochair) {
    const names = cochair.coChairs.map((code) => countries[code]?.name ?? code);
    const period = coChairmanshipEndedBy(cochair, date)
      ? `${cochair.period.text}, over by ${on}`
      : cochair.period.text;
    return { title: cochair.body, line: `Co-chaired by ${namesList(names)} · ${period}` };
  }
  const { speech } = dataset;
  return {
    title: "Blocs, agreements and co-chairs in the speech",
    line: `${speech.speaker}, ${speech.place}, ${formatDate(speech.date)}`,
  };
}

/**
 * The one quote a compact view shows: the one the link names, else the first passage about what is
 * in focus (a country: the first that names it). None for the whole speech.
 */
export function keyQuoteOf(
  data: Data,
  focus: FocusIds,
  namedQuoteId: string | undefined,
): DeepReadonly<Quote> | undefined {
  const named = data.dataset.quotes.find((q) => q.id === namedQuoteId);
  if (named) return named;
  if (focus.country !== undefined) {
    return data.dataset.quotes
      .filter((q) => q.countries?.includes(focus.country ?? "") ?? false)
      .sort((a, b) => a.start - b.start)[0];
  }
  if (focus.compare) {
    const pair = focus.compare;
    return data.dataset.quotes
      .filter((q) => pair.some((id) => q.about.includes(id)))
      .sort((a, b) => a.start - b.start)[0];
  }
  const id = focus.blocId ?? focus.agreementId ?? focus.coChairId;
  return id === undefined ? undefined : quotesAbout(data, id)[0];
}
