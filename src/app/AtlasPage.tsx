import { useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { AsOfControl } from "../components/AsOfControl";
import { BlocList } from "../components/BlocList";
import { BlocPanel } from "../components/BlocPanel";
import { CountryPanel } from "../components/CountryPanel";
import { FilterPanel } from "../components/FilterPanel";
import { HoverTooltip } from "../components/HoverTooltip";
import { Legend } from "../components/Legend";
import { Notice } from "../components/Notice";
import { TabList, TabPanel } from "../components/Tabs";
import { AgreementCard, CoChairCard } from "../components/RelationCards";
import { Reader, type EntityRef } from "../components/Reader";
import { AgreementList, CoChairList } from "../components/RelationLists";
import type { LoadedData } from "../data/load-dataset";
import { foldForSearch, groupBlocs } from "../domain/bloc-list";
import { blocDetails, countryDetails } from "../domain/details";
import { formatDate } from "../domain/labels";
import { paragraphsOf } from "../domain/transcript";
import { memberCodesOn } from "../domain/memberships";
import {
  agreementPasses,
  blocsPass,
  coChairmanshipPasses,
  countsByType,
  isFiltering,
  passingEntityIds,
  relationShapes,
} from "../domain/relations";
import { MapView } from "../map/MapView";
import { useAtlasStore } from "../store/atlas-store";
import { blocLabelsFor, cameraFor, highlightFor } from "../store/selectors";
import { useUrlSync } from "../store/use-url-sync";
import { useReducedMotion } from "./use-reduced-motion";

const MAP_PADDING = { top: 16, right: 16, bottom: 16, left: 16 };

export function AtlasPage({ data, geoBaseUrl }: { data: LoadedData; geoBaseUrl: string }) {
  const { dataset, countries } = data;
  const speechDate = dataset.speech.date;
  const selection = useAtlasStore(
    useShallow((s) => ({
      blocId: s.blocId,
      agreementId: s.agreementId,
      coChairId: s.coChairId,
      country: s.country,
      focusCountry: s.focusCountry,
    })),
  );
  const filters = useAtlasStore((s) => s.filters);
  const asOf = useAtlasStore((s) => s.asOf);
  const panel = useAtlasStore((s) => s.panel);
  const readerTarget = useAtlasStore((s) => s.readerTarget);
  const listView = useAtlasStore((s) => s.listView);
  const blocQuery = useAtlasStore((s) => s.blocQuery);
  const notice = useAtlasStore((s) => s.notice);
  const actions = useAtlasStore(
    useShallow((s) => ({
      selectBloc: s.selectBloc,
      selectAgreement: s.selectAgreement,
      selectCoChairmanship: s.selectCoChairmanship,
      selectCountry: s.selectCountry,
      closeCountry: s.closeCountry,
      clearOne: s.clearOne,
      clearSelection: s.clearSelection,
      setFilters: s.setFilters,
      setAsOf: s.setAsOf,
      setListView: s.setListView,
      setPanel: s.setPanel,
      showInSpeech: s.showInSpeech,
      setBlocQuery: s.setBlocQuery,
      setHover: s.setHover,
      dismissNotice: s.dismissNotice,
    })),
  );
  const reducedMotion = useReducedMotion();
  // The reader's own calendar day, read once per visit: "today" in a link means the day it was made.
  const [today] = useState(localToday);
  const date = asOf ?? speechDate;

  const paragraphs = useMemo(() => paragraphsOf(data.transcript), [data.transcript]);
  const known = useMemo(
    () => ({
      quotes: new Set(dataset.quotes.map((q) => q.id)),
      paragraphCount: paragraphs.length,
      blocs: new Set(dataset.blocs.map((b) => b.id)),
      agreements: new Set(dataset.agreements.map((a) => a.id)),
      coChairmanships: new Set(dataset.coChairmanships.map((c) => c.id)),
      countries: new Map(Object.entries(countries).map(([code, entry]) => [code, entry.name])),
      speechDate,
      latestDate: today,
    }),
    [dataset, countries, speechDate, paragraphs, today],
  );
  useUrlSync(known);
  const entities = useMemo(
    () =>
      new Map<string, EntityRef>([
        ...dataset.blocs.map((b): [string, EntityRef] => [
          b.id,
          { kind: "bloc", id: b.id, name: b.shortName },
        ]),
        ...dataset.agreements.map((a): [string, EntityRef] => [
          a.id,
          { kind: "agreement", id: a.id, name: a.shortTitle },
        ]),
        ...dataset.coChairmanships.map((c): [string, EntityRef] => [
          c.id,
          { kind: "co-chairmanship", id: c.id, name: c.body },
        ]),
      ]),
    [dataset],
  );

  const groups = useMemo(() => groupBlocs(dataset.blocs), [dataset]);
  const memberCounts = useMemo(
    () => new Map(dataset.blocs.map((b) => [b.id, memberCodesOn(b, date).length])),
    [dataset, date],
  );
  const foldedCountryNames = useMemo(
    () => new Map(Object.entries(countries).map(([code, entry]) => [code, foldForSearch(entry.name)])),
    [countries],
  );
  const showBlocs = blocsPass(filters);
  const visibleAgreements = useMemo(
    () => dataset.agreements.filter((a) => agreementPasses(a, filters, date)),
    [dataset, filters, date],
  );
  const visibleCoChairs = useMemo(
    () => dataset.coChairmanships.filter((c) => coChairmanshipPasses(c, filters)),
    [dataset, filters],
  );
  const typeCounts = useMemo(() => countsByType(data, filters, date), [data, filters, date]);
  const passingIds = useMemo(() => passingEntityIds(data, filters, date), [data, filters, date]);

  const highlight = useMemo(() => highlightFor(data, selection, date), [data, selection, date]);
  const camera = useMemo(() => cameraFor(data, selection, date), [data, selection, date]);
  const labels = useMemo(() => (showBlocs ? blocLabelsFor(data, date) : []), [data, date, showBlocs]);
  const relations = useMemo(() => relationShapes(data, filters, date), [data, filters, date]);
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

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) actions.clearOne();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [actions]);

  const nameOf = (iso3: string) => countries[iso3]?.name ?? iso3;
  const focusId = selection.blocId ?? selection.agreementId ?? selection.coChairId;
  const readerFocus = useMemo(() => {
    const entity = focusId === undefined ? undefined : entities.get(focusId);
    if (entity) {
      const quoteIds = new Set(dataset.quotes.filter((q) => q.about.includes(entity.id)).map((q) => q.id));
      return { label: entity.name, quoteIds };
    }
    const code = selection.country;
    if (code === undefined) return undefined;
    const quoteIds = new Set(
      dataset.quotes.filter((q) => q.countries?.includes(code) ?? false).map((q) => q.id),
    );
    return { label: countries[code]?.name ?? code, quoteIds };
  }, [dataset, countries, entities, focusId, selection.country]);
  const selectEntity = (entity: EntityRef) => {
    if (entity.kind === "bloc") actions.selectBloc(entity.id);
    else if (entity.kind === "agreement") actions.selectAgreement(entity.id);
    else actions.selectCoChairmanship(entity.id);
  };
  const cardActions = {
    onSelectBloc: actions.selectBloc,
    onSelectCountry: (iso3: string) => actions.selectCountry(iso3, true),
    onClear: actions.clearSelection,
  };
  const focusName = bloc?.bloc.name ?? agreement?.shortTitle ?? cochair?.body;
  const mapLabel = focusName
    ? `World map: ${focusName}, ${highlight.members.length + highlight.associates.length} countries coloured. The same is listed in the panel.`
    : "World map of the blocs, agreements and co-chairmanships named in the speech. Everything on it is also in the lists.";
  const nothingVisible = !showBlocs && visibleAgreements.length === 0 && visibleCoChairs.length === 0;

  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Bloc Atlas</h1>
        <p>
          {dataset.speech.speaker} at the Valdai Club, {dataset.speech.place},{" "}
          <time dateTime={speechDate}>{formatDate(speechDate)}</time>.
        </p>
        <p className="as-of-line" aria-live="polite">
          Showing memberships and statuses as of{" "}
          <strong>
            <time dateTime={date}>{formatDate(date)}</time>
          </strong>
          {date === speechDate ? " (the speech)" : ""}
        </p>
      </header>
      <div className="side">
        <AsOfControl speechDate={speechDate} today={today} asOf={asOf} onChange={actions.setAsOf} />
        <FilterPanel filters={filters} typeCounts={typeCounts} onChange={actions.setFilters} />
        {nothingVisible ? (
          <p className="empty" role="status">
            The filters leave nothing to show.{" "}
            <button
              type="button"
              onClick={() => actions.setFilters({ types: [], statuses: [], relations: [] })}
            >
              Clear filters
            </button>
          </p>
        ) : null}
        <TabList
          label="Lists"
          idPrefix="lists"
          selected={listView}
          onSelect={actions.setListView}
          tabs={[
            { id: "blocs", label: "Blocs", count: showBlocs ? dataset.blocs.length : 0 },
            { id: "agreements", label: "Agreements", count: visibleAgreements.length },
            { id: "co-chairmanships", label: "Co-chairs", count: visibleCoChairs.length },
          ]}
        />
        <TabPanel idPrefix="lists" selected={listView}>
          {listView === "blocs" ? (
            showBlocs ? (
              <BlocList
                groups={groups}
                memberCounts={memberCounts}
                foldedCountryNames={foldedCountryNames}
                selectedBlocId={selection.blocId}
                query={blocQuery}
                onQueryChange={actions.setBlocQuery}
                onSelect={actions.selectBloc}
              />
            ) : (
              <p className="empty">Blocs are hidden by the filters.</p>
            )
          ) : listView === "agreements" ? (
            <AgreementList
              agreements={visibleAgreements}
              date={date}
              selectedId={selection.agreementId}
              onSelect={actions.selectAgreement}
            />
          ) : (
            <CoChairList
              coChairmanships={visibleCoChairs}
              nameOf={nameOf}
              selectedId={selection.coChairId}
              onSelect={actions.selectCoChairmanship}
            />
          )}
          {isFiltering(filters) &&
          listView !== "blocs" &&
          (listView === "agreements" ? visibleAgreements : visibleCoChairs).length === 0 ? (
            <p className="empty">
              None match the filters.{" "}
              <button
                type="button"
                onClick={() => actions.setFilters({ types: [], statuses: [], relations: [] })}
              >
                Clear filters
              </button>
            </p>
          ) : null}
        </TabPanel>
      </div>
      <main className="map-area">
        <MapView
          geoBaseUrl={geoBaseUrl}
          highlight={highlight}
          selectedCountry={selection.country}
          labels={labels}
          selectedBlocId={selection.blocId}
          relations={relations}
          selectedRelationId={selection.agreementId ?? selection.coChairId}
          camera={camera}
          padding={MAP_PADDING}
          reducedMotion={reducedMotion}
          ariaLabel={mapLabel}
          onCountryClick={(iso3) => actions.selectCountry(iso3, false)}
          onCountryHover={actions.setHover}
          onBlocLabelClick={actions.selectBloc}
          onRelationClick={(kind, id) =>
            kind === "agreement" ? actions.selectAgreement(id) : actions.selectCoChairmanship(id)
          }
        />
        <HoverTooltip data={data} date={date} />
        <Legend
          bloc={bloc?.bloc}
          date={date}
          relations={relations}
          types={
            agreement
              ? [agreement.type]
              : cochair
                ? ["co-chairmanship"]
                : isFiltering(filters)
                  ? [...new Set(relations.map((r) => r.type))]
                  : []
          }
        />
        {notice ? <Notice message={notice} onDismiss={actions.dismissNotice} /> : null}
      </main>
      <aside className="details" aria-label="Details">
        <TabList
          label="Side panel"
          idPrefix="side"
          selected={panel}
          onSelect={actions.setPanel}
          tabs={[
            { id: "details", label: "Details" },
            { id: "speech", label: "The speech" },
          ]}
        />
        <TabPanel idPrefix="side" selected={panel}>
          {panel === "speech" ? (
            <Reader
              data={data}
              paragraphs={paragraphs}
              entities={entities}
              passingIds={passingIds}
              focus={readerFocus}
              target={readerTarget}
              reducedMotion={reducedMotion}
              onSelect={selectEntity}
              onLinkParagraph={(paragraph) => actions.showInSpeech({ paragraph })}
            />
          ) : (
            <>
              {country ? (
                <CountryPanel
                  details={country}
                  data={data}
                  date={date}
                  passingIds={passingIds}
                  selectedBlocId={selection.blocId}
                  onSelectBloc={actions.selectBloc}
                  onClose={actions.closeCountry}
                />
              ) : bloc ? (
                <BlocPanel
                  details={bloc}
                  data={data}
                  date={date}
                  onSelectCountry={(iso3) => actions.selectCountry(iso3, true)}
                  onSelectAgreement={actions.selectAgreement}
                  onSelectCoChairmanship={actions.selectCoChairmanship}
                  onClear={actions.clearSelection}
                />
              ) : agreement ? (
                <AgreementCard agreement={agreement} data={data} date={date} actions={cardActions} />
              ) : cochair ? (
                <CoChairCard cochair={cochair} data={data} date={date} actions={cardActions} />
              ) : (
                <Intro />
              )}
            </>
          )}
        </TabPanel>
      </aside>
    </div>
  );
}

/** The local calendar date as YYYY-MM-DD (not UTC: east of Greenwich the day starts earlier). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function Intro() {
  return (
    <div className="panel-body intro">
      <h2>Read the speech on the map</h2>
      <p>
        Pick a bloc to colour its countries and read what the speaker said of it. Click a country, on the map
        or in a list, to see every bloc it belongs to. Lines join the parties to each agreement (solid: in
        force or signed; dashed: under negotiation or discussion; dotted: proposed) and the co-chairs of each
        body.
      </p>
      <p>
        Every quote is the speaker’s exact words, checked against the published transcript. Where the record
        differs from the speech, a note says so and gives its source.
      </p>
    </div>
  );
}
