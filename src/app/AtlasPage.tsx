import { useEffect, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { BlocList } from "../components/BlocList";
import { BlocPanel } from "../components/BlocPanel";
import { CountryPanel } from "../components/CountryPanel";
import { HoverTooltip } from "../components/HoverTooltip";
import { Legend } from "../components/Legend";
import { Notice } from "../components/Notice";
import type { LoadedData } from "../data/load-dataset";
import { foldForSearch, groupBlocs } from "../domain/bloc-list";
import { blocDetails, countryDetails } from "../domain/details";
import { formatDate } from "../domain/labels";
import { memberCodesOn } from "../domain/memberships";
import { MapView } from "../map/MapView";
import { useAtlasStore } from "../store/atlas-store";
import { blocLabelsFor, cameraFor, highlightFor } from "../store/selectors";
import { useUrlSync } from "../store/use-url-sync";
import { useReducedMotion } from "./use-reduced-motion";

const MAP_PADDING = { top: 16, right: 16, bottom: 16, left: 16 };

export function AtlasPage({ data, geoBaseUrl }: { data: LoadedData; geoBaseUrl: string }) {
  const { dataset, countries } = data;
  const date = dataset.speech.date;
  const selection = useAtlasStore(
    useShallow((s) => ({ blocId: s.blocId, country: s.country, focusCountry: s.focusCountry })),
  );
  const blocQuery = useAtlasStore((s) => s.blocQuery);
  const notice = useAtlasStore((s) => s.notice);
  const actions = useAtlasStore(
    useShallow((s) => ({
      selectBloc: s.selectBloc,
      selectCountry: s.selectCountry,
      closeCountry: s.closeCountry,
      clearOne: s.clearOne,
      clearSelection: s.clearSelection,
      setBlocQuery: s.setBlocQuery,
      setHover: s.setHover,
      dismissNotice: s.dismissNotice,
    })),
  );
  const reducedMotion = useReducedMotion();

  const known = useMemo(
    () => ({
      blocs: new Set(dataset.blocs.map((b) => b.id)),
      countries: new Map(Object.entries(countries).map(([code, entry]) => [code, entry.name])),
    }),
    [dataset, countries],
  );
  useUrlSync(known);

  const groups = useMemo(() => groupBlocs(dataset.blocs), [dataset]);
  const memberCounts = useMemo(
    () => new Map(dataset.blocs.map((b) => [b.id, memberCodesOn(b, date).length])),
    [dataset, date],
  );
  const foldedCountryNames = useMemo(
    () => new Map(Object.entries(countries).map(([code, entry]) => [code, foldForSearch(entry.name)])),
    [countries],
  );

  const highlight = useMemo(() => highlightFor(data, selection.blocId, date), [data, selection.blocId, date]);
  const camera = useMemo(() => cameraFor(data, selection, date), [data, selection, date]);
  const labels = useMemo(() => blocLabelsFor(data, date), [data, date]);
  const bloc = useMemo(
    () => (selection.blocId === undefined ? undefined : blocDetails(data, selection.blocId, date)),
    [data, selection.blocId, date],
  );
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

  const mapLabel = bloc
    ? `World map: ${bloc.bloc.name}, ${bloc.members.length} countries coloured. The same list is in the panel.`
    : "World map of the blocs named in the speech. Every country and bloc is also in the lists.";

  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Bloc Atlas</h1>
        <p>
          {dataset.speech.speaker} at the Valdai Club, {dataset.speech.place},{" "}
          <time dateTime={date}>{formatDate(date)}</time>. Memberships as of that day.
        </p>
      </header>
      <BlocList
        groups={groups}
        memberCounts={memberCounts}
        foldedCountryNames={foldedCountryNames}
        selectedBlocId={selection.blocId}
        query={blocQuery}
        onQueryChange={actions.setBlocQuery}
        onSelect={actions.selectBloc}
      />
      <main className="map-area">
        <MapView
          geoBaseUrl={geoBaseUrl}
          highlight={highlight}
          selectedCountry={selection.country}
          labels={labels}
          selectedBlocId={selection.blocId}
          camera={camera}
          padding={MAP_PADDING}
          reducedMotion={reducedMotion}
          ariaLabel={mapLabel}
          onCountryClick={(iso3) => actions.selectCountry(iso3, false)}
          onCountryHover={actions.setHover}
          onBlocLabelClick={actions.selectBloc}
        />
        <HoverTooltip data={data} date={date} />
        <Legend bloc={bloc?.bloc} date={date} />
        {notice ? <Notice message={notice} onDismiss={actions.dismissNotice} /> : null}
      </main>
      <aside className="details" aria-label="Details">
        {country ? (
          <CountryPanel
            details={country}
            data={data}
            date={date}
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
            onClear={actions.clearSelection}
          />
        ) : (
          <Intro />
        )}
      </aside>
    </div>
  );
}

function Intro() {
  return (
    <div className="panel-body intro">
      <h2>Read the speech on the map</h2>
      <p>
        Pick a bloc to colour its countries and read what the speaker said of it. Click a country, on the map
        or in a list, to see every bloc it belongs to.
      </p>
      <p>
        Every quote is the speaker’s exact words, checked against the published transcript. Where the record
        differs from the speech, a note says so and gives its source.
      </p>
    </div>
  );
}
