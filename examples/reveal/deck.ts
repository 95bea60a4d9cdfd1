/**
 * A reveal.js deck with Bloc Atlas's `argument` tour on one slide. The tour's steps are the slide's
 * fragments, so the keyboard and a presentation clicker step the deck and the map together; a move
 * made inside the frame (its own keys or buttons) moves the deck's fragments to match. Everything
 * goes through the host API (README, "Host API"): `bloc-atlas:step` out, state events back.
 */
import Reveal from "reveal.js";
import "reveal.js/reveal.css";
import "reveal.js/theme/white.css";
import tour from "../../data/tours/argument.json";

const slide = document.querySelector<HTMLElement>("#tour-slide");
const frame = document.querySelector<HTMLIFrameElement>("#tour-frame");
if (!slide || !frame) throw new Error("index.html is missing the tour's slide or frame");

// One fragment per step after the first: step n is shown when n - 1 fragments are.
for (let n = 2; n <= tour.steps.length; n++) {
  const fragment = document.createElement("span");
  fragment.className = "fragment step-fragment";
  fragment.dataset.step = String(n);
  slide.append(fragment);
}

const appOrigin = new URL(frame.src).origin;
const deck = new Reveal({ hash: true, width: 1280, height: 720, margin: 0.02, transition: "fade" });

/** The step the deck shows: one more than the tour slide's fragments shown. */
const deckStep = (): number => slide.querySelectorAll(".step-fragment.visible").length + 1;

/** Whether the frame has said it is ready: before that, a message could reach the wrong page. */
let frameReady = false;
/**
 * The step the deck last asked for, until the frame's answer to it arrives. Answers to older
 * requests (a clicker pressed twice quickly) are not moves of the frame's own, and are not followed.
 */
let awaiting: number | undefined;

const sendStep = (): void => {
  if (!frameReady || deck.getCurrentSlide() !== slide) return;
  awaiting = deckStep();
  frame.contentWindow?.postMessage({ type: "bloc-atlas:step", step: awaiting }, appOrigin);
};

type TourStateEvent = { type: "bloc-atlas:state"; tour: { step: number } };

function isTourState(data: unknown): data is TourStateEvent {
  if (typeof data !== "object" || data === null) return false;
  const { type, tour: presented } = data as { type?: unknown; tour?: { step?: unknown } };
  return type === "bloc-atlas:state" && typeof presented?.step === "number";
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === "bloc-atlas:ready") {
    frameReady = true;
    sendStep();
    return;
  }
  if (!isTourState(event.data)) return;
  const { step } = event.data.tour;
  if (awaiting !== undefined) {
    if (step === awaiting) awaiting = undefined;
    return;
  }
  // A move made inside the frame: the deck's fragments follow it.
  if (deck.getCurrentSlide() === slide && step !== deckStep()) {
    const { h, v } = deck.getIndices(slide);
    deck.slide(h, v, step - 2);
  }
});

for (const name of ["slidechanged", "fragmentshown", "fragmenthidden"]) deck.on(name, sendStep);
void deck.initialize();
