import { useState } from "react";
import { parseEmbedOptions } from "../embed/embed-options";
import { AtlasPage } from "./AtlasPage";
import { EmbedPage } from "./EmbedPage";
import { useLoadedData } from "./use-loaded-data";

/** Absolute, because MapLibre fetches GeoJSON from its worker, where relative URLs do not resolve. */
const GEO_BASE_URL = new URL(`${import.meta.env.BASE_URL}geo/`, document.baseURI).href;

/** Loads the dataset, then shows the page the URL asks for: the full app, or the embed (`?embed=1`). */
export function App() {
  const state = useLoadedData(GEO_BASE_URL);
  // The page is chosen once per load; a frame that wants another page loads another URL.
  const [embed] = useState(() => parseEmbedOptions(window.location.search));
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
  if (embed.options.embed) {
    return (
      <EmbedPage
        data={state.data}
        geoBaseUrl={GEO_BASE_URL}
        options={embed.options}
        optionProblems={embed.problems}
      />
    );
  }
  return <AtlasPage data={state.data} geoBaseUrl={GEO_BASE_URL} />;
}
