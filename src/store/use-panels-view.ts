import { useMemo } from "react";
import type { LoadedData } from "../domain/loaded-data";
import { buildSearchIndex, groupBlocs } from "../domain/bloc-list";
import { blocDetails, countryDetails } from "../domain/details";
import { agreementPasses, coChairmanshipPasses, countsByType, passingEntityIds } from "../domain/relations";
import { useText } from "../i18n/use-text";
import { entityIndex, readerFocusFor } from "./selectors";
import type { AtlasView } from "./use-atlas-view";

/**
 * What the lists show, beyond the map's view: the bloc list and its search, and the agreements and
 * co-chairmanships the filters let through, with their counts; `searchTerms`, each bloc's names in
 * every language, lets the search find them all. Called by the lists themselves,
 * which are drawn once the map is, so none of it is worked out before the map's first frame.
 */
export function useListsView(data: LoadedData, view: AtlasView) {
  const { dataset } = data;
  const { date, filters, known, snapshot, showBlocs } = view;
  const t = useText();
  const groups = useMemo(() => groupBlocs(t, dataset.blocs), [t, dataset]);
  const memberCounts = useMemo(() => new Map(Object.entries(snapshot.memberCounts)), [snapshot]);
  // Every bloc's names in every language, compiled at build time (DerivedTables.searchTerms).
  const { searchTerms } = data.derived;
  const searchIndex = useMemo(
    () =>
      buildSearchIndex(dataset.blocs, {
        countryNames: known.countries,
        extraTerms: new Map(Object.entries(searchTerms)),
      }),
    [dataset, known, searchTerms],
  );
  const visibleAgreements = useMemo(
    () => dataset.agreements.filter((a) => agreementPasses(a, filters, date)),
    [dataset, filters, date],
  );
  const visibleCoChairs = useMemo(
    () => dataset.coChairmanships.filter((c) => coChairmanshipPasses(c, filters, date)),
    [dataset, filters, date],
  );
  const typeCounts = useMemo(() => countsByType(data, filters, date), [data, filters, date]);
  return {
    groups,
    memberCounts,
    searchIndex,
    visibleAgreements,
    visibleCoChairs,
    nothingVisible: !showBlocs && visibleAgreements.length === 0 && visibleCoChairs.length === 0,
    typeCounts,
  };
}

/**
 * What the details column shows: the details of what is selected, and the reader's focus, with
 * what the filters let through. Called by the column itself, drawn once the map is.
 */
export function useDetailsView(data: LoadedData, view: AtlasView) {
  const { dataset } = data;
  const { date, selection, filters } = view;
  const t = useText();
  const entities = useMemo(() => entityIndex(dataset), [dataset]);
  const passingIds = useMemo(() => passingEntityIds(data, filters, date), [data, filters, date]);
  const bloc = useMemo(
    () => (selection.blocId === undefined ? undefined : blocDetails(data, selection.blocId, date)),
    [data, selection.blocId, date],
  );
  const country = useMemo(
    () => (selection.country === undefined ? undefined : countryDetails(data, selection.country, date)),
    [data, selection.country, date],
  );
  const readerFocus = useMemo(
    () => readerFocusFor(t, data, entities, selection),
    [t, data, entities, selection],
  );
  return { entities, passingIds, bloc, country, readerFocus };
}
