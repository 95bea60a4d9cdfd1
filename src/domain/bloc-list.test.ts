import { describe, expect, it } from "vitest";
import type { Bloc } from "../data/schema";
import { EN } from "../i18n/translators.fixture";
import { buildSearchIndex, filterGroups, foldForSearch, groupBlocs, listRows } from "./bloc-list";

const bloc = (id: string, extra: Partial<Bloc>): Bloc => ({
  id,
  name: id.toUpperCase(),
  shortName: id.toUpperCase(),
  kind: "forum",
  status: "established",
  aliases: [],
  summary: "…",
  participants: [],
  sourceIds: ["s"],
  ...extra,
});

const blocs = [
  bloc("asean", { framing: "natural", participants: [{ country: "VNM", role: "member", sourceIds: ["s"] }] }),
  bloc("mesa", { framing: "artificial", kind: "alliance", aliases: ["Middle Eastern NATO"] }),
  bloc("un", { kind: "international-organization" }),
  bloc("unsc", { kind: "organ", parentId: "un" }),
  bloc("eaeu", { kind: "economic-union" }),
  bloc("eec", { kind: "organ", parentId: "eaeu" }),
  bloc("apr", { kind: "regional-concept" }),
];

describe("groupBlocs", () => {
  it("puts the speaker's framing first, then groups by kind, organs with their bodies", () => {
    expect(groupBlocs(EN, blocs).map((g) => [g.key, g.blocs.map((b) => b.id)])).toEqual([
      ["natural", ["asean"]],
      ["artificial", ["mesa"]],
      ["economic", ["eaeu", "eec"]],
      ["international", ["un", "unsc"]],
      ["regions", ["apr"]],
    ]);
  });
});

describe("filterGroups", () => {
  const index = buildSearchIndex(blocs, { countryNames: new Map([["VNM", "Vietnam"]]) });

  it("matches aliases as the speech words them, ignoring case", () => {
    const groups = filterGroups(groupBlocs(EN, blocs), "eastern nato", index);
    expect(groups.flatMap((g) => g.blocs.map((b) => b.id))).toEqual(["mesa"]);
  });

  it("finds blocs by a member country's name", () => {
    const groups = filterGroups(groupBlocs(EN, blocs), " vietnam ", index);
    expect(groups.flatMap((g) => g.blocs.map((b) => b.id))).toEqual(["asean"]);
  });

  it("keeps everything for an empty query and nothing for a miss", () => {
    expect(filterGroups(groupBlocs(EN, blocs), "", index)).toHaveLength(5);
    expect(filterGroups(groupBlocs(EN, blocs), "zzz", index)).toEqual([]);
  });
});

describe("foldForSearch", () => {
  it("drops accents and case", () => {
    expect(foldForSearch("Côte d'Ivoire")).toBe("cote d'ivoire");
  });

  it("drops Vietnamese marks, stacked ones too, and reads đ as d", () => {
    expect(foldForSearch("Hiệp hội các quốc gia Đông Nam Á")).toBe("hiep hoi cac quoc gia dong nam a");
  });
});

describe("search in any language", () => {
  const asean = bloc("asean", { name: "Hiệp hội các quốc gia Đông Nam Á", shortName: "ASEAN" });
  const vietnam = bloc("vn", { name: "Việt Nam" });
  const index = buildSearchIndex([asean, vietnam], {
    countryNames: new Map(),
    extraTerms: new Map([["asean", ["АСЕАН", "Ассоциация государств Юго-Восточной Азии"]]]),
  });
  const found = (query: string) =>
    filterGroups(groupBlocs(EN, [asean, vietnam]), query, index).flatMap((g) => g.blocs.map((b) => b.id));

  it("finds a name with or without its diacritics", () => {
    expect(found("Việt Nam")).toEqual(["vn"]);
    expect(found("viet nam")).toEqual(["vn"]);
    expect(found("hiep hoi")).toEqual(["asean"]);
  });

  it("finds a bloc by its name in another language", () => {
    expect(found("АСЕАН")).toEqual(["asean"]);
    expect(found("юго-восточной")).toEqual(["asean"]);
  });

  it("finds a bloc by a country's name in the language shown", () => {
    const ruIndex = buildSearchIndex(blocs, { countryNames: new Map([["VNM", "Вьетнам"]]) });
    expect(
      filterGroups(groupBlocs(EN, blocs), "вьетнам", ruIndex).flatMap((g) => g.blocs.map((b) => b.id)),
    ).toEqual(["asean"]);
  });
});

describe("listRows", () => {
  it("puts each group's title before its blocs, in order, with the group's count", () => {
    const rows = listRows(groupBlocs(EN, blocs));
    expect(rows.map((r) => (r.kind === "group" ? `# ${r.title} (${r.count})` : r.bloc.id))).toEqual(
      groupBlocs(EN, blocs).flatMap((g) => [`# ${g.title} (${g.blocs.length})`, ...g.blocs.map((b) => b.id)]),
    );
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it("gives no rows for no groups, and keeps a filtered list's groups only", () => {
    expect(listRows([])).toEqual([]);
    const index = buildSearchIndex(blocs, { countryNames: new Map() });
    const rows = listRows(filterGroups(groupBlocs(EN, blocs), "middle eastern", index));
    expect(rows.map((r) => r.key)).toEqual(["group:artificial", "mesa"]);
  });
});
