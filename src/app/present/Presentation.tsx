import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CompactLegend } from "../../components/CompactLegend";
import { Notice } from "../../components/Notice";
import type { LoadedData } from "../../domain/loaded-data";
import type { DeepReadonly } from "../../data/deep-freeze";
import type { Tour } from "../../data/tour-schema";
import { shownWhen } from "../../domain/compare-text";
import { formatDate } from "../../domain/labels";
import { quoted } from "../../domain/quoted";
import { legendEntries } from "../../domain/legend";
import { useLang, useText } from "../../i18n/use-text";
import { THEME_COLORS } from "../../domain/palette";
import { readStep, stepAfter } from "../../domain/tour";
import type { EmbedOptions } from "../../embed/embed-options";
import { isFramed, useHostBridge } from "../../embed/use-host-bridge";
import { MapView } from "../../map/MapView";
import { EnglishRecordNote } from "../../components/EnglishRecordNote";
import { languageOfLink, withLanguage } from "../../store/language-link";
import { useAtlasStore } from "../../store/atlas-store";
import { stepViewState } from "../../store/tour-view";
import { serializeViewState } from "../../store/url-state";
import { useAtlasView } from "../../store/use-atlas-view";
import { DownloadImage } from "../DownloadImage";
import { localToday } from "../local-today";
import { drawnMapProps } from "../map-props";
import { sourceLine } from "../source-line";
import { useReducedMotion } from "../use-reduced-motion";
import { useStepChannel } from "../use-step-channel";
import { useResolvedTheme } from "../use-theme";
import { urlForStep } from "./step-urls";
import { usePresentKeys } from "./use-present-keys";

const PRESENT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };

/** A horizontal swipe longer than this, in CSS pixels, turns a page. */
const SWIPE = 50;

/**
 * A tour presented: the map at full size, and under it the step's caption, the speaker's words, a
 * compact legend and the buttons. Keys, swipes, the URL, a host page and the speaker view move it.
 */
export function Presentation({
  data,
  geoBaseUrl,
  tour,
  options,
}: {
  data: LoadedData;
  geoBaseUrl: string;
  tour: DeepReadonly<Tour>;
  options: EmbedOptions;
}) {
  const t = useText();
  const lang = useLang();
  const [today] = useState(localToday);
  const view = useAtlasView(data, today, "off");
  const step = useAtlasStore((s) => s.tourStep) ?? 1;
  const goToStep = useAtlasStore((s) => s.goToStep);
  const reducedMotion = useReducedMotion();
  const theme = useResolvedTheme(options.theme);
  const colors = THEME_COLORS[theme];
  const count = tour.steps.length;
  const speechDate = data.dataset.speech.date;
  // Kept as the step asked for, so the notice is said in the language of the moment.
  const [badStep, setBadStep] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState("");

  // The speaker view, if open, follows this window and drives it.
  const followRef = useRef<(n: number) => void>(() => undefined);
  const announce = useStepChannel(tour.id, (n) => followRef.current(n));

  /**
   * Shows step `n` (1-based). `record` adds it to history, as a person's move does; `tell` says it
   * to the speaker view (not when the move came from there).
   */
  const show = useCallback(
    (n: number, record: boolean, tell = record) => {
      const target = tour.steps[n - 1];
      if (!target) return;
      goToStep(n, stepViewState(target, speechDate, today));
      if (tell) announce(n);
      if (!record) return;
      // In a frame, history entries would hijack the host page's Back button.
      if (isFramed()) window.history.replaceState(null, "", urlForStep(n));
      else window.history.pushState(null, "", urlForStep(n));
    },
    [tour, goToStep, speechDate, today, announce],
  );
  useEffect(() => {
    followRef.current = (n) => show(n, true, false);
  }, [show]);

  useEffect(() => {
    const fromUrl = (tell: boolean) => {
      const raw = new URLSearchParams(window.location.search).get("step");
      const { step: n, problem } = readStep(raw, count);
      setBadStep(problem === undefined ? undefined : (raw ?? ""));
      show(n, false, tell);
    };
    const onPopState = () => fromUrl(true);
    fromUrl(false);
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [count, show]);

  // A page framing the presentation (a slide deck) moves its steps through the host API.
  const tourBridge = useMemo(
    () => ({ id: tour.id, count, show: (n: number) => show(n, true) }),
    [tour.id, count, show],
  );
  useHostBridge(data, view.known, today, options.origins, tourBridge);

  const current = tour.steps[step - 1];
  // The full app in the presentation's language where its link names one.
  const linkedLanguage = (query: string) =>
    languageOfLink(window.location.search).lang ? withLanguage(query, lang) : query;
  const leaveUrl = current
    ? `${window.location.pathname}${linkedLanguage(serializeViewState(stepViewState(current, speechDate, today), ""))}`
    : `${window.location.pathname}${linkedLanguage("")}`;

  usePresentKeys({ step, count, typed, setTyped, leaveUrl, show });

  const swipeStart = useRef<{ x: number; y: number } | undefined>(undefined);
  const quote = useMemo(() => data.dataset.quotes.find((q) => q.id === current?.quote), [data, current]);
  if (!current) return null;
  const { speech } = data.dataset;
  const mapProps = drawnMapProps(view, geoBaseUrl, PRESENT_PADDING, colors);
  const legend = legendEntries(t, {
    bloc: view.bloc,
    highlight: view.highlight,
    partiesLabel: t(view.cochair ? "panels.cochairs" : "panels.parties"),
    date: view.date,
    types: view.legendTypes,
    colors,
    comparison: view.comparison,
  });

  return (
    <div
      className="present"
      data-theme={theme}
      onTouchStart={(event) => {
        const touch = event.touches[0];
        swipeStart.current = touch ? { x: touch.clientX, y: touch.clientY } : undefined;
      }}
      onTouchEnd={(event) => {
        const start = swipeStart.current;
        const touch = event.changedTouches[0];
        if (!start || !touch) return;
        const dx = touch.clientX - start.x;
        if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(touch.clientY - start.y)) return;
        show(stepAfter(dx < 0 ? "next" : "previous", step, count), true);
      }}
    >
      <main className="map-area present-map">
        <MapView
          {...mapProps}
          reducedMotion={reducedMotion}
          ariaLabel={view.mapLabel}
          lang={lang}
          interactive={false}
          attribution={false}
          labelScale={1.4}
        />
        {badStep !== undefined ? (
          <Notice
            message={t("present.no-such-step", { step: quoted(badStep), count })}
            onDismiss={() => setBadStep(undefined)}
          />
        ) : null}
      </main>
      <section className="present-caption" aria-label={t("present.step")} aria-live="polite">
        <div className="present-meta">
          <p className="present-progress">
            <span aria-label={t("present.step-of", { step, count })} data-step={step}>
              {step} / {count}
            </span>
            {typed ? <span className="present-typed"> · {t("present.go-to", { typed })}</span> : null}
            <span className="present-date"> · {shownWhen(t, lang, view.date, view.comparison)}</span>
          </p>
          {/* The room reads the colours here, as the image's reader does in its legend. */}
          {legend.length > 0 ? <CompactLegend entries={legend} /> : null}
        </div>
        <h1>{current.caption}</h1>
        {quote ? (
          <>
            <blockquote className="present-quote" lang="en">
              <p>“{quote.text}”</p>
            </blockquote>
            <EnglishRecordNote />
          </>
        ) : null}
        <nav className="present-nav" aria-label={t("present.tour")}>
          <DownloadImage
            map={mapProps}
            text={{
              title: current.caption,
              line: t("present.image-line", {
                tour: tour.title,
                step,
                count,
                when: shownWhen(t, lang, view.date, view.comparison),
              }),
              legend,
              source: sourceLine(t),
            }}
            colors={colors}
            fileName={`bloc-atlas-${tour.id}-${String(step).padStart(2, "0")}-${current.id}.png`}
          />
          <button
            type="button"
            data-move="previous"
            onClick={() => show(stepAfter("previous", step, count), true)}
            disabled={step === 1}
          >
            {t("present.previous")}
          </button>
          <button
            type="button"
            data-move="next"
            onClick={() => show(stepAfter("next", step, count), true)}
            disabled={step === count}
          >
            {t("present.next")}
          </button>
        </nav>
        <p className="present-source">
          {t("present.source", {
            speaker: speech.speaker,
            place: speech.place,
            date: formatDate(speech.date, lang),
          })}
        </p>
      </section>
    </div>
  );
}
