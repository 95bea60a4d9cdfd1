import { describe, expect, it } from "vitest";
import { moveForKey, readStep, stepAfter } from "./tour";

describe("moveForKey", () => {
  it("takes the keys of presentation clickers and of reveal.js", () => {
    expect(["ArrowRight", "PageDown", " "].map((k) => moveForKey(k, false)?.kind)).toEqual([
      "next",
      "next",
      "next",
    ]);
    expect(["ArrowLeft", "PageUp"].map((k) => moveForKey(k, false)?.kind)).toEqual(["previous", "previous"]);
    expect(moveForKey(" ", true)?.kind).toBe("previous");
    expect(moveForKey("Home", false)?.kind).toBe("first");
    expect(moveForKey("End", false)?.kind).toBe("last");
    expect(moveForKey("7", false)).toEqual({ kind: "digit", digit: "7" });
    expect(moveForKey("Enter", false)?.kind).toBe("jump");
    expect(moveForKey("Escape", false)?.kind).toBe("leave");
    expect(moveForKey("f", false)?.kind).toBe("fullscreen");
    expect(moveForKey("x", false)).toBeUndefined();
  });
});

describe("stepAfter", () => {
  it("stays within the tour", () => {
    expect(stepAfter("next", 3, 3)).toBe(3);
    expect(stepAfter("previous", 1, 3)).toBe(1);
    expect(stepAfter("next", 1, 3)).toBe(2);
    expect(stepAfter("last", 1, 3)).toBe(3);
    expect(stepAfter("first", 3, 3)).toBe(1);
  });
});

describe("readStep", () => {
  it("reads a step in range and says why it cannot read another", () => {
    expect(readStep("3", 19)).toEqual({ step: 3, problem: undefined });
    expect(readStep(null, 19)).toEqual({ step: 1, problem: undefined });
    expect(readStep("40", 19)).toEqual({ step: 1, problem: "the tour has no step “40” (1 to 19)" });
    expect(readStep("two", 19).problem).toBe("the tour has no step “two” (1 to 19)");
  });
});
