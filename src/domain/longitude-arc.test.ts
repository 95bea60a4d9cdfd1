import { describe, expect, it } from "vitest";
import { continuousEast, coveringLongitudeArc } from "./longitude-arc";

describe("coveringLongitudeArc", () => {
  it("returns the plain extent of intervals that sit together", () => {
    expect(
      coveringLongitudeArc([
        [100, 110],
        [95, 105],
        [120, 125],
      ]),
    ).toEqual([95, 125]);
  });

  it("crosses the antimeridian when that is the shorter way round", () => {
    // Russia's mainland and Chukotka's tip east of 180°.
    expect(
      coveringLongitudeArc([
        [27, 180],
        [-180, -169],
      ]),
    ).toEqual([27, -169]);
  });

  it("spans a bloc of Russia and the United States across the Pacific", () => {
    expect(
      coveringLongitudeArc([
        [27, -169],
        [-125, -67],
        [-180, -130],
      ]),
    ).toEqual([27, -67]);
  });

  it("keeps a bloc spread over both hemispheres un-crossed when the gap is in the Pacific", () => {
    expect(
      coveringLongitudeArc([
        [-74, -34],
        [37, 180],
        [68, 97],
        [73, 135],
        [16, 33],
      ]),
    ).toEqual([-74, 180]);
  });

  it("covers the world for a full interval", () => {
    expect(coveringLongitudeArc([[-180, 180]])).toEqual([-180, 180]);
  });

  it("rejects an empty list", () => {
    expect(() => coveringLongitudeArc([])).toThrow(/at least one/);
  });
});

describe("continuousEast", () => {
  it("adds a turn to an east edge past the antimeridian", () => {
    expect(continuousEast([170, -170])).toBe(190);
    expect(continuousEast([10, 20])).toBe(20);
  });
});
