import { useMemo } from "react";
import type { LoadedData } from "../data/load-dataset";
import { memberCodesOn } from "../domain/memberships";
import { MapView, type CountryHighlight } from "../map/MapView";

const NO_HIGHLIGHT: CountryHighlight = { members: [], associates: [] };
const PADDING = { top: 0, right: 0, bottom: 0, left: 0 };
const noop = () => undefined;

export function AtlasPage({ data, geoBaseUrl }: { data: LoadedData; geoBaseUrl: string }) {
  const { speech, blocs } = data.dataset;
  const rows = useMemo(
    () => blocs.map((bloc) => ({ bloc, memberCount: memberCodesOn(bloc, speech.date).length })),
    [blocs, speech.date],
  );
  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Bloc Atlas</h1>
        <p>
          {speech.speaker}, {speech.place}, <time dateTime={speech.date}>{speech.date}</time>
        </p>
      </header>
      <aside className="panel" aria-label="Blocs">
        <h2>Blocs named in the speech</h2>
        <ul className="bloc-list" aria-label="Blocs">
          {rows.map(({ bloc, memberCount }) => (
            <li key={bloc.id}>
              {bloc.name} <span className="count">{memberCount}</span>
            </li>
          ))}
        </ul>
      </aside>
      <MapView
        geoBaseUrl={geoBaseUrl}
        highlight={NO_HIGHLIGHT}
        selectedCountry={undefined}
        labels={[]}
        camera={undefined}
        padding={PADDING}
        reducedMotion={false}
        ariaLabel="World map"
        onCountryClick={noop}
        onCountryHover={noop}
        onBlocLabelClick={noop}
      />
    </div>
  );
}
