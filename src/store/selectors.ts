import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { Dataset } from "../data/schema";
import { boundsOfCountries, centreOfCountries, type Bounds } from "../domain/bloc-geometry";
import { associateCodesOn, memberCodesOn } from "../domain/memberships";
import type { BlocLabel, CameraRequest, CountryHighlight } from "../map/MapView";
import type { Selection } from "./atlas-store";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** Asia, the speech's subject, in the middle, with Europe and the Pacific either side. */
export const WORLD_BOUNDS: Bounds = [-25, -50, 215, 72];

export const NO_HIGHLIGHT: CountryHighlight = { members: [], associates: [] };

/** The countries coloured for the selected bloc on the date. */
export function highlightFor(data: Data, blocId: string | undefined, date: string): CountryHighlight {
  const bloc = blocId === undefined ? undefined : data.dataset.blocs.find((b) => b.id === blocId);
  if (!bloc) return NO_HIGHLIGHT;
  return { members: memberCodesOn(bloc, date), associates: associateCodesOn(bloc, date) };
}

/**
 * Where the camera should look: a country picked from a list, else the selected bloc's members,
 * else the world. The key changes only when the target does, so hovering or opening a panel never
 * moves the map.
 */
export function cameraFor(data: Data, selection: Selection, date: string): CameraRequest {
  if (selection.focusCountry && selection.country) {
    const bounds = boundsOfCountries([selection.country], data.countries);
    if (bounds) return { key: `country:${selection.country}`, bounds };
  }
  const bloc = data.dataset.blocs.find((b) => b.id === selection.blocId);
  if (bloc) {
    const members = memberCodesOn(bloc, date);
    const bounds = boundsOfCountries(
      members.length > 0 ? members : associateCodesOn(bloc, date),
      data.countries,
    );
    return { key: `bloc:${bloc.id}:${date}`, bounds: bounds ?? WORLD_BOUNDS };
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
