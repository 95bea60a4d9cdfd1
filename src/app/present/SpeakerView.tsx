import { useCallback, useEffect, useRef, useState } from "react";
import type { LoadedData } from "../../domain/loaded-data";
import type { DeepReadonly } from "../../data/deep-freeze";
import type { Tour } from "../../data/tour-schema";
import { moveForKey, readStep, stepAfter } from "../../domain/tour";
import { useText } from "../../i18n/use-text";
import { EnglishRecordNote } from "../../components/EnglishRecordNote";
import { useStepChannel } from "../use-step-channel";
import { urlForStep } from "./step-urls";

/** Minutes and seconds since `start`, as a presenter's timer shows them. */
function elapsed(start: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The presenter's own window (`speaker=1`, or S in the presentation): the notes, this step's and
 * the next step's caption, a timer and the step list. It follows the presentation and drives it.
 */
export function SpeakerView({ data, tour }: { data: LoadedData; tour: DeepReadonly<Tour> }) {
  const t = useText();
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
        <h1>{t("present.speaker-view", { tour: tour.title })}</h1>
        <p className="speaker-timer">
          <span aria-label={t("present.time-since-start")}>{elapsed(start, now)}</span>{" "}
          <button type="button" onClick={() => setStart(Date.now())}>
            {t("present.restart-timer")}
          </button>
        </p>
      </header>
      <main className="speaker-main">
        <section aria-labelledby="speaker-now">
          <h2 id="speaker-now">{t("present.now", { step, count })}</h2>
          <p className="speaker-caption">{current?.caption}</p>
          {quote ? (
            <>
              <blockquote lang="en">“{quote.text}”</blockquote>
              <EnglishRecordNote />
            </>
          ) : null}
          <h3>{t("present.notes")}</h3>
          <p className="speaker-notes">{current?.notes ?? t("present.no-notes")}</p>
        </section>
        <section aria-labelledby="speaker-next">
          <h2 id="speaker-next">{t("present.next")}</h2>
          <p className="speaker-caption">{next ? next.caption : t("present.end-of-tour")}</p>
          <div className="speaker-buttons">
            <button
              type="button"
              onClick={() => go(stepAfter("previous", step, count))}
              disabled={step === 1}
            >
              {t("present.previous")}
            </button>
            <button
              type="button"
              onClick={() => go(stepAfter("next", step, count))}
              disabled={step === count}
            >
              {t("present.next")}
            </button>
          </div>
        </section>
        <nav aria-label={t("present.steps")} className="speaker-steps">
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
