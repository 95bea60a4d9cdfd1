import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { Dataset } from "../data/schema";
import {
  anchorArcOfCountries,
  anchorLatitudesOfCountries,
  boundsOfCountries,
  type Bounds,
} from "../domain/bloc-geometry";
import { compareBlocs, compareDates, type Comparison } from "../domain/compare";
import { associateCodesOn, memberCodesOn } from "../domain/memberships";
import { partyCountries } from "../domain/relations";
import type { CameraRequest, CountryHighlight } from "../domain/map-model";
import type { EntityRef } from "../domain/entities";
import type { Translate } from "../i18n/messages";
import type { Selection } from "./atlas-store";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** Asia, the speech's subject, in the middle, with Europe and the Pacific either side. */
export const WORLD_BOUNDS: Bounds = [-25, -50, 215, 72];

export const NO_HIGHLIGHT: CountryHighlight = { members: [], associates: [] };

const sortedUnique = (codes: readonly string[]) => [...new Set(codes)].sort();

/**
 * The comparison the selection asks for, on the date shown: two blocs, or the selected bloc
 * between `since` and the date. Undefined when it asks for none (or names a bloc not in the data).
 */
export function comparisonFor(data: Data, selection: Selection, date: string): Comparison | undefined {
  const { blocs } = data.dataset;
  if (selection.compare) {
    const [firstId, secondId] = selection.compare;
    const first = blocs.find((b) => b.id === firstId);
    const second = blocs.find((b) => b.id === secondId);
    return first && second ? compareBlocs(first, second, date, selection.roles) : undefined;
  }
  if (selection.since === undefined || selection.since >= date) return undefined;
  const bloc = blocs.find((b) => b.id === selection.blocId);
  return bloc ? compareDates(bloc, selection.since, date, selection.roles) : undefined;
}

/**
 * The countries coloured for what is selected, on the date: a bloc's members (observers and
 * partners lighter); an agreement's country parties (the members of a bloc party lighter); a
 * co-chairmanship's co-chairs. In a comparison, every country of its three sets, strongly.
 */
export function highlightFor(data: Data, selection: Selection, date: string): CountryHighlight {
  const { dataset } = data;
  const comparison = comparisonFor(data, selection, date);
  if (comparison) {
    const { both, first, second } = comparison.sets;
    return { members: sortedUnique([...both, ...first, ...second]), associates: [] };
  }
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

function withAnchors(camera: CameraRequest, codes: readonly string[], data: Data): CameraRequest {
  const anchorLatitudes = anchorLatitudesOfCountries(codes, data.countries);
  const anchorArc = anchorArcOfCountries(codes, data.countries);
  return anchorLatitudes && anchorArc ? { ...camera, anchorLatitudes, anchorArc } : camera;
}

/**
 * Where the camera should look: a country picked from a list, else what is selected, else the
 * world. The key changes only when the target does, so hovering or opening a panel never moves
 * the map.
 */
export function cameraFor(data: Data, selection: Selection, date: string): CameraRequest {
  if (selection.focusCountry && selection.country) {
    const bounds = boundsOfCountries([selection.country], data.countries);
    if (bounds)
      return withAnchors({ key: `country:${selection.country}`, bounds }, [selection.country], data);
  }
  const focus =
    selection.compare?.join("+") ??
    (selection.blocId !== undefined && selection.since !== undefined
      ? `${selection.blocId}@${selection.since}`
      : selection.blocId) ??
    selection.agreementId ??
    selection.coChairId;
  if (focus !== undefined) {
    const { members, associates } = highlightFor(data, selection, date);
    // A bloc's observers and partners may be far afield (BRICS's partners): fit its members. An
    // agreement's bloc party is part of the agreement: fit all of it.
    const inView =
      (selection.blocId !== undefined || selection.compare !== undefined) && members.length > 0
        ? members
        : [...members, ...associates];
    const bounds = boundsOfCountries(inView, data.countries);
    return withAnchors({ key: `focus:${focus}:${date}`, bounds: bounds ?? WORLD_BOUNDS }, inView, data);
  }
  return { key: "world", bounds: WORLD_BOUNDS };
}

/** Every bloc, agreement and co-chairmanship by id, with its kind and a short name. */
export function entityIndex(dataset: DeepReadonly<Dataset>): Map<string, EntityRef> {
  return new Map<string, EntityRef>([
    ...dataset.blocs.map((b): [string, EntityRef] => [b.id, { kind: "bloc", id: b.id, name: b.shortName }]),
    ...dataset.agreements.map((a): [string, EntityRef] => [
      a.id,
      { kind: "agreement", id: a.id, name: a.shortTitle },
    ]),
    ...dataset.coChairmanships.map((c): [string, EntityRef] => [
      c.id,
      { kind: "co-chairmanship", id: c.id, name: c.body },
    ]),
  ]);
}

/**
 * The passages the reader marks for what is selected: those about the selected bloc, agreement or
 * co-chairmanship, else those naming the selected country.
 */
export function readerFocusFor(
  t: Translate,
  data: Data,
  entities: ReadonlyMap<string, EntityRef>,
  selection: Selection,
): { label: string; quoteIds: Set<string> } | undefined {
  const { quotes } = data.dataset;
  if (selection.compare) {
    const pair = selection.compare;
    const [first = "", second = ""] = pair.map((id) => entities.get(id)?.name ?? id);
    return {
      label: first === second ? first : t("domain.compare.title-blocs", { first, second }),
      quoteIds: new Set(quotes.filter((q) => pair.some((id) => q.about.includes(id))).map((q) => q.id)),
    };
  }
  const focusId = selection.blocId ?? selection.agreementId ?? selection.coChairId;
  const entity = focusId === undefined ? undefined : entities.get(focusId);
  if (entity) {
    return {
      label: entity.name,
      quoteIds: new Set(quotes.filter((q) => q.about.includes(entity.id)).map((q) => q.id)),
    };
  }
  const code = selection.country;
  if (code === undefined) return undefined;
  const quoteIds = new Set(quotes.filter((q) => q.countries?.includes(code) ?? false).map((q) => q.id));
  return { label: data.countries[code]?.name ?? code, quoteIds };
}
