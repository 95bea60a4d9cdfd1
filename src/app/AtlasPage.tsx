import { useRef, useState } from "react";
import { Announcer } from "../components/Announcer";
import { HoverTooltip } from "../components/HoverTooltip";
import { Legend } from "../components/Legend";
import { Notice } from "../components/Notice";
import { ShareDialog } from "../components/ShareDialog";
import type { LoadedData } from "../domain/loaded-data";
import { comparisonTitle } from "../domain/compare-text";
import { COLORS } from "../domain/palette";
import { parseEmbedOptions } from "../embed/embed-options";
import { isFramed, useHostBridge } from "../embed/use-host-bridge";
import { MapView } from "../map/MapView";
import { useAtlasStore } from "../store/atlas-store";
import { useAtlasView } from "../store/use-atlas-view";
import { useLinkProblems } from "../store/use-link-problems";
import { ROOM_FOR_THREE_COLUMNS, listsColumnOpen } from "../store/lists-column";
import { useLang, useText } from "../i18n/use-text";
import { AtlasDetails } from "./atlas/AtlasDetails";
import { AtlasHeader } from "./atlas/AtlasHeader";
import { AtlasLists } from "./atlas/AtlasLists";
import { ListsColumnToggle } from "./atlas/ListsColumnToggle";
import { useEscapeClears, useFocusOnNewDetails } from "./atlas/use-page-keys";
import { usePanelsAfterMap } from "./atlas/use-panels-after-map";
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
/** Where the layout stacks its columns (src/styles/phone.css): the map on top, the lists last. */
const PHONE_LAYOUT = "(max-width: 900px)";

/** The full app: the lists, the map with its legend, and the details and the speech beside it. */
export function AtlasPage({ data, geoBaseUrl }: { data: LoadedData; geoBaseUrl: string }) {
  const { dataset } = data;
  const notice = useLinkProblems();
  const t = useText();
  const lang = useLang();
  const pickingPair = useAtlasStore((s) => s.pickingPair);
  const selectBloc = useAtlasStore((s) => s.selectBloc);
  const selectAgreement = useAtlasStore((s) => s.selectAgreement);
  const selectCoChairmanship = useAtlasStore((s) => s.selectCoChairmanship);
  const selectCountry = useAtlasStore((s) => s.selectCountry);
  const setPickingPair = useAtlasStore((s) => s.setPickingPair);
  const listsChoice = useAtlasStore((s) => s.listsChoice);
  const setListsChoice = useAtlasStore((s) => s.setListsChoice);
  const setHover = useAtlasStore((s) => s.setHover);
  const clearOne = useAtlasStore((s) => s.clearOne);
  const dismissNotice = useAtlasStore((s) => s.dismissNotice);
  const reducedMotion = useReducedMotion();
  const phone = useMediaQuery(PHONE_LAYOUT);
  const roomForThree = useMediaQuery(ROOM_FOR_THREE_COLUMNS);
  const [showPanels, showPanelsNow] = usePanelsAfterMap();
  // The reader's own calendar day, read once per visit: "today" in a link means the day it was made.
  const [today] = useState(localToday);
  // In a frame, history entries would hijack the host page's Back button: replace them instead.
  const view = useAtlasView(data, today, isFramed() ? "replace" : "push");
  const { date, selection, filters, asOf, comparison, bloc, agreement, cochair } = view;
  // Framed whole (not as an embed), the app still takes a host's commands; `origin` limits them.
  const [hostOrigins] = useState(() => parseEmbedOptions(window.location.search).options.origins);
  useHostBridge(data, view.known, today, hostOrigins);
  const announcement = useAnnouncement(data, today);
  const [sharing, setSharing] = useState(false);
  // What the map draws, shared with the image it can be saved as.
  const mapProps = drawnMapProps(view, geoBaseUrl, phone ? PHONE_MAP_PADDING : MAP_PADDING, COLORS);
  const shareButton = useRef<HTMLButtonElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const closeShare = () => {
    setSharing(false);
    shareButton.current?.focus();
  };
  useEscapeClears(clearOne);
  useFocusOnNewDetails(selection);

  const shortNameOf = (blocId: string) => dataset.blocs.find((b) => b.id === blocId)?.shortName ?? blocId;
  const pairMode = {
    picking: pickingPair,
    chosen: selection.compare ?? (selection.blocId === undefined ? [] : [selection.blocId]),
    status: selection.compare
      ? t("shell.pair-comparing", {
          first: shortNameOf(selection.compare[0]),
          second: shortNameOf(selection.compare[1]),
        })
      : selection.blocId !== undefined
        ? t("shell.pair-pick-second", { bloc: shortNameOf(selection.blocId) })
        : t("shell.pair-pick-first"),
    onToggle: setPickingPair,
  };

  // On a phone the lists are always there, below the details; on a desk they fold to a strip while
  // the map leads (see lists-column.ts).
  const listsOpen = phone || listsColumnOpen({ choice: listsChoice, roomForThree, selection, pickingPair });
  // The lists come first on a desk (the left column) and last on a phone (below the details), and
  // the document follows, so Tab moves in the order the eye does.
  const side = (
    <div className={listsOpen ? "side" : "side folded"} key="side" id="lists-column">
      {phone ? null : <ListsColumnToggle open={listsOpen} onToggle={setListsChoice} />}
      {showPanels && listsOpen ? (
        <AtlasLists data={data} view={view} today={today} pairMode={pairMode} />
      ) : null}
    </div>
  );

  return (
    <div className="atlas">
      <AtlasHeader
        data={data}
        view={view}
        mapProps={mapProps}
        shareButton={shareButton}
        onShare={() => setSharing(true)}
      />
      {phone ? null : side}
      <main className="map-area">
        <MapView
          lang={lang}
          {...mapProps}
          coveredBy={legendRef}
          reducedMotion={reducedMotion}
          ariaLabel={view.mapLabel}
          onSettled={showPanelsNow}
          onCountryClick={(iso3) => selectCountry(iso3, false)}
          onCountryHover={setHover}
          onBlocLabelClick={selectBloc}
          onRelationClick={(kind, id) =>
            kind === "agreement" ? selectAgreement(id) : selectCoChairmanship(id)
          }
        />
        <HoverTooltip data={data} date={date} />
        <Announcer message={announcement} />
        <Legend
          ref={legendRef}
          bloc={bloc}
          date={date}
          relations={view.relations}
          types={view.legendTypes}
          comparison={comparison}
          countryNames={view.known.countries}
          collapsible={phone}
        />
        {notice ? <Notice message={notice} onDismiss={dismissNotice} /> : null}
      </main>
      <aside className="details" aria-label={t("app.details")}>
        {showPanels ? <AtlasDetails data={data} view={view} reducedMotion={reducedMotion} /> : null}
      </aside>
      {phone ? side : null}
      {sharing ? (
        <ShareDialog
          view={{ ...selection, filters, asOf, panel: "details", readerTarget: undefined }}
          frameTitle={t("shell.frame-title", {
            what:
              (comparison ? comparisonTitle(t, lang, comparison) : undefined) ??
              bloc?.shortName ??
              agreement?.shortTitle ??
              cochair?.body ??
              (selection.country === undefined ? undefined : data.countries[selection.country]?.name) ??
              t("shell.frame-title-speech"),
          })}
          onClose={closeShare}
        />
      ) : null}
    </div>
  );
}
