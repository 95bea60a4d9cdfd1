import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { Bloc } from "../data/schema";
import { centreOfCountries } from "./bloc-geometry";
import type { Dataset } from "../data/schema";
import type { BlocLabel } from "./map-model";
import { memberCodesOn } from "./memberships";

type Countries = DeepReadonly<CountryIndex>;

/** A bloc and its members on some date: what its label's place is chosen from. */
export type BlocMembers = { readonly blocId: string; readonly members: readonly string[] };

/** Where a bloc's label (and its end of a line) goes: on a member, at that member's anchor. */
export type LabelAnchor = { readonly iso3: string; readonly position: readonly [number, number] };

/** The great-circle angle, in radians, between two [lon, lat] points given in degrees. */
function angularDistance(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * One member per bloc to carry its label: the member whose anchor (a point inside it, from the
 * country index) lies nearest the members' centre, so the label names land the bloc holds, never
 * sea or a non-member; one large enough to see, where the bloc has one. Smaller blocs choose
 * first, and a bloc takes a member no other label has taken where it has one, so labels of
 * overlapping blocs (the Eurasian formats) spread over their members instead of piling onto one
 * country. A bloc with no known member gets no anchor.
 */
export function labelAnchors(blocs: readonly BlocMembers[], countries: Countries): Map<string, LabelAnchor> {
  const order = [...blocs].sort(
    (a, b) => a.members.length - b.members.length || a.blocId.localeCompare(b.blocId),
  );
  const taken = new Set<string>();
  const anchors = new Map<string, LabelAnchor>();
  for (const { blocId, members } of order) {
    const centre = centreOfCountries(members, countries);
    if (!centre) continue;
    const byDistance = members
      .flatMap((iso3) => {
        const entry = countries[iso3];
        if (!entry) return [];
        const distance = angularDistance(entry.anchor, centre);
        return [{ iso3, position: entry.anchor, small: entry.small, distance }];
      })
      // A country drawn as a dot is too small to carry a label, which would hide the dot: only
      // where every member is that small.
      .sort(
        (a, b) =>
          Number(a.small) - Number(b.small) || a.distance - b.distance || a.iso3.localeCompare(b.iso3),
      );
    const chosen = byDistance.find((m) => !taken.has(m.iso3)) ?? byDistance[0];
    if (!chosen) continue;
    taken.add(chosen.iso3);
    anchors.set(blocId, { iso3: chosen.iso3, position: [chosen.position[0], chosen.position[1]] });
  }
  return anchors;
}

const anchorCache = new WeakMap<
  Countries,
  WeakMap<readonly DeepReadonly<Bloc>[], Map<string, Map<string, LabelAnchor>>>
>();

/**
 * Every bloc's label anchor on a date, from its members that day; computed once per (frozen)
 * dataset and date, since the labels and every line with a bloc at one end read it.
 */
export function labelAnchorsOn(
  blocs: readonly DeepReadonly<Bloc>[],
  countries: Countries,
  date: string,
): ReadonlyMap<string, LabelAnchor> {
  let byBlocs = anchorCache.get(countries);
  if (!byBlocs) {
    byBlocs = new WeakMap();
    anchorCache.set(countries, byBlocs);
  }
  let byDate = byBlocs.get(blocs);
  if (!byDate) {
    byDate = new Map();
    byBlocs.set(blocs, byDate);
  }
  let anchors = byDate.get(date);
  if (!anchors) {
    anchors = labelAnchors(
      blocs.map((bloc) => ({ blocId: bloc.id, members: memberCodesOn(bloc, date) })),
      countries,
    );
    byDate.set(date, anchors);
  }
  return anchors;
}

/**
 * One label per bloc with members, on one of its members (see labelAnchors); smaller blocs win a
 * place first.
 */
export function blocLabelsFor(
  data: DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>,
  date: string,
): BlocLabel[] {
  const anchors = labelAnchorsOn(data.dataset.blocs, data.countries, date);
  return data.dataset.blocs.flatMap((bloc) => {
    const anchor = anchors.get(bloc.id);
    if (!anchor) return [];
    const rank = memberCodesOn(bloc, date).length;
    return [{ blocId: bloc.id, label: bloc.shortName, position: anchor.position, rank }];
  });
}
