import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { Dataset } from "../data/schema";
import { boundsOfCountries, centreOfCountries, type Bounds } from "../domain/bloc-geometry";
import { associateCodesOn, memberCodesOn } from "../domain/memberships";
import { partyCountries } from "../domain/relations";
import type { BlocLabel, CameraRequest, CountryHighlight } from "../map/MapView";
import type { Selection } from "./atlas-store";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** Asia, the speech's subject, in the middle, with Europe and the Pacific either side. */
export const WORLD_BOUNDS: Bounds = [-25, -50, 215, 72];

export const NO_HIGHLIGHT: CountryHighlight = { members: [], associates: [] };

const sortedUnique = (codes: readonly string[]) => [...new Set(codes)].sort();

/**
 * The countries coloured for what is selected, on the date: a bloc's members (observers and
 * partners lighter); an agreement's country parties (the members of a bloc party lighter); a
 * co-chairmanship's co-chairs.
 */
export function highlightFor(data: Data, selection: Selection, date: string): CountryHighlight {
  const { dataset } = data;
  const bloc = dataset.blocs.find((b) => b.id === selection.blocId);
  if (bloc) return { members: memberCodesOn(bloc, date), associates: associateCodesOn(bloc, date) };
  const agreement = dataset.agreements.find((a) => a.id === selection.agreementId);
  if (agreement) {
    const countries = agreement.parties.flatMap((p) => ("country" in p ? [p.country] : []));
    const blocMembers = agreement.parties.flatMap((p) => ("bloc" in p ? partyCountries(data, p, date) : []));
    return { members: sortedUnique(countries), associates: sortedUnique(blocMembers) };
  }
  const cochair = dataset.coChairmanships.find((c) => c.id === selection.coChairId);
  if (cochair) return { members: sortedUnique(cochair.coChairs), associates: [] };
  return NO_HIGHLIGHT;
}

/**
 * Where the camera should look: a country picked from a list, else what is selected, else the
 * world. The key changes only when the target does, so hovering or opening a panel never moves
 * the map.
 */
export function cameraFor(data: Data, selection: Selection, date: string): CameraRequest {
  if (selection.focusCountry && selection.country) {
    const bounds = boundsOfCountries([selection.country], data.countries);
    if (bounds) return { key: `country:${selection.country}`, bounds };
  }
  const focus = selection.blocId ?? selection.agreementId ?? selection.coChairId;
  if (focus !== undefined) {
    const { members, associates } = highlightFor(data, selection, date);
    // A bloc's observers and partners may be far afield (BRICS's partners): fit its members. An
    // agreement's bloc party is part of the agreement: fit all of it.
    const inView =
      selection.blocId !== undefined && members.length > 0 ? members : [...members, ...associates];
    const bounds = boundsOfCountries(inView, data.countries);
    return { key: `focus:${focus}:${date}`, bounds: bounds ?? WORLD_BOUNDS };
  }
  return { key: "world", bounds: WORLD_BOUNDS };
}

/** One label per bloc with members, at its members' centre; smaller blocs win a place first. */
export function blocLabelsFor(data: Data, date: string): BlocLabel[] {
  return data.dataset.blocs.flatMap((bloc) => {
    const members = memberCodesOn(bloc, date);
    const position = centreOfCountries(members, data.countries);
    if (!position) return [];
    return [{ blocId: bloc.id, label: bloc.shortName, position, rank: members.length }];
  });
}
