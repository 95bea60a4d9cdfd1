import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { Dataset, Quote } from "../data/schema";
import type { BlocPair, Comparison } from "./compare";
import { comparisonTitle, rolesPhrase, setLabel, setOrder } from "./compare-text";
import { countryDetails, quotesAbout } from "./details";
import { LOCALE_OF, type Language } from "../data/languages";
import type { Translate } from "../i18n/messages";
import { agreementStatusLabel, agreementTypeLabel, formatDate, formatList, kindLabel } from "./labels";
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

/**
 * The title and line for what the view shows on the date: a country picked on the map first (it is
 * what the viewer last chose), then a comparison, the bloc, agreement or co-chairmanship, else the
 * whole speech.
 */
export function summaryOf(
  t: Translate,
  lang: Language,
  data: Data,
  focus: FocusIds,
  date: string,
  comparison?: Comparison,
): ViewSummary {
  const { dataset, countries } = data;
  const on = formatDate(date, lang);
  const country = focus.country === undefined ? undefined : countryDetails(data, focus.country, date);
  if (country) {
    const count = country.blocs.filter((b) => MEMBER_ROLES.has(b.role)).length;
    return { title: country.name, line: t("domain.summary.country", { count, date: on }) };
  }
  if (comparison) {
    const counts = setOrder(comparison.sets.kind)
      .map((key) =>
        t("domain.legend.set-count", {
          label: setLabel(t, comparison, key),
          count: comparison.sets[key].length,
        }),
      )
      .join(" · ");
    const roles = rolesPhrase(t, comparison);
    return {
      title: comparisonTitle(t, lang, comparison),
      line:
        comparison.kind === "blocs"
          ? t("domain.summary.comparison-on", { counts, roles, date: on })
          : t("domain.summary.comparison", { counts, roles }),
    };
  }
  const bloc = dataset.blocs.find((b) => b.id === focus.blocId);
  if (bloc) {
    const members = memberCodesOn(bloc, date).length;
    const associates = associateCodesOn(bloc, date).length;
    const kind = kindLabel(t, bloc.kind);
    const title = bloc.shortName === bloc.name ? bloc.name : `${bloc.shortName}: ${bloc.name}`;
    const line =
      associates > 0
        ? t("domain.summary.bloc-with-associates", { kind, members, associates, date: on })
        : t("domain.summary.bloc", { kind, members, date: on });
    return { title, line };
  }
  const agreement = dataset.agreements.find((a) => a.id === focus.agreementId);
  if (agreement) {
    const status = agreementStatusLabel(t, agreementStatusOn(agreement, date)).toLocaleLowerCase(
      LOCALE_OF[lang],
    );
    return {
      title: agreement.shortTitle,
      line: t("domain.summary.agreement", { type: agreementTypeLabel(t, agreement.type), status, date: on }),
    };
  }
  const cochair = dataset.coChairmanships.find((c) => c.id === focus.coChairId);
  if (cochair) {
    const names = formatList(
      cochair.coChairs.map((code) => countries[code]?.name ?? code),
      lang,
    );
    const period = cochair.period.text;
    return {
      title: cochair.body,
      line: coChairmanshipEndedBy(cochair, date)
        ? t("domain.summary.cochair-over", { names, period, date: on })
        : t("domain.summary.cochair", { names, period }),
    };
  }
  const { speech } = dataset;
  return {
    title: t("domain.summary.speech-title"),
    line: `${speech.speaker}, ${speech.place}, ${formatDate(speech.date, lang)}`,
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
