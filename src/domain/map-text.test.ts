import { describe, expect, it } from "vitest";
import type { Bloc } from "../data/schema";
import { compareBlocs, compareDates } from "./compare";
import { comparisonText, mapTextAlternative } from "./map-text";
import { EN, RU, VI } from "../i18n/translators.fixture";

const names = new Map([
  ["VNM", "Vietnam"],
  ["KHM", "Cambodia"],
  ["RUS", "Russia"],
]);

describe("mapTextAlternative", () => {
  it("names the countries coloured, sorted by name, strong and light apart", () => {
    expect(mapTextAlternative(EN, "en", "ASEAN", { members: ["VNM", "KHM"], associates: [] }, names)).toBe(
      "ASEAN: 2 countries coloured, Cambodia, Vietnam.",
    );
    expect(
      mapTextAlternative(EN, "en", "EAEU–Vietnam FTA", { members: ["VNM"], associates: ["RUS"] }, names),
    ).toBe("EAEU–Vietnam FTA: 1 country coloured, Vietnam. Coloured lightly: Russia.");
  });

  it("says when nothing is selected, or a selection colours nothing; an unknown code stands as itself", () => {
    expect(mapTextAlternative(EN, "en", undefined, { members: [], associates: [] }, names)).toMatch(
      /^Nothing is selected/,
    );
    expect(mapTextAlternative(EN, "en", "MESA", { members: [], associates: [] }, names)).toBe(
      "MESA: no country is coloured.",
    );
    expect(mapTextAlternative(EN, "en", "X", { members: ["XKX"], associates: [] }, names)).toBe(
      "X: 1 country coloured, XKX.",
    );
  });
});

describe("mapTextAlternative in Russian and Vietnamese", () => {
  const ruNames = new Map([
    ["VNM", "Вьетнам"],
    ["KHM", "Камбоджа"],
    ["RUS", "Россия"],
  ]);
  const codes = (n: number) =>
    ["VNM", "KHM", "RUS", "AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG"].slice(0, n);

  it("counts 1, 3 and 10 countries with Russian's one, few and many forms", () => {
    const said = (n: number) =>
      mapTextAlternative(RU, "ru", "X", { members: codes(n), associates: [] }, ruNames);
    expect(said(1)).toBe("X: цветом выделена 1 страна: Вьетнам.");
    expect(said(3)).toMatch(/^X: цветом выделены 3 страны: /);
    expect(said(10)).toMatch(/^X: цветом выделено 10 стран: /);
  });

  it("sorts names as a Russian reader looks them up", () => {
    expect(
      mapTextAlternative(RU, "ru", "X", { members: ["RUS", "VNM", "KHM"], associates: [] }, ruNames),
    ).toBe("X: цветом выделены 3 страны: Вьетнам, Камбоджа, Россия.");
  });

  it("has no plural in Vietnamese", () => {
    expect(mapTextAlternative(VI, "vi", "X", { members: codes(3), associates: [] }, names)).toMatch(
      /^X: 3 quốc gia được tô màu: /,
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
    expect(comparisonText(EN, "en", comparison, names)).toBe(
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
    expect(comparisonText(EN, "en", comparison, names)).toBe(
      "A between 25 February 2019 and 1 January 2024 (every participant, observers and partners too). Stayed: 1 — Vietnam. Joined: none. Left: 1 — Cambodia.",
    );
  });
});
