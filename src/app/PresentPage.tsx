import { LoadFailure } from "../components/LoadFailure";
import type { LoadedData } from "../domain/loaded-data";
import type { EmbedOptions } from "../embed/embed-options";
import { useText } from "../i18n/use-text";
import { Presentation } from "./present/Presentation";
import { SpeakerView } from "./present/SpeakerView";

type PresentPageProps = {
  data: LoadedData;
  geoBaseUrl: string;
  tourId: string;
  options: EmbedOptions;
};

/** `?present=<tour>`: the tour presented, or the speaker view; a tour the build does not hold says so. */
export function PresentPage({ data, tourId, ...rest }: PresentPageProps) {
  const t = useText();
  const tour = Object.hasOwn(data.tours, tourId) ? data.tours[tourId] : undefined;
  if (!tour) {
    const tours = Object.keys(data.tours).sort().join(", ");
    return (
      <LoadFailure
        title={t("present.tour-failed")}
        lines={[`data/tours/${tourId}.json: $: ${t("present.no-such-tour", { tours })}`]}
      >
        <p>
          <a href={window.location.pathname}>{t("present.open-without-tour")}</a>
        </p>
      </LoadFailure>
    );
  }
  if (new URLSearchParams(window.location.search).get("speaker") === "1") {
    return <SpeakerView data={data} tour={tour} />;
  }
  return <Presentation data={data} tour={tour} {...rest} />;
}
