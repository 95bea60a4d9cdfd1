import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { LoadedData } from "../data/load-dataset";
import { buildSearchIndex, groupBlocs } from "../domain/bloc-list";
import { comparisonText, mapTextAlternative } from "../domain/map-text";
import { comparisonTitle } from "../domain/compare-text";
import { blocDetails, countryDetails } from "../domain/details";
import { memberCodesOn } from "../domain/memberships";
import {
  agreementPasses,
  blocsPass,
  coChairmanshipPasses,
  countsByType,
  isFiltering,
  passingEntityIds,
} from "../domain/relations";
import { relationShapes } from "../domain/relation-shapes";
import { lineEmphasis } from "../domain/line-emphasis";
import { paragraphsOf } from "../domain/transcript";
import { useAtlasStore } from "./atlas-store";
import {
  blocLabelsFor,
  cameraFor,
  comparisonFor,
  entityIndex,
  highlightFor,
  readerFocusFor,
} from "./selectors";
import { useUrlSync, type HistoryMode } from "./use-url-sync";

/**
 * Everything the page shows, derived from the dataset and what the user chose (the store, kept in
 * step with the URL). Each piece is memoised on what it reads, so hovering or typing recomputes
 * nothing the map or the panels depend on.
 */
export function useAtlasView(data: LoadedData, today: string, history: HistoryMode = "push") {
  const { dataset, countries, transcript } = data;
  const speechDate = dataset.speech.date;
  const selection = useAtlasStore(
    useShallow((s) => ({
      blocId: s.blocId,
      compare: s.compare,
      agreementId: s.agreementId,
      coChairId: s.coChairId,
      country: s.country,
      focusCountry: s.focusCountry,
      since: s.since,
      roles: s.roles,
    })),
  );
  const filters = useAtlasStore((s) => s.filters);
  const asOf = useAtlasStore((s) => s.asOf);
  const listView = useAtlasStore((s) => s.listView);
  const date = asOf ?? speechDate;

  const paragraphs = useMemo(() => paragraphsOf(transcript), [transcript]);
  const known = useMemo(
    () => ({
      blocs: new Set(dataset.blocs.map((b) => b.id)),
      agreements: new Set(dataset.agreements.map((a) => a.id)),
      coChairmanships: new Set(dataset.coChairmanships.map((c) => c.id)),
      countries: new Map(Object.entries(countries).map(([code, entry]) => [code, entry.name])),
      quotes: new Set(dataset.quotes.map((q) => q.id)),
      paragraphCount: paragraphs.length,
      speechDate,
      latestDate: today,
    }),
    [dataset, countries, speechDate, paragraphs, today],
  );
  useUrlSync(known, history);

  const entities = useMemo(() => entityIndex(dataset), [dataset]);
  const groups = useMemo(() => groupBlocs(dataset.blocs), [dataset]);
  const memberCounts = useMemo(
    () => new Map(dataset.blocs.map((b) => [b.id, memberCodesOn(b, date).length])),
    [dataset, date],
  );
  const searchIndex = useMemo(() => buildSearchIndex(dataset.blocs, known.countries), [dataset, known]);
  const showBlocs = blocsPass(filters);
  const visibleAgreements = useMemo(
    () => dataset.agreements.filter((a) => agreementPasses(a, filters, date)),
    [dataset, filters, date],
  );
  const visibleCoChairs = useMemo(
    () => dataset.coChairmanships.filter((c) => coChairmanshipPasses(c, filters, date)),
    [dataset, filters, date],
  );
  const typeCounts = useMemo(() => countsByType(data, filters, date), [data, filters, date]);
  const passingIds = useMemo(() => passingEntityIds(data, filters, date), [data, filters, date]);

  const comparison = useMemo(() => comparisonFor(data, selection, date), [data, selection, date]);
  const highlight = useMemo(() => highlightFor(data, selection, date), [data, selection, date]);
  const camera = useMemo(() => cameraFor(data, selection, date), [data, selection, date]);
  const labels = useMemo(() => (showBlocs ? blocLabelsFor(data, date) : []), [data, date, showBlocs]);
  const relations = useMemo(() => relationShapes(data, filters, date), [data, filters, date]);
  // The lines are what is looked at in their own lists, or when the filters pick them out.
  const linesInView = listView !== "blocs" || isFiltering(filters);
  const relationEmphasis = useMemo(
    () =>
      lineEmphasis(
        data,
        relations.map((r) => r.id),
        selection,
        date,
        linesInView,
      ),
    [data, relations, selection, date, linesInView],
  );
  const bloc = useMemo(
    () => (selection.blocId === undefined ? undefined : blocDetails(data, selection.blocId, date)),
    [data, selection.blocId, date],
  );
  const agreement = dataset.agreements.find((a) => a.id === selection.agreementId);
  const cochair = dataset.coChairmanships.find((c) => c.id === selection.coChairId);
  const country = useMemo(
    () => (selection.country === undefined ? undefined : countryDetails(data, selection.country, date)),
    [data, selection.country, date],
  );
  const readerFocus = useMemo(() => readerFocusFor(data, entities, selection), [data, entities, selection]);

  const focusName = comparison
    ? comparisonTitle(comparison)
    : (bloc?.bloc.name ?? agreement?.shortTitle ?? cochair?.body);
  const mapLabel = focusName
    ? `World map: ${focusName}, ${highlight.members.length + highlight.associates.length} countries coloured. The same is listed in the panel.`
    : "World map of the blocs, agreements and co-chairmanships named in the speech. Everything on it is also in the lists.";
  const mapText = useMemo(
    () =>
      comparison
        ? comparisonText(comparison, known.countries)
        : mapTextAlternative(focusName, highlight, known.countries),
    [comparison, focusName, highlight, known.countries],
  );
  const legendTypes = agreement
    ? [agreement.type]
    : cochair
      ? ["co-chairmanship" as const]
      : isFiltering(filters)
        ? [...new Set(relations.map((r) => r.type))]
        : [];

  return {
    known,
    speechDate,
    date,
    selection,
    filters,
    asOf,
    paragraphs,
    entities,
    groups,
    memberCounts,
    searchIndex,
    showBlocs,
    visibleAgreements,
    visibleCoChairs,
    nothingVisible: !showBlocs && visibleAgreements.length === 0 && visibleCoChairs.length === 0,
    typeCounts,
    passingIds,
    highlight,
    comparison,
    camera,
    labels,
    relations,
    relationEmphasis,
    legendTypes,
    bloc,
    agreement,
    cochair,
    country,
    readerFocus,
    mapLabel,
    mapText,
  };
}

/** Everything a page shows for the dataset and what the user chose. */
export type AtlasView = ReturnType<typeof useAtlasView>;
