import { useEffect, useRef } from "react";
import { moveForKey, stepAfter } from "../../domain/tour";
import { isFramed } from "../../embed/use-host-bridge";
import { openSpeakerView } from "./step-urls";

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, a[href], summary") !== null;
}

/**
 * The presentation's keys (see moveForKey): next, previous, first and last; digits then Enter to
 * jump; Esc to leave for the full app at `leaveUrl`; F for full screen; S for the speaker view.
 * `typed` is the digits typed so far, kept by the page so it can show them.
 */
export function usePresentKeys({
  step,
  count,
  typed,
  setTyped,
  leaveUrl,
  show,
}: {
  step: number;
  count: number;
  typed: string;
  setTyped: (typed: string) => void;
  leaveUrl: string;
  show: (n: number, record: boolean) => void;
}): void {
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
      // Enter with no number typed is the focused control's own (Next, Previous, Download PNG): a
      // keyboard user presses what has focus.
      if (move.kind === "jump" && digits === "" && isControl(event.target)) return;
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
  }, [count, show, setTyped]);
}
