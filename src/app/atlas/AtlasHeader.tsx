import type { RefObject } from "react";
import type { LoadedData } from "../../domain/loaded-data";
import { formatDate } from "../../domain/labels";
import { legendEntries } from "../../domain/legend";
import { COLORS } from "../../domain/palette";
import { summaryOf } from "../../domain/view-summary";
import type { AtlasView } from "../../store/use-atlas-view";
import { LanguageSwitch } from "../../components/LanguageSwitch";
import { useLang, useRichText, useText } from "../../i18n/use-text";
import { useAtlasStore } from "../../store/atlas-store";
import { DownloadImage } from "../DownloadImage";
import { imageFileName } from "../image-file-name";
import type { DrawnMapProps } from "../map-props";
import { sourceLine } from "../source-line";

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
  const t = useText();
  const rich = useRichText();
  const setLang = useAtlasStore((s) => s.setLang);
  const { speechDate, date, selection, highlight, comparison, bloc, cochair } = view;
  const summary = summaryOf(t, lang, data, selection, date, comparison);
  return (
    <header className="atlas-header">
      <h1>{t("app.title")}</h1>
      {/* On a narrow desk the line is cut short; its whole text shows on hover. */}
      <p
        title={t("shell.header-speech", {
          speaker: dataset.speech.speaker,
          place: dataset.speech.place,
          date: formatDate(speechDate, lang),
        })}
      >
        {rich("shell.header-speech", {
          speaker: dataset.speech.speaker,
          place: dataset.speech.place,
          date: <time dateTime={speechDate}>{formatDate(speechDate, lang)}</time>,
        })}
      </p>
      <p className="as-of-line">
        {rich("shell.as-of-line", {
          b: (chunks) => <strong>{chunks}</strong>,
          date: <time dateTime={date}>{formatDate(date, lang)}</time>,
          which: date === speechDate ? "speech" : "other",
        })}
      </p>
      {/* Together, as one group: what makes something of the view to take away. */}
      <div className="header-actions">
        <DownloadImage
          map={mapProps}
          text={{
            title: summary.title,
            line: summary.line,
            legend: legendEntries(t, {
              bloc,
              highlight,
              partiesLabel: cochair ? t("domain.legend.co-chairs") : t("domain.legend.parties"),
              date,
              types: view.legendTypes,
              colors: COLORS,
              comparison,
            }),
            source: sourceLine(t),
          }}
          colors={COLORS}
          fileName={imageFileName(summary.title)}
        />
        <button
          type="button"
          ref={shareButton}
          className="share-button"
          aria-haspopup="dialog"
          onClick={onShare}
        >
          {t("shell.share")}
        </button>
      </div>
      <LanguageSwitch lang={lang} onChange={setLang} />
    </header>
  );
}
