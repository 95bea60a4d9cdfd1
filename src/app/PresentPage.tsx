import { useEffect, useState } from "react";
import { LoadFailure } from "../components/LoadFailure";
import type { LoadedData } from "../data/load-dataset";
import { DatasetError } from "../data/load-dataset";
import { loadTour } from "../data/load-tours";
import type { Tour } from "../data/tour-schema";
import type { EmbedOptions } from "../embed/embed-options";
import { Presentation } from "./present/Presentation";
import { SpeakerView } from "./present/SpeakerView";

type PresentPageProps = {
  data: LoadedData;
  geoBaseUrl: string;
  tourId: string;
  options: EmbedOptions;
};

type TourState =
  { status: "loading" } | { status: "ready"; tour: Tour } | { status: "failed"; lines: readonly string[] };

/** `?present=<tour>`: loads the tour, then presents it; a tour that fails its checks says why. */
export function PresentPage({ data, tourId, ...rest }: PresentPageProps) {
  const [state, setState] = useState<TourState>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    loadTour(tourId, data).then(
      (tour) => {
        if (!cancelled) setState({ status: "ready", tour });
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({ status: "failed", lines: error instanceof DatasetError ? error.lines : [String(error)] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [tourId, data]);
  if (state.status === "loading") {
    return (
      <p className="status" role="status">
        Loading the tour…
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <LoadFailure title="The tour could not be shown" lines={state.lines}>
        <p>
          <a href={window.location.pathname}>Open Bloc Atlas without the tour</a>
        </p>
      </LoadFailure>
    );
  }
  if (new URLSearchParams(window.location.search).get("speaker") === "1") {
    return <SpeakerView data={data} tour={state.tour} />;
  }
  return <Presentation data={data} tour={state.tour} {...rest} />;
}
