import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_RUNS, hostileQuery, validView, viewProblems } from "./hostile-input.fixture";
import { KNOWN_IDS_FIXTURE } from "./known-ids.fixture";
import { parseViewState, serializeViewState } from "./url-state";

const known = KNOWN_IDS_FIXTURE;
const runs = { numRuns: FUZZ_RUNS };

describe("the URL codec under random and hostile query strings", () => {
  it("reads any query string into a view the app can show, without throwing", () => {
    fc.assert(
      fc.property(hostileQuery(known), (search) => {
        const { view, notice } = parseViewState(search, known);
        expect(viewProblems(view, known)).toEqual([]);
        expect(notice === undefined || notice.length > 0).toBe(true);
      }),
      runs,
    );
  });

  it("writes what it read so that reading it again gives the same view and no notice", () => {
    fc.assert(
      fc.property(hostileQuery(known), (search) => {
        const { view } = parseViewState(search, known);
        expect(parseViewState(serializeViewState(view, ""), known)).toEqual({ view, notice: undefined });
      }),
      runs,
    );
  });

  it("carries every valid view through parse(serialise(view)) unchanged, whatever else the URL holds", () => {
    fc.assert(
      fc.property(validView(known), hostileQuery(known), (view, base) => {
        expect(viewProblems(view, known)).toEqual([]);
        expect(parseViewState(serializeViewState(view, base), known).view).toEqual(view);
      }),
      runs,
    );
  });

  it("is checked by a view check that does refuse a bad view", () => {
    const { view } = parseViewState("?bloc=asean", known);
    expect(viewProblems({ ...view, agreementId: "eaeu-vietnam-fta" }, known)).toEqual([
      "more than one of bloc, comparison, agreement, co-chairmanship",
    ]);
    expect(viewProblems({ ...view, since: "2020-01-01" }, known)).toEqual(["since not before asOf"]);
    expect(viewProblems({ ...view, blocId: undefined, compare: ["asean", "nato"] }, known)).toEqual([
      "a comparison that is not two known blocs",
    ]);
    expect(viewProblems({ ...view, roles: "all" }, known)).toEqual(["roles without a comparison"]);
    expect(viewProblems({ ...view, asOf: "2019-02-24" }, known)).toEqual(["asOf out of range"]);
    expect(viewProblems({ ...view, readerTarget: { paragraph: 0 } }, known)).toEqual([
      "a reader target outside the speech panel",
      "paragraph out of range",
    ]);
  });
});
