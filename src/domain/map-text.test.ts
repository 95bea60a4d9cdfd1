import { describe, expect, it } from "vitest";
import type { Bloc } from "../data/schema";
import { compareBlocs, compareDates } from "./compare";
import { comparisonText, mapTextAlternative } from "./map-text";

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

describe("comparisonText", () => {
  const bloc = (id: string, codes: readonly string[], until?: string): Bloc => ({
    id,
    name: id.toUpperCase(),
    shortName: id.toUpperCase(),
    kind: "regional-organization",
    status: "established",
    aliases: [],
    summary: "…",
    participants: codes.map((country) => ({
      country,
      role: "member" as const,
      sourceIds: ["s"],
      ...(until === undefined || country !== "KHM" ? {} : { until }),
    })),
    sourceIds: ["s"],
  });

  it("names what is compared and each set with its count and names", () => {
    const comparison = compareBlocs(bloc("a", ["VNM", "KHM"]), bloc("b", ["VNM"]), "2019-02-25", "members");
    expect(comparisonText(comparison, names)).toBe(
      "A and B compared on 25 February 2019 (members only). In both: 1 — Vietnam. Only in A: 1 — Cambodia. Only in B: none.",
    );
  });

  it("says who stayed, joined and left between two dates", () => {
    const comparison = compareDates(
      bloc("a", ["VNM", "KHM"], "2020-01-01"),
      "2019-02-25",
      "2024-01-01",
      "all",
    );
    expect(comparisonText(comparison, names)).toBe(
      "A between 25 February 2019 and 1 January 2024 (every participant, observers and partners too). Stayed: 1 — Vietnam. Joined: none. Left: 1 — Cambodia.",
    );
  });
});
