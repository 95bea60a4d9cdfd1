import type { CountryIndex } from "../data/country-index";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Dataset } from "../data/schema";
import { LOCALE_OF, type Language } from "../data/languages";
import type { Translate } from "../i18n/messages";
import { agreementStatusLabel, agreementTypeLabel, formatDate, formatList } from "./labels";
import { MEMBER_ROLES, associateCodesOn, blocsOfCountryOn, memberCodesOn } from "./memberships";
import {
  agreementPasses,
  agreementStatusOn,
  blocsPass,
  coChairmanshipEndedBy,
  coChairmanshipPasses,
  isFiltering,
  relationLabel,
  statusGroupLabel,
  type Filters,
} from "./relations";
import type { FocusIds } from "./view-summary";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** What a change is announced from: what is selected, what the filters let through, and the date. */
export type AnnouncedView = {
  readonly selection: FocusIds;
  readonly filters: Filters;
  readonly date: string;
};

/** The two days the date control names, so the words can say "today" and "the speech". */
export type NamedDays = { readonly speechDate: string; readonly today: string };

/** The words of an announcement, in the language it is made in. */
type Words = { readonly t: Translate; readonly lang: Language };

/** What the viewer is looking at: a country over anything else, as the details panel shows it. */
function focusKey(selection: FocusIds): string {
  if (selection.country !== undefined) return `country:${selection.country}`;
  if (selection.blocId !== undefined) return `bloc:${selection.blocId}`;
  if (selection.agreementId !== undefined) return `agreement:${selection.agreementId}`;
  if (selection.coChairId !== undefined) return `cochair:${selection.coChairId}`;
  return "";
}

function filtersKey(filters: Filters): string {
  return [filters.types, filters.statuses, filters.relations]
    .map((list) => [...list].sort().join(","))
    .join("|");
}

/** What the map now shows for the selection, in one sentence; for nothing selected, that it was cleared. */
function focusSentence({ t, lang }: Words, data: Data, selection: FocusIds, date: string): string {
  const { dataset, countries } = data;
  if (selection.country !== undefined) {
    const name = countries[selection.country]?.name ?? selection.country;
    const count = blocsOfCountryOn(dataset.blocs, selection.country, date).filter((b) =>
      MEMBER_ROLES.has(b.role),
    ).length;
    return t("shell.announce-country", { name, count });
  }
  const bloc = dataset.blocs.find((b) => b.id === selection.blocId);
  if (bloc) {
    const members = memberCodesOn(bloc, date).length;
    const associates = associateCodesOn(bloc, date).length;
    if (members + associates === 0) return t("shell.announce-bloc-empty", { bloc: bloc.shortName });
    return associates > 0
      ? t("shell.announce-bloc-with-associates", { bloc: bloc.shortName, members, associates })
      : t("shell.announce-bloc", { bloc: bloc.shortName, members });
  }
  const agreement = dataset.agreements.find((a) => a.id === selection.agreementId);
  if (agreement) {
    const lower = (text: string) => text.toLocaleLowerCase(LOCALE_OF[lang]);
    return t("shell.announce-agreement", {
      title: agreement.shortTitle,
      type: lower(agreementTypeLabel(t, agreement.type)),
      status: lower(agreementStatusLabel(t, agreementStatusOn(agreement, date))),
    });
  }
  const cochair = dataset.coChairmanships.find((c) => c.id === selection.coChairId);
  if (cochair) {
    const names = formatList(
      cochair.coChairs.map((code) => countries[code]?.name ?? code),
      lang,
    );
    const values = { body: cochair.body, names, period: cochair.period.text };
    return coChairmanshipEndedBy(cochair, date)
      ? t("shell.announce-cochair-over", values)
      : t("shell.announce-cochair", values);
  }
  return t("shell.announce-cleared");
}

function dateSentence({ t, lang }: Words, date: string, days: NamedDays): string {
  const which = date === days.speechDate ? "speech" : date === days.today ? "today" : "other";
  return t("shell.announce-date", { date: formatDate(date, lang), which });
}

function filtersSentence({ t, lang }: Words, data: Data, filters: Filters, date: string): string {
  const { dataset } = data;
  const lower = (text: string) => text.toLocaleLowerCase(LOCALE_OF[lang]);
  const on = [
    ...filters.relations.map((r) => lower(relationLabel(t, r))),
    ...filters.types.map((type) => lower(agreementTypeLabel(t, type))),
    ...filters.statuses.map((s) => lower(statusGroupLabel(t, s))),
  ];
  const agreements = dataset.agreements.filter((a) => agreementPasses(a, filters, date)).length;
  const cochairs = dataset.coChairmanships.filter((c) => coChairmanshipPasses(c, filters, date)).length;
  const state = isFiltering(filters)
    ? t("shell.announce-filters-on", { list: on.join(", ") })
    : t("shell.announce-filters-cleared");
  const shown = t("shell.announce-shown", {
    agreements,
    cochairs,
    hidden: blocsPass(filters) ? "no" : "yes",
  });
  return `${state} ${shown}`;
}

/**
 * What a screen reader should say after the view changed from `before` to `after`, once: the new
 * date, the filters and what they leave, and what the selection now highlights (also when only the
 * date changed, since its counts change with it). Undefined when nothing announced has changed.
 */
export function announcementOf(
  t: Translate,
  lang: Language,
  data: Data,
  before: AnnouncedView,
  after: AnnouncedView,
  days: NamedDays,
): string | undefined {
  const words = { t, lang };
  const dateChanged = before.date !== after.date;
  const filtersChanged = filtersKey(before.filters) !== filtersKey(after.filters);
  const focusChanged = focusKey(before.selection) !== focusKey(after.selection);
  const hasFocus = focusKey(after.selection) !== "";
  const parts = [
    dateChanged ? dateSentence(words, after.date, days) : undefined,
    filtersChanged ? filtersSentence(words, data, after.filters, after.date) : undefined,
    focusChanged || (dateChanged && hasFocus)
      ? focusSentence(words, data, after.selection, after.date)
      : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(" ");
}
