import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, anyString, hostileQuery } from "../store/hostile-input.fixture";
import { KNOWN_IDS_FIXTURE } from "../store/known-ids.fixture";
import { readStep } from "./tour";

const runs = { numRuns: FUZZ_RUNS };
const stepCount = fc.integer({ min: 1, max: 40 });

describe("a tour's step read from random and hostile URLs", () => {
  it("is always a step of the tour, with a problem named for anything it could not follow", () => {
    const raw = fc.oneof(
      anyString,
      hostileQuery(KNOWN_IDS_FIXTURE).map((search) => new URLSearchParams(search).get("step")),
    );
    fc.assert(
      fc.property(raw, stepCount, (value, count) => {
        const { step, problem } = readStep(value, count);
        expect(Number.isInteger(step) && step >= 1 && step <= count).toBe(true);
        if (problem !== undefined) expect(step).toBe(1);
      }),
      runs,
    );
  });

  it("reads back every step it writes", () => {
    const stepOf = stepCount.chain((count) =>
      fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count)),
    );
    fc.assert(
      fc.property(stepOf, ([step, count]) => {
        expect(readStep(String(step), count)).toEqual({ step, problem: undefined });
      }),
      runs,
    );
  });
});
