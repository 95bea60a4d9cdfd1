import { useMemo, useRef, useState } from "react";
import { Announcer } from "../components/Announcer";
import { CompactLegend } from "../components/CompactLegend";
import { HoverTooltip } from "../components/HoverTooltip";
import { Notice } from "../components/Notice";
import type { LoadedData } from "../domain/loaded-data";
import { legendEntries } from "../domain/legend";
import { keyQuoteOf, summaryOf } from "../domain/view-summary";
import type { EmbedOptions } from "../embed/embed-options";
import type { Phrase } from "../i18n/messages";
import { useLang, useSay, useText } from "../i18n/use-text";
import { EnglishRecordNote } from "../components/EnglishRecordNote";
import { useHostBridge } from "../embed/use-host-bridge";
import { useWantedHeight } from "../embed/use-wanted-height";
import { MapView } from "../map/MapView";
import { THEME_COLORS } from "../domain/palette";
import { useAtlasStore, type ViewState } from "../store/atlas-store";
import { serializeViewState } from "../store/url-state";
import { languageOfLink, withLanguage } from "../store/language-link";
import type { Language } from "../data/languages";
import { useAtlasView } from "../store/use-atlas-view";
import { localToday } from "./local-today";
import { drawnMapProps } from "./map-props";
import { sourceLine } from "./source-line";
import { useElementWidth } from "./use-element-width";
import { useAnnouncement } from "./use-announcement";
import { useReducedMotion } from "./use-reduced-motion";
import { useResolvedTheme } from "./use-theme";

const MAP_PADDING = { top: 8, right: 8, bottom: 8, left: 8 };

/**
 * The full app's address for a view: this page's own path, so it works from any folder or file,
 * in the frame's language where its address names one (as the Share dialog's embed code does).
 */
function appHref(view: ViewState, lang: Language): string {
  const query = serializeViewState(view, "");
  return `${window.location.pathname}${languageOfLink(window.location.search).lang ? withLanguage(query, lang) : query}`;
}

/** A view as the embed shows it: no reader, so its query string has no passage in it. */
function embedView(view: ViewState): string {
  return serializeViewState({ ...view, panel: "details", readerTarget: undefined }, "");
}

type EmbedPageProps = {
  data: LoadedData;
  geoBaseUrl: string;
  options: EmbedOptions;
  /** What in the embed options could not be read, for the notice. */
  optionProblems: readonly Phrase[];
};

/**
 * The view for a frame in a slide or an article: the map, what it shows in a line, one quote, a
 * compact legend and the source, with links to the same view in the full app. No lists or panels.
 */
export function EmbedPage({ data, geoBaseUrl, options, optionProblems }: EmbedPageProps) {
  const t = useText();
  const say = useSay();
  const lang = useLang();
  const [today] = useState(localToday);
  // Each change replaces the frame's history entry, so the host page's Back button stays its own.
  const view = useAtlasView(data, today, "replace");
  const { selection, filters, asOf, date, highlight, comparison, bloc, cochair } = view;
  useHostBridge(data, view.known, today, options.origins);
  const announcement = useAnnouncement(data, today);
  const readerTarget = useAtlasStore((s) => s.readerTarget);
  const notice = useAtlasStore((s) => s.notice);
  const selectBloc = useAtlasStore((s) => s.selectBloc);
  const selectAgreement = useAtlasStore((s) => s.selectAgreement);
  const selectCoChairmanship = useAtlasStore((s) => s.selectCoChairmanship);
  const selectCountry = useAtlasStore((s) => s.selectCountry);
  const setHover = useAtlasStore((s) => s.setHover);
  const dismissNotice = useAtlasStore((s) => s.dismissNotice);
  const [optionsNoticeShown, setOptionsNoticeShown] = useState(optionProblems.length > 0);
  const reducedMotion = useReducedMotion();
  const theme = useResolvedTheme(options.theme);
  const colors = THEME_COLORS[theme];

  const viewState: ViewState = { ...selection, filters, asOf, panel: "details", readerTarget: undefined };
  const appLink = appHref(viewState, lang);
  const summary = useMemo(
    () => summaryOf(t, lang, data, selection, date, comparison),
    [t, lang, data, selection, date, comparison],
  );
  const namedQuote = readerTarget && "quoteId" in readerTarget ? readerTarget.quoteId : undefined;
  const quote = useMemo(
    () => (options.quote ? keyQuoteOf(data, selection, namedQuote) : undefined),
    [data, selection, namedQuote, options.quote],
  );

  const pageRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  // Past a laptop's width (a 4K frame), the map's labels grow with the type around them.
  const width = useElementWidth(pageRef);
  const labelScale = Math.min(2.5, Math.max(1, width / 1280));
  useWantedHeight(pageRef, mapRef, embedView, options.origins);

  /** A still map sends its clicks to the full app, in a new tab, rather than changing itself. */
  const openInApp = (change: Partial<ViewState>) => {
    window.open(appHref({ ...viewState, ...change }, lang), "_blank", "noopener");
  };
  const noFocus = {
    blocId: undefined,
    compare: undefined,
    agreementId: undefined,
    coChairId: undefined,
    since: undefined,
  };

  return (
    <div ref={pageRef} className="embed" data-theme={theme}>
      {options.title ? (
        <header className="embed-header">
          <h1>{summary.title}</h1>
          <p>{summary.line}</p>
        </header>
      ) : null}
      <main ref={mapRef} className="map-area embed-map">
        <MapView
          {...drawnMapProps(view, geoBaseUrl, MAP_PADDING, colors)}
          reducedMotion={reducedMotion}
          ariaLabel={view.mapLabel}
          lang={lang}
          interactive={options.interactive}
          cooperativeGestures
          attribution={false}
          labelScale={labelScale}
          onCountryClick={(iso3) =>
            options.interactive
              ? selectCountry(iso3, false)
              : openInApp({ country: iso3, focusCountry: true })
          }
          onCountryHover={setHover}
          onBlocLabelClick={(blocId) =>
            options.interactive ? selectBloc(blocId) : openInApp({ ...noFocus, blocId, country: undefined })
          }
          onRelationClick={(kind, id) => {
            if (!options.interactive) {
              openInApp(
                kind === "agreement"
                  ? { ...noFocus, agreementId: id, country: undefined }
                  : { ...noFocus, coChairId: id, country: undefined },
              );
            } else if (kind === "agreement") selectAgreement(id);
            else selectCoChairmanship(id);
          }}
        />
        <HoverTooltip data={data} date={date} />
        <Announcer message={announcement} />
        {notice ? <Notice message={notice} onDismiss={dismissNotice} /> : null}
        {!notice && optionsNoticeShown ? (
          <Notice
            message={t("embed.options-problems", { problems: optionProblems.map(say).join("; ") })}
            onDismiss={() => setOptionsNoticeShown(false)}
          />
        ) : null}
      </main>
      {options.legend ? (
        <CompactLegend
          entries={legendEntries(t, {
            bloc: bloc,
            highlight,
            partiesLabel: t(cochair ? "panels.cochairs" : "panels.parties"),
            date,
            types: view.legendTypes,
            colors,
            comparison,
          })}
        />
      ) : null}
      {quote ? (
        <figure className="embed-quote">
          <blockquote cite={appHref({ ...viewState, readerTarget: { quoteId: quote.id } }, lang)} lang="en">
            <p>“{quote.text}”</p>
          </blockquote>
          <EnglishRecordNote />
          <figcaption>
            <span>{data.dataset.speech.speaker}</span>{" "}
            <a
              href={appHref({ ...viewState, readerTarget: { quoteId: quote.id } }, lang)}
              target="_blank"
              rel="noopener"
            >
              {t("embed.read-in-the-speech")}
              <span className="visually-hidden"> {t("embed.new-tab")}</span>
            </a>
          </figcaption>
        </figure>
      ) : null}
      <footer className="embed-footer">
        <p>{sourceLine(t)}</p>
        <a href={appLink} target="_blank" rel="noopener">
          {t("embed.open-in-app")}
          <span className="visually-hidden"> {t("embed.new-tab")}</span>
        </a>
      </footer>
    </div>
  );
}
