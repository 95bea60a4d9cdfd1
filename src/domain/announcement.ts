import type { CountryIndex } from "../data/country-index";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Dataset } from "../data/schema";
import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS, formatDate } from "./labels";
import { MEMBER_ROLES, associateCodesOn, blocsOfCountryOn, memberCodesOn } from "./memberships";
import {
  RELATION_LABELS,
  STATUS_GROUP_LABELS,
  agreementPasses,
  agreementStatusOn,
  blocsPass,
  coChairmanshipEndedBy,
  coChairmanshipPasses,
  isFiltering,
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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

function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** What the map now shows for the selection, in one sentence; for nothing selected, that it was cleared. */
function focusSentence(data: Data, selection: FocusIds, date: string): string {
  const { dataset, countries } = data;
  if (selection.country !== undefined) {
    const name = countries[selection.country]?.name ?? selection.country;
    const memberships = blocsOfCountryOn(dataset.blocs, selection.country, date).filter((b) =>
      MEMBER_ROLES.has(b.role),
    ).length;
    return `${name}: member of ${plural(memberships, "bloc", "blocs")} the speech names.`;
  }
  const bloc = dataset.blocs.find((b) => b.id === selection.blocId);
  if (bloc) {
    const members = memberCodesOn(bloc, date).length;
    const associates = associateCodesOn(bloc, date).length;
    if (members + associates === 0) return `${bloc.shortName}: no country to highlight.`;
    const lighter =
      associates > 0
        ? `, ${plural(associates, "observer or partner", "observers or partners")} in a lighter colour`
        : "";
    return `${bloc.shortName}: ${plural(members, "member country", "member countries")} highlighted${lighter}.`;
  }
  const agreement = dataset.agreements.find((a) => a.id === selection.agreementId);
  if (agreement) {
    const type = AGREEMENT_TYPE_LABELS[agreement.type].toLowerCase();
    const status = AGREEMENT_STATUS_LABELS[agreementStatusOn(agreement, date)].toLowerCase();
    return `${agreement.shortTitle}: ${type}, ${status}.`;
  }
  const cochair = dataset.coChairmanships.find((c) => c.id === selection.coChairId);
  if (cochair) {
    const names = cochair.coChairs.map((code) => countries[code]?.name ?? code);
    const over = coChairmanshipEndedBy(cochair, date) ? ", over by then" : "";
    return `${cochair.body}: co-chaired by ${namesList(names)}, ${cochair.period.text}${over}.`;
  }
  return "Selection cleared.";
}

function dateSentence(date: string, days: NamedDays): string {
  const which = date === days.speechDate ? " (the speech)" : date === days.today ? " (today)" : "";
  return `Showing memberships and statuses as of ${formatDate(date)}${which}.`;
}

function filtersSentence(data: Data, filters: Filters, date: string): string {
  const { dataset } = data;
  const on = [
    ...filters.relations.map((r) => RELATION_LABELS[r].toLowerCase()),
    ...filters.types.map((t) => AGREEMENT_TYPE_LABELS[t].toLowerCase()),
    ...filters.statuses.map((s) => STATUS_GROUP_LABELS[s].toLowerCase()),
  ];
  const agreements = dataset.agreements.filter((a) => agreementPasses(a, filters, date)).length;
  const cochairs = dataset.coChairmanships.filter((c) => coChairmanshipPasses(c, filters, date)).length;
  const shown = [
    plural(agreements, "agreement", "agreements"),
    plural(cochairs, "co-chairmanship", "co-chairmanships"),
  ].join(" and ");
  const blocs = blocsPass(filters) ? "" : "; blocs hidden";
  return `${isFiltering(filters) ? `Filters: ${on.join(", ")}` : "Filters cleared"}. ${shown} shown${blocs}.`;
}

/**
 * What a screen reader should say after the view changed from `before` to `after`, once: the new
 * date, the filters and what they leave, and what the selection now highlights (also when only the
 * date changed, since its counts change with it). Undefined when nothing announced has changed.
 */
export function announcementOf(
  data: Data,
  before: AnnouncedView,
  after: AnnouncedView,
  days: NamedDays,
): string | undefined {
  const dateChanged = before.date !== after.date;
  const filtersChanged = filtersKey(before.filters) !== filtersKey(after.filters);
  const focusChanged = focusKey(before.selection) !== focusKey(after.selection);
  const hasFocus = focusKey(after.selection) !== "";
  const parts = [
    dateChanged ? dateSentence(after.date, days) : undefined,
    filtersChanged ? filtersSentence(data, after.filters, after.date) : undefined,
    focusChanged || (dateChanged && hasFocus) ? focusSentence(data, after.selection, after.date) : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(" ");
}
