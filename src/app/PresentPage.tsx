import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LoadFailure } from "../components/LoadFailure";
import { Notice } from "../components/Notice";
import type { LoadedData } from "../data/load-dataset";
import { DatasetError } from "../data/load-dataset";
import { loadTour } from "../data/load-tours";
import type { Tour } from "../data/tour-schema";
import { formatDate } from "../domain/labels";
import { moveForKey, readStep, stepAfter } from "../domain/tour";
import type { EmbedOptions } from "../embed/embed-options";
import { isFramed, useHostBridge } from "../embed/use-host-bridge";
import { MapView } from "../map/MapView";
import { THEME_COLORS } from "../palette";
import { useAtlasStore } from "../store/atlas-store";
import { stepViewState } from "../store/tour-view";
import { serializeViewState } from "../store/url-state";
import { useAtlasView } from "../store/use-atlas-view";
import { localToday } from "./local-today";
import { drawnMapProps } from "./map-props";
import { useReducedMotion } from "./use-reduced-motion";
import { useStepChannel } from "./use-step-channel";
import { DownloadImage } from "./DownloadImage";
import { SOURCE_LINE } from "./source-line";
import { legendEntries } from "../domain/legend";
import { CompactLegend } from "../components/CompactLegend";
import { shownWhen } from "../domain/compare-text";
import { useResolvedTheme } from "./use-theme";

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

/** The step in the URL (`?present=argument&step=3`), other parameters (`embed=1`) kept. */
function urlForStep(step: number): string {
  const params = new URLSearchParams(window.location.search);
  params.set("step", String(step));
  return `${window.location.pathname}?${params.toString()}${window.location.hash}`;
}

/** Opens (or brings back) the speaker view: the same URL with `speaker=1`, in a window of its own. */
function openSpeakerView(step: number): void {
  const params = new URLSearchParams(window.location.search);
  params.set("step", String(step));
  params.set("speaker", "1");
  params.delete("embed");
  window.open(
    `${window.location.pathname}?${params.toString()}`,
    "bloc-atlas-speaker",
    "popup,width=1000,height=720",
  );
}

/** A horizontal swipe longer than this, in CSS pixels, turns a page. */
const SWIPE = 50;

function Presentation({
  data,
  geoBaseUrl,
  tour,
  options,
}: Omit<PresentPageProps, "tourId"> & { tour: Tour }) {
  const [today] = useState(localToday);
  const view = useAtlasView(data, today, "off");
  const step = useAtlasStore((s) => s.tourStep) ?? 1;
  const goToStep = useAtlasStore((s) => s.goToStep);
  const reducedMotion = useReducedMotion();
  const theme = useResolvedTheme(options.theme);
  const colors = THEME_COLORS[theme];
  const count = tour.steps.length;
  const speechDate = data.dataset.speech.date;
  const [notice, setNotice] = useState<string | undefined>(undefined);
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
      const { step: n, problem } = readStep(new URLSearchParams(window.location.search).get("step"), count);
      setNotice(problem === undefined ? undefined : `The link could not be followed in full: ${problem}.`);
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
  const leaveUrl = current
    ? `${window.location.pathname}${serializeViewState(stepViewState(current, speechDate, today), "")}`
    : window.location.pathname;

  const latest = useRef({ step, typed, leaveUrl });
  useEffect(() => {
    latest.current = { step, typed, leaveUrl };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select")) return;
      const move = moveForKey(event.key, event.shiftKey);
      if (!move) return;
      const { step: now, typed: digits, leaveUrl: leave } = latest.current;
      // Space and the arrows would otherwise scroll or activate the focused button as well.
      event.preventDefault();
      switch (move.kind) {
        case "next":
        case "previous":
        case "first":
        case "last":
          setTyped("");
          show(stepAfter(move.kind, now, count), true);
          break;
        case "digit":
          setTyped((digits + move.digit).slice(-3));
          break;
        case "jump": {
          const n = Number(digits);
          setTyped("");
          if (n >= 1 && n <= count) show(n, true);
          break;
        }
        case "leave":
          // In a frame, Esc belongs to the page around it (a deck's overview), not to this one.
          if (!isFramed()) window.location.assign(leave);
          break;
        case "fullscreen":
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen().catch(() => undefined);
          break;
        case "speaker":
          openSpeakerView(now);
          break;
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [count, show]);

  const swipeStart = useRef<{ x: number; y: number } | undefined>(undefined);
  const quote = useMemo(() => data.dataset.quotes.find((q) => q.id === current?.quote), [data, current]);
  if (!current) return null;
  const { speech } = data.dataset;
  const mapProps = drawnMapProps(view, geoBaseUrl, PRESENT_PADDING, colors);
  const legend = legendEntries({
    bloc: view.bloc?.bloc,
    highlight: view.highlight,
    partiesLabel: view.cochair ? "Co-chairs" : "Parties",
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
          interactive={false}
          attribution={false}
          labelScale={1.4}
        />
        {notice ? <Notice message={notice} onDismiss={() => setNotice(undefined)} /> : null}
      </main>
      <section className="present-caption" aria-label="Step" aria-live="polite">
        <div className="present-meta">
          <p className="present-progress">
            <span aria-label={`Step ${step} of ${count}`}>
              {step} / {count}
            </span>
            {typed ? <span className="present-typed"> · go to {typed}</span> : null}
            <span className="present-date"> · {shownWhen(view.date, view.comparison)}</span>
          </p>
          {/* The room reads the colours here, as the image's reader does in its legend. */}
          {legend.length > 0 ? <CompactLegend entries={legend} /> : null}
        </div>
        <h1>{current.caption}</h1>
        {quote ? (
          <blockquote className="present-quote">
            <p>“{quote.text}”</p>
          </blockquote>
        ) : null}
        <nav className="present-nav" aria-label="Tour">
          <DownloadImage
            map={mapProps}
            text={{
              title: current.caption,
              line: `${tour.title} · step ${String(step)} of ${String(count)} · ${shownWhen(view.date, view.comparison)}`,
              legend,
              source: SOURCE_LINE,
            }}
            colors={colors}
            fileName={`bloc-atlas-${tour.id}-${String(step).padStart(2, "0")}-${current.id}.png`}
          />
          <button
            type="button"
            onClick={() => show(stepAfter("previous", step, count), true)}
            disabled={step === 1}
          >
            Previous
          </button>
          <button
            type="button"
            onClick={() => show(stepAfter("next", step, count), true)}
            disabled={step === count}
          >
            Next
          </button>
        </nav>
        <p className="present-source">
          {speech.speaker}, {speech.place}, {formatDate(speech.date)} · Bloc Atlas · Natural Earth
        </p>
      </section>
    </div>
  );
}

const PRESENT_PADDING = { top: 24, right: 24, bottom: 24, left: 24 };

/** Minutes and seconds since `start`, as a presenter's timer shows them. */
function elapsed(start: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The presenter's own window (`speaker=1`, or S in the presentation): the notes, this step's and
 * the next step's caption, a timer and the step list. It follows the presentation and drives it.
 */
function SpeakerView({ data, tour }: { data: LoadedData; tour: Tour }) {
  const count = tour.steps.length;
  const [step, setStep] = useState(
    () => readStep(new URLSearchParams(window.location.search).get("step"), count).step,
  );
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const follow = useCallback((n: number) => {
    setStep(n);
    window.history.replaceState(null, "", urlForStep(n));
  }, []);
  const announce = useStepChannel(tour.id, follow);
  const go = useCallback(
    (n: number) => {
      follow(n);
      announce(n);
    },
    [follow, announce],
  );
  const latestStep = useRef(step);
  useEffect(() => {
    latestStep.current = step;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const move = moveForKey(event.key, event.shiftKey);
      if (
        move?.kind !== "next" &&
        move?.kind !== "previous" &&
        move?.kind !== "first" &&
        move?.kind !== "last"
      )
        return;
      event.preventDefault();
      go(stepAfter(move.kind, latestStep.current, count));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [count, go]);

  const current = tour.steps[step - 1];
  const next = tour.steps[step];
  const quote = data.dataset.quotes.find((q) => q.id === current?.quote);
  return (
    <div className="speaker">
      <header className="speaker-header">
        <h1>{tour.title}: speaker view</h1>
        <p className="speaker-timer">
          <span aria-label="Time since the start">{elapsed(start, now)}</span>{" "}
          <button type="button" onClick={() => setStart(Date.now())}>
            Restart timer
          </button>
        </p>
      </header>
      <main className="speaker-main">
        <section aria-labelledby="speaker-now">
          <h2 id="speaker-now">
            Now: step {step} / {count}
          </h2>
          <p className="speaker-caption">{current?.caption}</p>
          {quote ? <blockquote>“{quote.text}”</blockquote> : null}
          <h3>Notes</h3>
          <p className="speaker-notes">{current?.notes ?? "No notes for this step."}</p>
        </section>
        <section aria-labelledby="speaker-next">
          <h2 id="speaker-next">Next</h2>
          <p className="speaker-caption">{next ? next.caption : "End of the tour."}</p>
          <div className="speaker-buttons">
            <button
              type="button"
              onClick={() => go(stepAfter("previous", step, count))}
              disabled={step === 1}
            >
              Previous
            </button>
            <button
              type="button"
              onClick={() => go(stepAfter("next", step, count))}
              disabled={step === count}
            >
              Next
            </button>
          </div>
        </section>
        <nav aria-label="Steps" className="speaker-steps">
          <ol>
            {tour.steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  aria-current={i + 1 === step ? "step" : undefined}
                  onClick={() => go(i + 1)}
                >
                  {s.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      </main>
    </div>
  );
}
