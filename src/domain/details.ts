import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type {
  Agreement,
  Bloc,
  CoChairmanship,
  ContextNote,
  CountryParticipation,
  Dataset,
  ParticipantRole,
  Quote,
  Source,
} from "../data/schema";
import { MEMBER_ROLES, blocsOfCountryOn, isActiveOn } from "./memberships";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

export type ParticipantLine = {
  readonly code: string;
  readonly name: string;
  readonly role: ParticipantRole;
  /** Joined after the date shown. */
  readonly joinsLater: string | undefined;
  /** Left (or changed role) after the date shown. */
  readonly leavesLater: string | undefined;
  readonly note: string | undefined;
};

export type BlocDetails = {
  readonly bloc: DeepReadonly<Bloc>;
  /** Members (or proposed members, promoters) on the date, by name. */
  readonly members: readonly ParticipantLine[];
  /** Observers, partners and the like on the date, by name. */
  readonly associates: readonly ParticipantLine[];
  /** Who joined after the date, in date order. */
  readonly laterJoins: readonly ParticipantLine[];
  readonly agreements: readonly DeepReadonly<Agreement>[];
  readonly coChairmanships: readonly DeepReadonly<CoChairmanship>[];
  readonly quotes: readonly DeepReadonly<Quote>[];
  readonly notes: readonly DeepReadonly<ContextNote>[];
  readonly sources: readonly DeepReadonly<Source>[];
};

function nameOf(data: Data, code: string): string {
  return data.countries[code]?.name ?? code;
}

function lineOf(data: Data, p: DeepReadonly<CountryParticipation>, date: string): ParticipantLine {
  return {
    code: p.country,
    name: nameOf(data, p.country),
    role: p.role,
    joinsLater: p.since !== undefined && p.since > date ? p.since : undefined,
    leavesLater: p.until !== undefined && p.until > date ? p.until : undefined,
    note: p.note,
  };
}

const byName = (a: ParticipantLine, b: ParticipantLine) => a.name.localeCompare(b.name, "en");

export function sourcesById(
  sources: readonly DeepReadonly<Source>[],
  ids: Iterable<string>,
): DeepReadonly<Source>[] {
  const wanted = new Set(ids);
  return sources.filter((s) => wanted.has(s.id));
}

export function quotesAbout(data: Data, id: string): DeepReadonly<Quote>[] {
  return data.dataset.quotes.filter((q) => q.about.includes(id)).sort((a, b) => a.start - b.start);
}

export function notesAbout(data: Data, id: string): DeepReadonly<ContextNote>[] {
  return data.dataset.contextNotes.filter((n) => n.about.includes(id));
}

/** Everything the bloc panel shows, as of a date. */
export function blocDetails(data: Data, blocId: string, date: string): BlocDetails | undefined {
  const bloc = data.dataset.blocs.find((b) => b.id === blocId);
  if (!bloc) return undefined;
  const active = bloc.participants.filter((p) => isActiveOn(p, date)).map((p) => lineOf(data, p, date));
  const laterJoins = bloc.participants
    .filter((p) => p.since !== undefined && p.since > date)
    .map((p) => lineOf(data, p, date))
    .sort((a, b) => (a.joinsLater ?? "").localeCompare(b.joinsLater ?? "") || byName(a, b));
  const agreements = data.dataset.agreements.filter((a) =>
    a.parties.some((party) => "bloc" in party && party.bloc === bloc.id),
  );
  const coChairmanships = data.dataset.coChairmanships.filter((c) => c.parentBlocId === bloc.id);
  const participantSources = bloc.participants.flatMap((p) => p.sourceIds);
  return {
    bloc,
    members: active.filter((l) => MEMBER_ROLES.has(l.role)).sort(byName),
    associates: active.filter((l) => !MEMBER_ROLES.has(l.role)).sort(byName),
    laterJoins,
    agreements,
    coChairmanships,
    quotes: quotesAbout(data, bloc.id),
    notes: notesAbout(data, bloc.id),
    sources: sourcesById(data.dataset.sources, [...bloc.sourceIds, ...participantSources]),
  };
}

export type CountryAgreement = {
  readonly agreement: DeepReadonly<Agreement>;
  /** The bloc through which the country is party, if not directly. */
  readonly via: DeepReadonly<Bloc> | undefined;
};

export type CountryDetails = {
  readonly code: string;
  readonly name: string;
  readonly blocs: readonly { readonly bloc: DeepReadonly<Bloc>; readonly role: ParticipantRole }[];
  readonly agreements: readonly CountryAgreement[];
  readonly coChairmanships: readonly DeepReadonly<CoChairmanship>[];
  readonly quotes: readonly DeepReadonly<Quote>[];
};

/** Everything the country panel shows, as of a date. */
export function countryDetails(data: Data, iso3: string, date: string): CountryDetails | undefined {
  const entry = data.countries[iso3];
  if (!entry) return undefined;
  const blocs = blocsOfCountryOn(data.dataset.blocs, iso3, date);
  const memberOf = new Map(blocs.filter((b) => MEMBER_ROLES.has(b.role)).map((b) => [b.bloc.id, b.bloc]));
  const agreements = data.dataset.agreements.flatMap((agreement): CountryAgreement[] => {
    if (agreement.parties.some((p) => "country" in p && p.country === iso3))
      return [{ agreement, via: undefined }];
    const throughBloc = agreement.parties.flatMap((p) => ("bloc" in p ? [memberOf.get(p.bloc)] : []))[0];
    return throughBloc ? [{ agreement, via: throughBloc }] : [];
  });
  return {
    code: iso3,
    name: entry.name,
    blocs,
    agreements,
    coChairmanships: data.dataset.coChairmanships.filter(
      (c) => c.coChairs.includes(iso3) || (c.coChairsAsSpoken?.includes(iso3) ?? false),
    ),
    quotes: data.dataset.quotes
      .filter((q) => q.countries?.includes(iso3) ?? false)
      .sort((a, b) => a.start - b.start),
  };
}
