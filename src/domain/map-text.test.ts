import { describe, expect, it } from "vitest";
import { mapTextAlternative } from "./map-text";

const names = new Map([
  ["VNM", "Vietnam"],
  ["KHM", "Cambodia"],
  ["RUS", "Russia"],
]);

describe("mapTextAlternative", () => {
  it("names the countries coloured, sorted by name, strong and light apart", () => {
    expect(mapTextAlternative("ASEAN", { members: ["VNM", "KHM"], associates: [] }, names)).toBe(
      "ASEAN: 2 countries coloured, Cambodia, Vietnam.",
    );
    expect(mapTextAlternative("EAEU–Vietnam FTA", { members: ["VNM"], associates: ["RUS"] }, names)).toBe(
      "EAEU–Vietnam FTA: 1 country coloured, Vietnam. Coloured lightly: Russia.",
    );
  });

  it("says when nothing is selected, or a selection colours nothing; an unknown code stands as itself", () => {
    expect(mapTextAlternative(undefined, { members: [], associates: [] }, names)).toMatch(
      /^Nothing is selected/,
    );
    expect(mapTextAlternative("MESA", { members: [], associates: [] }, names)).toBe(
      "MESA: no country is coloured.",
    );
    expect(mapTextAlternative("X", { members: ["XKX"], associates: [] }, names)).toBe(
      "X: 1 country coloured, XKX.",
    );
  });
});
