import { describe, expect, it } from "vitest";
import type { CountryIndex } from "../data/country-index";
import { anchorLatitudesOfCountries, boundsOfCountries, centreOfCountries } from "./bloc-geometry";

const entry = (bbox: [number, number, number, number], anchor: [number, number]) => ({
  name: "x",
  bbox,
  anchor,
  areaKm2: 1,
  small: false,
});

const countries: CountryIndex = {
  RUS: entry([19.6, 41.2, -169.73, 81.85], [103.68, 59.46]),
  USA: entry([172.49, 18.97, -66.99, 71.41], [-95.85, 37.25]),
  VNM: entry([102.13, 8.58, 109.45, 23.35], [106.66, 16.49]),
  SGP: entry([103.65, 1.27, 103.97, 1.45], [103.81, 1.36]),
  FJI: entry([174.63, -21.69, -178.25, -12.51], [177.97, -17.78]),
  NZL: entry([165.89, -52.57, -171.19, -8.55], [170.42, -43.56]),
  BRA: entry([-73.99, -33.75, -34.79, 5.27], [-53.1, -10.8]),
};

describe("boundsOfCountries", () => {
  it("fits two neighbours plainly", () => {
    expect(boundsOfCountries(["VNM", "SGP"], countries)).toEqual([102.13, 1.27, 109.45, 23.35]);
  });

  it("crosses the antimeridian for Fiji and New Zealand, east past 180", () => {
    const [west, , east] = boundsOfCountries(["FJI", "NZL"], countries)!;
    expect(west).toBe(165.89);
    expect(east).toBeCloseTo(360 - 171.19, 5);
  });

  it("spans Russia and the United States across the Pacific", () => {
    const [west, , east] = boundsOfCountries(["RUS", "USA"], countries)!;
    expect(west).toBe(19.6);
    expect(east).toBeCloseTo(360 - 66.99, 5);
  });

  it("clamps latitudes to what a web map shows and ignores unknown codes", () => {
    expect(boundsOfCountries(["RUS", "XXX"], countries)?.[3]).toBe(81.85);
    expect(boundsOfCountries(["XXX"], countries)).toBeUndefined();
  });
});

describe("anchorLatitudesOfCountries", () => {
  it("spans the countries' anchor points, not their outlying islands", () => {
    expect(anchorLatitudesOfCountries(["RUS", "BRA", "XXX"], countries)).toEqual([-10.8, 59.46]);
    expect(anchorLatitudesOfCountries(["XXX"], countries)).toBeUndefined();
  });
});

describe("centreOfCountries", () => {
  it("averages anchors", () => {
    const [lon, lat] = centreOfCountries(["VNM", "SGP"], countries)!;
    expect(lon).toBeCloseTo(105.235, 3);
    expect(lat).toBeCloseTo(8.925, 3);
  });

  it("keeps a bloc across the antimeridian in the Pacific", () => {
    const [lon] = centreOfCountries(["FJI", "USA"], countries)!;
    // Fiji at 178°E and the US at 96°W meet in the Pacific, not over Africa.
    expect(Math.abs(lon)).toBeGreaterThan(130);
  });

  it("is undefined for no countries", () => {
    expect(centreOfCountries([], countries)).toBeUndefined();
  });
});
