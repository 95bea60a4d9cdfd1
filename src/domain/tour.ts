/** What a key press asks of a presentation. */
export type PresentMove =
  | { readonly kind: "next" }
  | { readonly kind: "previous" }
  | { readonly kind: "first" }
  | { readonly kind: "last" }
  | { readonly kind: "digit"; readonly digit: string }
  | { readonly kind: "jump" }
  | { readonly kind: "leave" }
  | { readonly kind: "fullscreen" }
  | { readonly kind: "speaker" };

/**
 * The keys presenters expect (reveal.js's, and what clickers send: PageDown and PageUp), as
 * moves. Undefined: the key is not the presentation's.
 */
export function moveForKey(key: string, shiftKey: boolean): PresentMove | undefined {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return { kind: "next" };
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return { kind: "previous" };
    case " ":
      return { kind: shiftKey ? "previous" : "next" };
    case "Home":
      return { kind: "first" };
    case "End":
      return { kind: "last" };
    case "Enter":
      return { kind: "jump" };
    case "Escape":
      return { kind: "leave" };
    case "f":
    case "F":
      return { kind: "fullscreen" };
    case "s":
    case "S":
      return { kind: "speaker" };
    default:
      return /^[0-9]$/.test(key) ? { kind: "digit", digit: key } : undefined;
  }
}

/** The step (1-based) a move leads to from `current`, within 1 to `count`. */
export function stepAfter(
  move: "next" | "previous" | "first" | "last",
  current: number,
  count: number,
): number {
  const target = { next: current + 1, previous: current - 1, first: 1, last: count }[move];
  return Math.min(count, Math.max(1, target));
}

/**
 * Reads `step` from a URL (1-based); a missing or unreadable one is the first step, said in
 * `problem` where it was given and could not be followed.
 */
export function readStep(raw: string | null, count: number): { step: number; problem: string | undefined } {
  if (raw === null || raw === "") return { step: 1, problem: undefined };
  const step = Number(raw);
  if (Number.isInteger(step) && step >= 1 && step <= count) return { step, problem: undefined };
  return { step: 1, problem: `the tour has no step “${raw}” (1 to ${count})` };
}
