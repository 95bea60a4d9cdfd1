import { describe, expect, it } from "vitest";
import type { TourStep } from "../data/tour-schema";
import { INITIAL_VIEW } from "./atlas-store";
import { stepViewState } from "./tour-view";

const step = (view: TourStep["view"]): TourStep => ({ id: "s", title: "S", caption: "C", view });

describe("stepViewState", () => {
  it("turns a step's view into the store's, in the URL's terms", () => {
    expect(
      stepViewState(step({ bloc: "brics", type: ["fta"], asof: "2024-01-01" }), "2019-02-25", "2026-11-29"),
    ).toEqual({
      ...INITIAL_VIEW,
      blocId: "brics",
      filters: { types: ["fta"], statuses: [], relations: [] },
      asOf: "2024-01-01",
    });
  });

  it("reads today as the day shown, and the speech's date as the default", () => {
    expect(stepViewState(step({ asof: "today" }), "2019-02-25", "2026-11-29").asOf).toBe("2026-11-29");
    expect(stepViewState(step({ asof: "2019-02-25" }), "2019-02-25", "2026-11-29").asOf).toBeUndefined();
  });

  it("sends the camera to a country shown on its own", () => {
    expect(stepViewState(step({ country: "VNM" }), "2019-02-25", "2026-11-29").focusCountry).toBe(true);
    expect(
      stepViewState(step({ country: "VNM", bloc: "asean" }), "2019-02-25", "2026-11-29").focusCountry,
    ).toBe(false);
  });
});

describe("stepViewState for comparisons", () => {
  it("shows two blocs compared, and who counts", () => {
    expect(
      stepViewState(step({ compare: ["brics", "sco"], roles: "all" }), "2019-02-25", "2026-11-29"),
    ).toEqual({ ...INITIAL_VIEW, compare: ["brics", "sco"], roles: "all" });
  });

  it("shows a bloc since the speech up to the day the tour is shown, unless the step names the day", () => {
    expect(stepViewState(step({ bloc: "brics", since: "speech" }), "2019-02-25", "2026-11-29")).toEqual({
      ...INITIAL_VIEW,
      blocId: "brics",
      since: "2019-02-25",
      asOf: "2026-11-29",
    });
    expect(
      stepViewState(step({ bloc: "brics", since: "speech", asof: "2024-06-01" }), "2019-02-25", "2026-11-29"),
    ).toMatchObject({ since: "2019-02-25", asOf: "2024-06-01" });
  });
});
