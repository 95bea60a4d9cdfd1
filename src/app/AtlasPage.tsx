import { lazy, Suspense, useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { Announcer } from "../components/Announcer";
import { AsOfControl } from "../components/AsOfControl";
import { BlocList } from "../components/BlocList";
import { BlocPanel } from "../components/BlocPanel";
import { ComparePanel } from "../components/ComparePanel";
import { comparisonTitle } from "../domain/compare-text";
import { CountryPanel } from "../components/CountryPanel";
import { FilterPanel } from "../components/FilterPanel";
import { HoverTooltip } from "../components/HoverTooltip";
import { Legend } from "../components/Legend";
import { Notice } from "../components/Notice";
import { TabList, TabPanel } from "../components/Tabs";
import type { EntityRef } from "../domain/entities";
import { AgreementList, CoChairList } from "../components/RelationLists";
import type { LoadedData } from "../data/load-dataset";
import { formatDate } from "../domain/labels";
import { NO_FILTERS, isFiltering } from "../domain/relations";
import { ShareDialog } from "../components/ShareDialog";
import { parseEmbedOptions } from "../embed/embed-options";
import { isFramed, useHostBridge } from "../embed/use-host-bridge";
import { MapView } from "../map/MapView";
import { COLORS } from "../palette";
import { useAtlasStore } from "../store/atlas-store";
import { useAtlasView } from "../store/use-atlas-view";
import { legendEntries } from "../domain/legend";
import { summaryOf } from "../domain/view-summary";
import { DownloadImage } from "./DownloadImage";
import { SOURCE_LINE } from "./source-line";
import { imageFileName } from "./image-file-name";
import { localToday } from "./local-today";
import { drawnMapProps } from "./map-props";
import { useAnnouncement } from "./use-announcement";
import { useMediaQuery } from "./use-media-query";
import { useReducedMotion } from "./use-reduced-motion";

const MAP_PADDING = { top: 16, right: 16, bottom: 16, left: 16 };
/**
 * On a phone the camera fits what is selected into the part of the map the controls leave free:
 * below the one-line legend at the top, left of the zoom buttons at the right.
 */
const PHONE_MAP_PADDING = { top: 52, right: 52, bottom: 16, left: 12 };
/** Where the layout stacks its columns (app.css): the map on top, the lists last. */
const PHONE_LAYOUT = "(max-width: 900px)";

// What a first view rarely shows loads on demand, outside the first bundle: the reader (and the
// transcript's rendering) and the agreement and co-chairmanship cards.
const Reader = lazy(() => import("../components/Reader").then((m) => ({ default: m.Reader })));
const AgreementCard = lazy(() =>
  import("../components/RelationCards").then((m) => ({ default: m.AgreementCard })),
);
const CoChairCard = lazy(() =>
  import("../components/RelationCards").then((m) => ({ default: m.CoChairCard })),
);

export function AtlasPage({ data, geoBaseUrl }: { data: LoadedData; geoBaseUrl: string }) {
  const { dataset, countries } = data;
  const panel = useAtlasStore((s) => s.panel);
  const readerTarget = useAtlasStore((s) => s.readerTarget);
  const listView = useAtlasStore((s) => s.listView);
  const notice = useAtlasStore((s) => s.notice);
  const pickingPair = useAtlasStore((s) => s.pickingPair);
  const actions = useAtlasStore(
    useShallow((s) => ({
      selectBloc: s.selectBloc,
      compareBlocs: s.compareBlocs,
      pickForPair: s.pickForPair,
      setPickingPair: s.setPickingPair,
      setSince: s.setSince,
      setRoles: s.setRoles,
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
      setHover: s.setHover,
      dismissNotice: s.dismissNotice,
    })),
  );
  const reducedMotion = useReducedMotion();
  const phone = useMediaQuery(PHONE_LAYOUT);
  // The first commit holds the header and the map, so the map starts loading at once; the lists and
  // panels, slower to render than the map is to start, follow in a deferred render a moment later.
  const showPanels = useDeferredValue(true, false);
  // The reader's own calendar day, read once per visit: "today" in a link means the day it was made.
  const [today] = useState(localToday);
  // In a frame, history entries would hijack the host page's Back button: replace them instead.
  const view = useAtlasView(data, today, isFramed() ? "replace" : "push");
  const {
    speechDate,
    date,
    selection,
    filters,
    asOf,
    highlight,
    comparison,
    bloc,
    agreement,
    cochair,
    country,
  } = view;
  // Framed whole (not as an embed), the app still takes a host's commands; `origin` limits them.
  const [hostOrigins] = useState(() => parseEmbedOptions(window.location.search).options.origins);
  useHostBridge(data, view.known, today, hostOrigins);
  const announcement = useAnnouncement(data, today);
  const [sharing, setSharing] = useState(false);
  const summary = summaryOf(data, selection, date, comparison);
  // What the map draws, shared with the image it can be saved as.
  const mapProps = drawnMapProps(view, geoBaseUrl, phone ? PHONE_MAP_PADDING : MAP_PADDING, COLORS);
  const shareButton = useRef<HTMLButtonElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const closeShare = () => {
    setSharing(false);
    shareButton.current?.focus();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && !event.isComposing) actions.clearOne();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [actions]);

  // Clearing or closing a panel removes the button that had focus; give focus to the heading of
  // what the details column shows now, rather than letting it fall to the page.
  const detailsKey =
    selection.country ??
    selection.compare?.join(",") ??
    selection.blocId ??
    selection.agreementId ??
    selection.coChairId ??
    "";
  const shownDetails = useRef(detailsKey);
  useLayoutEffect(() => {
    if (shownDetails.current === detailsKey) return;
    shownDetails.current = detailsKey;
    if (document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(".details [role=tabpanel] h2")?.focus();
  }, [detailsKey]);

  const nameOf = (iso3: string) => countries[iso3]?.name ?? iso3;
  const shortNameOf = (blocId: string) => dataset.blocs.find((b) => b.id === blocId)?.shortName ?? blocId;
  const pairMode = {
    picking: pickingPair,
    chosen: selection.compare ?? (selection.blocId === undefined ? [] : [selection.blocId]),
    status: selection.compare
      ? `Comparing ${selection.compare.map(shortNameOf).join(" and ")}; a pick starts a new pair.`
      : selection.blocId !== undefined
        ? `Pick a second bloc to compare with ${shortNameOf(selection.blocId)}.`
        : "Pick a bloc, then a second to compare it with.",
    onToggle: actions.setPickingPair,
  };
  const selectEntity = (entity: EntityRef) => {
    if (entity.kind === "bloc") actions.selectBloc(entity.id);
    else if (entity.kind === "agreement") actions.selectAgreement(entity.id);
    else actions.selectCoChairmanship(entity.id);
  };
  const clearFilters = () => actions.setFilters(NO_FILTERS);
  const cardActions = {
    onSelectBloc: actions.selectBloc,
    onSelectCountry: (iso3: string) => actions.selectCountry(iso3, true),
    onClear: actions.clearSelection,
  };

  // The lists come first on a desk (the left column) and last on a phone (below the details), and
  // the document follows, so Tab moves in the order the eye does.
  const side = (
    <div className="side" key="side">
      {showPanels ? (
        <>
          <AsOfControl
            speechDate={speechDate}
            today={today}
            asOf={asOf}
            onChange={actions.setAsOf}
            since={selection.since}
            blocName={bloc?.bloc.shortName}
            onSinceSpeech={(on) => actions.setSince(on ? speechDate : undefined, today)}
          />
          <FilterPanel filters={filters} typeCounts={view.typeCounts} onChange={actions.setFilters} />
          {view.nothingVisible ? (
            <FilteredOut message="The filters leave nothing to show." onClear={clearFilters} />
          ) : null}
          <TabList
            label="Lists"
            idPrefix="lists"
            selected={listView}
            onSelect={actions.setListView}
            tabs={[
              { id: "blocs", label: "Blocs", count: view.showBlocs ? dataset.blocs.length : 0 },
              { id: "agreements", label: "Agreements", count: view.visibleAgreements.length },
              { id: "co-chairmanships", label: "Co-chairs", count: view.visibleCoChairs.length },
            ]}
          />
          <TabPanel idPrefix="lists" selected={listView}>
            {listView === "blocs" ? (
              view.showBlocs ? (
                <BlocList
                  groups={view.groups}
                  memberCounts={view.memberCounts}
                  searchIndex={view.searchIndex}
                  selectedBlocId={selection.blocId}
                  pairMode={pairMode}
                  onSelect={pickingPair ? actions.pickForPair : actions.selectBloc}
                />
              ) : (
                <p className="empty">Blocs are hidden by the filters.</p>
              )
            ) : listView === "agreements" ? (
              <AgreementList
                agreements={view.visibleAgreements}
                date={date}
                selectedId={selection.agreementId}
                onSelect={actions.selectAgreement}
              />
            ) : (
              <CoChairList
                coChairmanships={view.visibleCoChairs}
                nameOf={nameOf}
                selectedId={selection.coChairId}
                onSelect={actions.selectCoChairmanship}
              />
            )}
            {isFiltering(filters) &&
            listView !== "blocs" &&
            (listView === "agreements" ? view.visibleAgreements : view.visibleCoChairs).length === 0 ? (
              <FilteredOut message="None match the filters." onClear={clearFilters} />
            ) : null}
          </TabPanel>
        </>
      ) : null}
    </div>
  );

  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Bloc Atlas</h1>
        <p>
          {dataset.speech.speaker} at the Valdai Club, {dataset.speech.place},{" "}
          <time dateTime={speechDate}>{formatDate(speechDate)}</time>.
        </p>
        <DownloadImage
          map={mapProps}
          text={{
            title: summary.title,
            line: summary.line,
            legend: legendEntries({
              bloc: bloc?.bloc,
              highlight,
              partiesLabel: cochair ? "Co-chairs" : "Parties",
              date,
              types: view.legendTypes,
              colors: COLORS,
              comparison,
            }),
            source: SOURCE_LINE,
          }}
          colors={COLORS}
          fileName={imageFileName(summary.title)}
        />
        <button
          type="button"
          ref={shareButton}
          className="share-button"
          aria-haspopup="dialog"
          onClick={() => setSharing(true)}
        >
          Share
        </button>
        <p className="as-of-line">
          Showing memberships and statuses as of{" "}
          <strong>
            <time dateTime={date}>{formatDate(date)}</time>
          </strong>
          {date === speechDate ? " (the speech)" : ""}
        </p>
      </header>
      {phone ? null : side}
      <main className="map-area">
        <MapView
          {...mapProps}
          coveredBy={legendRef}
          reducedMotion={reducedMotion}
          ariaLabel={view.mapLabel}
          onCountryClick={(iso3) => actions.selectCountry(iso3, false)}
          onCountryHover={actions.setHover}
          onBlocLabelClick={actions.selectBloc}
          onRelationClick={(kind, id) =>
            kind === "agreement" ? actions.selectAgreement(id) : actions.selectCoChairmanship(id)
          }
        />
        <HoverTooltip data={data} date={date} />
        <Announcer message={announcement} />
        <Legend
          ref={legendRef}
          bloc={bloc?.bloc}
          date={date}
          relations={view.relations}
          types={view.legendTypes}
          comparison={comparison}
          countryNames={view.known.countries}
          collapsible={phone}
        />
        {notice ? <Notice message={notice} onDismiss={actions.dismissNotice} /> : null}
      </main>
      <aside className="details" aria-label="Details">
        {showPanels ? (
          <>
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
              <Suspense fallback={<p className="status">Loading…</p>}>
                {panel === "speech" ? (
                  <Reader
                    data={data}
                    paragraphs={view.paragraphs}
                    entities={view.entities}
                    passingIds={view.passingIds}
                    focus={view.readerFocus}
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
                        passingIds={view.passingIds}
                        selectedBlocId={selection.blocId}
                        onSelectBloc={actions.selectBloc}
                        onClose={actions.closeCountry}
                      />
                    ) : comparison ? (
                      <ComparePanel
                        comparison={comparison}
                        data={data}
                        onSelectCountry={(iso3) => actions.selectCountry(iso3, true)}
                        onSelectBloc={(blocId) => actions.selectBloc(blocId, true)}
                        onSetRoles={actions.setRoles}
                        onClear={actions.clearSelection}
                      />
                    ) : bloc ? (
                      <BlocPanel
                        details={bloc}
                        data={data}
                        date={date}
                        onSelectCountry={(iso3) => actions.selectCountry(iso3, true)}
                        onSelectAgreement={actions.selectAgreement}
                        onSelectCoChairmanship={actions.selectCoChairmanship}
                        onCompare={actions.compareBlocs}
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
              </Suspense>
            </TabPanel>
          </>
        ) : null}
      </aside>
      {phone ? side : null}
      {sharing ? (
        <ShareDialog
          view={{ ...selection, filters, asOf, panel: "details", readerTarget: undefined }}
          frameTitle={`Bloc Atlas: ${(comparison ? comparisonTitle(comparison) : undefined) ?? bloc?.bloc.shortName ?? agreement?.shortTitle ?? cochair?.body ?? country?.name ?? "the speech on a map"}`}
          onClose={closeShare}
        />
      ) : null}
    </div>
  );
}

/** Says a filter left nothing, and offers to clear the filters. */
function FilteredOut({ message, onClear }: { message: string; onClear: () => void }) {
  return (
    <p className="empty">
      <span role="status">{message}</span>{" "}
      <button type="button" onClick={onClear}>
        Clear filters
      </button>
    </p>
  );
}

function Intro() {
  return (
    <div className="panel-body intro">
      <h2 tabIndex={-1}>Read the speech on the map</h2>
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
