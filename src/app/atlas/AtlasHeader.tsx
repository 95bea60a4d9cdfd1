import type { RefObject } from "react";
import type { LoadedData } from "../../domain/loaded-data";
import { formatDate } from "../../domain/labels";
import { legendEntries } from "../../domain/legend";
import { COLORS } from "../../domain/palette";
import { summaryOf } from "../../domain/view-summary";
import type { AtlasView } from "../../store/use-atlas-view";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { useLang } from "../../i18n/use-text";
import { useAtlasStore } from "../../store/atlas-store";
import { DownloadImage } from "../DownloadImage";
import { imageFileName } from "../image-file-name";
import type { DrawnMapProps } from "../map-props";
import { SOURCE_LINE } from "../source-line";

/**
 * The page's header: its name and the speech it reads, the image and Share buttons, and the date
 * whose memberships and statuses are shown.
 */
export function AtlasHeader({
  data,
  view,
  mapProps,
  shareButton,
  onShare,
}: {
  data: LoadedData;
  view: AtlasView;
  /** What the map draws, for the image it can be saved as. */
  mapProps: DrawnMapProps;
  shareButton: RefObject<HTMLButtonElement | null>;
  onShare: () => void;
}) {
  const { dataset } = data;
  const lang = useLang();
  const setLang = useAtlasStore((s) => s.setLang);
  const { speechDate, date, selection, highlight, comparison, bloc, cochair } = view;
  const summary = summaryOf(data, selection, date, comparison);
  return (
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
            bloc,
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
      <LanguageSwitch lang={lang} onChange={setLang} />
      <button
        type="button"
        ref={shareButton}
        className="share-button"
        aria-haspopup="dialog"
        onClick={onShare}
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
  );
}
