import { useEffect, useState } from "react";
import { GEO_BASE_URL } from "../data/own-files";
import { parseEmbedOptions } from "../embed/embed-options";
import { prepareMapLibre } from "../map/prepare-maplibre";
import { LoadFailure } from "../components/LoadFailure";
import { AtlasPage } from "./AtlasPage";
import { EmbedPage } from "./EmbedPage";
import { LoadingFrame } from "./LoadingFrame";
import { PresentPage } from "./PresentPage";
import { useLoadedData } from "./use-loaded-data";

/**
 * Loads the dataset, then shows the page the URL asks for: the full app, the embed (`?embed=1`)
 * or a tour presented (`?present=argument`).
 */
export function App() {
  const { state, retry } = useLoadedData();
  // The page is chosen once per load; a frame that wants another page loads another URL.
  const [embed] = useState(() => parseEmbedOptions(window.location.search));
  const [presentTour] = useState(() => new URLSearchParams(window.location.search).get("present"));
  // MapLibre's workers load and start while the dataset is fetched and checked.
  useEffect(() => {
    prepareMapLibre().catch(() => undefined);
  }, []);
  if (state.status === "loading")
    return <LoadingFrame page={presentTour ? "present" : embed.options.embed ? "embed" : "atlas"} />;
  if (state.status === "failed") {
    return (
      <LoadFailure title="The dataset could not be loaded" lines={state.lines}>
        <p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </p>
      </LoadFailure>
    );
  }
  // A presentation fills its window or frame, with or without embed=1.
  if (presentTour) {
    return (
      <PresentPage data={state.data} geoBaseUrl={GEO_BASE_URL} tourId={presentTour} options={embed.options} />
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
