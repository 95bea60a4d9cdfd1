import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { LoadedData } from "../domain/loaded-data";
import { comparisonText, mapTextAlternative } from "../domain/map-text";
import { comparisonTitle } from "../domain/compare-text";
import { blocsPass, isFiltering } from "../domain/relations";
import { relationShapes } from "../domain/relation-shapes";
import { snapshotOn } from "../domain/derived-tables";
import { lineEmphasis } from "../domain/line-emphasis";
import type { BlocLabel } from "../domain/map-model";
import { paragraphsOf } from "../domain/transcript";
import type { Translate } from "../i18n/messages";
import { useLang, useText } from "../i18n/use-text";
import type { MapWords } from "../domain/map-words";
import { useAtlasStore } from "./atlas-store";
import { cameraFor, comparisonFor, highlightFor } from "./selectors";
import { useUrlSync, type HistoryMode } from "./use-url-sync";

const NO_LABELS: readonly BlocLabel[] = [];

/** The map's own words in the page's language: its controls' titles, its failures, Retry. */
function mapWordsIn(t: Translate): MapWords {
  return {
    controls: {
      "NavigationControl.ZoomIn": t("map.zoom-in"),
      "NavigationControl.ZoomOut": t("map.zoom-out"),
      "NavigationControl.ResetBearing": t("map.reset-bearing"),
      "AttributionControl.ToggleAttribution": t("map.toggle-attribution"),
      "Map.Title": t("map.title"),
      "CooperativeGesturesHandler.WindowsHelpText": t("map.gestures-windows"),
      "CooperativeGesturesHandler.MacHelpText": t("map.gestures-mac"),
      "CooperativeGesturesHandler.MobileHelpText": t("map.gestures-mobile"),
    },
    failure: (failure) =>
      failure.kind === "start"
        ? t("map.failure-start", { detail: failure.detail ?? "" })
        : t(`map.failure-${failure.kind}`),
    retry: t("map.retry"),
    attribution: t("map.attribution"),
  };
}

/**
 * What every page shows of the dataset and what the user chose (the store, kept in step with the
 * URL): the map's content, its legend and its names. Before the first frame a page computes only
 * this; the lists and panels take theirs from usePanelView once the map is drawn. The labels and
 * the lines with no filter on come from the build's tables (DerivedTables). Each piece is memoised
 * on what it reads, so hovering or typing recomputes nothing the map depends on.
 */
export function useAtlasView(data: LoadedData, today: string, history: HistoryMode = "push") {
  const { dataset, countries, transcript } = data;
  const t = useText();
  const lang = useLang();
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

  const snapshot = snapshotOn(data.derived, dataset.blocs, date);
  const showBlocs = blocsPass(filters);
  const comparison = useMemo(() => comparisonFor(data, selection, date), [data, selection, date]);
  const highlight = useMemo(() => highlightFor(data, selection, date), [data, selection, date]);
  const camera = useMemo(() => cameraFor(data, selection, date), [data, selection, date]);
  const labels = showBlocs ? snapshot.labels : NO_LABELS;
  const relations = useMemo(
    () => (isFiltering(filters) ? relationShapes(data, filters, date) : snapshot.relations),
    [data, filters, date, snapshot],
  );
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
  const bloc = dataset.blocs.find((b) => b.id === selection.blocId);
  const agreement = dataset.agreements.find((a) => a.id === selection.agreementId);
  const cochair = dataset.coChairmanships.find((c) => c.id === selection.coChairId);

  const focusName = comparison
    ? comparisonTitle(t, lang, comparison)
    : (bloc?.name ?? agreement?.shortTitle ?? cochair?.body);
  const mapLabel = focusName
    ? t("map.label-focus", {
        focus: focusName,
        count: highlight.members.length + highlight.associates.length,
      })
    : t("map.label-world");
  const mapText = useMemo(
    () =>
      comparison
        ? comparisonText(t, lang, comparison, known.countries)
        : mapTextAlternative(t, lang, focusName, highlight, known.countries),
    [t, lang, comparison, focusName, highlight, known.countries],
  );
  const mapWords = useMemo(() => mapWordsIn(t), [t]);
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
    snapshot,
    paragraphs,
    showBlocs,
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
    mapLabel,
    mapText,
    mapWords,
  };
}

/** What every page shows for the dataset and what the user chose (see useAtlasView). */
export type AtlasView = ReturnType<typeof useAtlasView>;
