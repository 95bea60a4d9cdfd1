import type { DeepReadonly } from "../data/deep-freeze";
import type { Bloc, CountryParticipation, Dataset, ParticipantRole } from "../data/schema";

type ReadonlyBloc = DeepReadonly<Bloc>;
type Participation = DeepReadonly<CountryParticipation>;

/**
 * Roles drawn as full members. A proposed alliance has proposed members and a concept has
 * promoters; for those they are the bloc's core, as members are for an organisation.
 */
export const MEMBER_ROLES: ReadonlySet<ParticipantRole> = new Set(["member", "proposed-member", "promoter"]);

/** Whether a dated participation holds on a date (ISO strings compare in date order). */
export function isActiveOn(
  participation: { readonly since?: string | undefined; readonly until?: string | undefined },
  date: string,
): boolean {
  const { since, until } = participation;
  return (since === undefined || since <= date) && (until === undefined || date < until);
}

/** The bloc's participations that hold on the date. */
export function participationsOn(bloc: ReadonlyBloc, date: string): readonly Participation[] {
  return bloc.participants.filter((p) => isActiveOn(p, date));
}

/** Sorted ISO codes of the bloc's members (or proposed members, or promoters) on the date. */
export function memberCodesOn(bloc: ReadonlyBloc, date: string): string[] {
  return participationsOn(bloc, date)
    .filter((p) => MEMBER_ROLES.has(p.role))
    .map((p) => p.country)
    .sort();
}

/** Sorted ISO codes of observers, partners and the like on the date. */
export function associateCodesOn(bloc: ReadonlyBloc, date: string): string[] {
  return participationsOn(bloc, date)
    .filter((p) => !MEMBER_ROLES.has(p.role))
    .map((p) => p.country)
    .sort();
}

export type CountryBlocRole = { readonly bloc: ReadonlyBloc; readonly role: ParticipantRole };

/** Every bloc the country takes part in on the date, with its role, in dataset order. */
export function blocsOfCountryOn(
  blocs: DeepReadonly<Dataset["blocs"]>,
  iso3: string,
  date: string,
): CountryBlocRole[] {
  return blocs.flatMap((bloc) =>
    participationsOn(bloc, date)
      .filter((p) => p.country === iso3)
      .map((p) => ({ bloc, role: p.role })),
  );
}
