import { useEffect } from "react";
import { prepareMapLibre } from "../map/prepare-maplibre";
import { AtlasPage } from "./AtlasPage";
import { useLoadedData } from "./use-loaded-data";

/** Absolute, because MapLibre fetches GeoJSON from its worker, where relative URLs do not resolve. */
const GEO_BASE_URL = new URL(`${import.meta.env.BASE_URL}geo/`, document.baseURI).href;

export function App() {
  const state = useLoadedData(GEO_BASE_URL);
  // MapLibre's workers load and start while the dataset is fetched and checked.
  useEffect(() => {
    prepareMapLibre().catch(() => undefined);
  }, []);
  if (state.status === "loading") {
    return (
      <p className="status" role="status">
        Loading the dataset…
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <main className="status" role="alert">
        <h1>The dataset could not be loaded</h1>
        <ul className="problem-list">
          {state.lines.map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </main>
    );
  }
  return <AtlasPage data={state.data} geoBaseUrl={GEO_BASE_URL} />;
}
