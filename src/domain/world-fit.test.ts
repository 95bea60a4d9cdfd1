import { describe, expect, it } from "vitest";
import {
  latitudeAt,
  latitudesToFrame,
  longitudesToFrame,
  mercatorY,
  oneWorldMinZoom,
  worldWidthAt,
} from "./world-fit";

describe("oneWorldMinZoom", () => {
  it.each([320, 390, 800, 1280, 1920])("makes the world at least as wide as a map %i px wide", (width) => {
    const zoom = oneWorldMinZoom(width);
    expect(worldWidthAt(zoom)).toBeGreaterThanOrEqual(width);
    expect(worldWidthAt(zoom)).toBeLessThan(width + 1);
  });

  it("rounds a fractional width up, so the world is never a fraction narrower", () => {
    expect(worldWidthAt(oneWorldMinZoom(1279.4))).toBeGreaterThanOrEqual(1279.4);
  });

  it("makes the world as tall as a map taller than it is wide", () => {
    expect(worldWidthAt(oneWorldMinZoom(390, 464))).toBeGreaterThanOrEqual(464);
    expect(oneWorldMinZoom(1280, 490)).toBe(oneWorldMinZoom(1280));
  });

  it("goes no lower than MapLibre's lowest zoom", () => {
    expect(oneWorldMinZoom(10)).toBe(-2);
  });
});

describe("mercatorY and latitudeAt", () => {
  it("are each other's inverse", () => {
    for (const lat of [-80, -35, 0, 18.5, 63.6, 82]) expect(latitudeAt(mercatorY(lat))).toBeCloseTo(lat, 9);
  });

  it("put the equator in the middle and the north at the top", () => {
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(60)).toBeLessThan(mercatorY(10));
  });
});

describe("latitudesToFrame", () => {
  // BRICS with the SCO: Franz Josef Land to the Prince Edward Islands; anchors Russia to South Africa.
  const band = [-46.96, 81.85] as const;
  const core = [-30.22, 63.59] as const;

  it("keeps a band that fits", () => {
    expect(latitudesToFrame(band, core, 0.6)).toEqual(band);
  });

  it("cuts a band that is too tall to the share the map shows, keeping the anchors", () => {
    // A 1280 × 520 slide with 48 px of room above and below: 424 px of a world 1280 px tall.
    const visible = 424 / 1280;
    const [south, north] = latitudesToFrame(band, core, visible);
    expect(mercatorY(south) - mercatorY(north)).toBeLessThanOrEqual(visible);
    expect(mercatorY(south) - mercatorY(north)).toBeGreaterThan(visible * 0.99);
    expect(south).toBeLessThanOrEqual(core[0]);
    expect(north).toBeGreaterThanOrEqual(core[1]);
  });

  it("never frames beyond the band itself, however the anchors sit", () => {
    const [south, north] = latitudesToFrame([-10, 80], [78, 79.5], 0.1);
    expect(north).toBeCloseTo(80, 6);
    expect(south).toBeGreaterThan(-10);
  });

  it("centres on anchors that are themselves taller than the map shows", () => {
    const [south, north] = latitudesToFrame(band, core, 0.2);
    const middle = (mercatorY(core[0]) + mercatorY(core[1])) / 2;
    expect((mercatorY(south) + mercatorY(north)) / 2).toBeCloseTo(middle, 9);
  });

  it("centres on the band when it has no anchors", () => {
    const [south, north] = latitudesToFrame([-60, 60], undefined, 0.2);
    expect(south).toBeCloseTo(-north, 9);
  });
});

describe("longitudesToFrame", () => {
  it("keeps a band that fits", () => {
    expect(longitudesToFrame([90, 150], [100, 140], 0.5)).toEqual([90, 150]);
  });

  it("cuts a band round the world to what shows, centred on the anchors, leaving the empty Pacific out", () => {
    // The Security Council of 2019: anchors from Peru (-75) east to Indonesia (114).
    const [west, east] = longitudesToFrame([-180, 180], [-98, 114], 0.6);
    expect(east - west).toBeCloseTo(0.6 * 360, 0);
    expect(west).toBeLessThanOrEqual(-98);
    expect(east).toBeGreaterThanOrEqual(114);
  });

  it("reads a core numbered differently from the band in the band's numbering", () => {
    // A band across the antimeridian, 170 to 300 (60 W); its core around 100 W is 260 here.
    const [west, east] = longitudesToFrame([170, 300], [-110, -90], 0.2);
    expect((west + east) / 2).toBeCloseTo(260, 5);
  });

  it("stays inside the band when the core is near its edge", () => {
    const [west, east] = longitudesToFrame([0, 300], [0, 10], 0.5);
    expect(west).toBeCloseTo(0, 5);
    expect(east).toBeCloseTo(0.5 * 360 * 0.999, 5);
  });
});
