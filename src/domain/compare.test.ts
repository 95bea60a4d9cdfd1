import { describe, expect, it } from "vitest";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import type { Bloc, CountryParticipation } from "../data/schema";
import {
  changesBetween,
  compareAttribute,
  compareBlocs,
  compareDates,
  countedCodesOn,
  overlapOn,
} from "./compare";
import { shownWhen } from "./compare-text";
import { EN } from "../i18n/translators.fixture";

const src = ["s"];
const bloc = (id: string, participants: Omit<CountryParticipation, "sourceIds">[]): Bloc => ({
  id,
  name: id,
  shortName: id,
  kind: "regional-organization",
  status: "established",
  aliases: [id],
  summary: "…",
  participants: participants.map((p) => ({ sourceIds: [`${id}-${p.country}`], ...p })),
  sourceIds: src,
});

const SPEECH = "2019-02-25";
const TODAY = "2026-11-28";

const first = bloc("first", [
  { country: "AAA", role: "member" },
  { country: "BBB", role: "member" },
  { country: "CCC", role: "observer" },
  { country: "DDD", role: "member", since: "2024-01-01" },
]);
const second = bloc("second", [
  { country: "BBB", role: "member" },
  { country: "CCC", role: "member" },
  { country: "EEE", role: "partner" },
]);
/** A proposed alliance, never founded: proposed members and a promoter, no member. */
const proposal: Bloc = {
  ...bloc("proposal", [
    { country: "AAA", role: "promoter" },
    { country: "BBB", role: "proposed-member" },
  ]),
  status: "proposed",
};

describe("overlapOn", () => {
  it("puts every member of a bloc compared with itself in both", () => {
    expect(overlapOn(first, first, SPEECH)).toEqual({ both: ["AAA", "BBB"], onlyFirst: [], onlySecond: [] });
  });

  it("puts nothing in both for disjoint blocs", () => {
    const other = bloc("other", [{ country: "ZZZ", role: "member" }]);
    expect(overlapOn(first, other, SPEECH)).toEqual({
      both: [],
      onlyFirst: ["AAA", "BBB"],
      onlySecond: ["ZZZ"],
    });
  });

  it("counts members only by default, and observers and partners when asked", () => {
    expect(overlapOn(first, second, SPEECH)).toEqual({
      both: ["BBB"],
      onlyFirst: ["AAA"],
      onlySecond: ["CCC"],
    });
    expect(overlapOn(first, second, SPEECH, "all")).toEqual({
      both: ["BBB", "CCC"],
      onlyFirst: ["AAA"],
      onlySecond: ["EEE"],
    });
  });

  it("takes the members on the date: a later member counts only from its first day", () => {
    expect(overlapOn(first, second, "2023-12-31").onlyFirst).toEqual(["AAA"]);
    expect(overlapOn(first, second, "2024-01-01").onlyFirst).toEqual(["AAA", "DDD"]);
  });

  it("gives a bloc with no members yet nothing of its own, unless its proposed members count", () => {
    expect(countedCodesOn(proposal, SPEECH, "members")).toEqual([]);
    expect(overlapOn(proposal, second, SPEECH)).toEqual({
      both: [],
      onlyFirst: [],
      onlySecond: ["BBB", "CCC"],
    });
    expect(overlapOn(proposal, second, SPEECH, "all")).toEqual({
      both: ["BBB"],
      onlyFirst: ["AAA"],
      onlySecond: ["CCC", "EEE"],
    });
  });
});

describe("changesBetween", () => {
  const changing = bloc("changing", [
    { country: "AAA", role: "member" },
    { country: "BBB", role: "member", until: "2021-05-01" },
    { country: "CCC", role: "member", since: "2022-03-01" },
    // Joined and left between the dates: in neither end's list.
    { country: "DDD", role: "member", since: "2020-01-01", until: "2023-01-01" },
    // An observer who became a member.
    { country: "EEE", role: "observer", until: "2023-07-04" },
    { country: "EEE", role: "member", since: "2023-07-04" },
  ]);

  it("says who stayed, who joined and who left, each change with its date and sources", () => {
    const changes = changesBetween(changing, SPEECH, TODAY);
    expect(changes.stayed).toEqual(["AAA"]);
    expect(changes.joined).toEqual([
      { country: "CCC", date: "2022-03-01", sourceIds: ["changing-CCC"], uncertain: false },
      { country: "EEE", date: "2023-07-04", sourceIds: ["changing-EEE"], uncertain: false },
    ]);
    expect(changes.left).toEqual([
      { country: "BBB", date: "2021-05-01", sourceIds: ["changing-BBB"], uncertain: false },
    ]);
  });

  it("lists a country that joined and left between the dates apart, with both dates", () => {
    const changes = changesBetween(changing, SPEECH, TODAY);
    expect(changes.cameAndWent).toEqual([
      { country: "DDD", joined: "2020-01-01", left: "2023-01-01", sourceIds: ["changing-DDD"] },
    ]);
    expect([
      ...changes.stayed,
      ...changes.joined.map((c) => c.country),
      ...changes.left.map((c) => c.country),
    ]).not.toContain("DDD");
  });

  it("counts an observer who became a member as staying when observers count", () => {
    const changes = changesBetween(changing, SPEECH, TODAY, "all");
    expect(changes.stayed).toEqual(["AAA", "EEE"]);
    expect(changes.joined.map((c) => c.country)).toEqual(["CCC"]);
  });

  it("dates a join from the start of an unbroken run, across a change of role", () => {
    const upgraded = bloc("upgraded", [
      { country: "FFF", role: "partner", since: "2020-01-01", until: "2022-01-01" },
      { country: "FFF", role: "member", since: "2022-01-01" },
    ]);
    expect(changesBetween(upgraded, SPEECH, TODAY, "all").joined.map((c) => c.date)).toEqual(["2020-01-01"]);
    expect(changesBetween(upgraded, SPEECH, TODAY).joined.map((c) => c.date)).toEqual(["2022-01-01"]);
  });

  it("finds nothing changed between a date and itself", () => {
    expect(changesBetween(changing, TODAY, TODAY)).toEqual({
      stayed: ["AAA", "CCC", "EEE"],
      joined: [],
      left: [],
      cameAndWent: [],
    });
  });

  it("gives a bloc with no members yet no change of members; its proposed members left when observers count", () => {
    const withdrawn = bloc("withdrawn", [
      { country: "AAA", role: "proposed-member" },
      { country: "BBB", role: "proposed-member", until: "2019-04-10" },
    ]);
    expect(changesBetween(withdrawn, SPEECH, TODAY)).toEqual({
      stayed: [],
      joined: [],
      left: [],
      cameAndWent: [],
    });
    expect(changesBetween(withdrawn, SPEECH, TODAY, "all").left).toEqual([
      { country: "BBB", date: "2019-04-10", sourceIds: ["withdrawn-BBB"], uncertain: false },
    ]);
  });
});

describe("on the dataset", () => {
  const { dataset } = readCheckedData();
  const byId = (id: string) => {
    const found = dataset.blocs.find((b) => b.id === id);
    if (!found) throw new Error(`no bloc ${id}`);
    return found;
  };

  it("finds China, India and Russia in both BRICS and the SCO on the speech date", () => {
    expect(overlapOn(byId("brics"), byId("sco"), dataset.speech.date)).toEqual({
      both: ["CHN", "IND", "RUS"],
      onlyFirst: ["BRA", "ZAF"],
      onlySecond: ["KAZ", "KGZ", "PAK", "TJK", "UZB"],
    });
  });

  it("finds all ten ASEAN members in the EAS, and eight only in the EAS", () => {
    const overlap = overlapOn(byId("asean"), byId("eas"), dataset.speech.date);
    expect(overlap.both).toHaveLength(10);
    expect(overlap.onlyFirst).toEqual([]);
    expect(overlap.onlySecond).toEqual(["AUS", "CHN", "IND", "JPN", "KOR", "NZL", "RUS", "USA"]);
  });

  it("lists BRICS's joiners since the speech with their dates", () => {
    const changes = changesBetween(byId("brics"), dataset.speech.date, TODAY);
    expect(changes.joined.map((c) => [c.country, c.date])).toEqual([
      ["ARE", "2024-01-01"],
      ["EGY", "2024-01-01"],
      ["ETH", "2024-01-01"],
      ["IRN", "2024-01-01"],
      ["IDN", "2025-01-06"],
    ]);
    expect(changes.left).toEqual([]);
  });

  it("gives MESA, never founded, no members to compare", () => {
    expect(overlapOn(byId("mesa"), byId("ric"), dataset.speech.date).onlyFirst).toEqual([]);
  });
});

describe("compareAttribute", () => {
  it("gives two blocs' sets as both, first, second, and one bloc's as stayed, joined, left", () => {
    expect(compareAttribute(compareBlocs(first, second, SPEECH, "members").sets)).toBe(
      "both=BBB;first=AAA;second=CCC",
    );
    const changing = bloc("changing", [
      { country: "BBB", role: "member" },
      { country: "AAA", role: "member", until: "2021-05-01" },
      { country: "DDD", role: "member", since: "2022-03-01" },
      { country: "CCC", role: "member", since: "2022-03-01" },
    ]);
    expect(compareAttribute(compareDates(changing, SPEECH, TODAY, "members").sets)).toBe(
      "stayed=BBB;joined=CCC,DDD;left=AAA",
    );
    expect(compareAttribute(undefined)).toBe("");
  });
});

describe("shownWhen", () => {
  it("says one date for two blocs, and both ends for one bloc between two dates", () => {
    expect(shownWhen(EN, "en", SPEECH, compareBlocs(first, second, SPEECH, "members"))).toBe(
      "as of 25 February 2019",
    );
    expect(shownWhen(EN, "en", TODAY, compareDates(first, SPEECH, TODAY, "members"))).toBe(
      "from 25 February 2019 to 28 November 2026",
    );
    expect(shownWhen(EN, "en", SPEECH, undefined)).toBe("as of 25 February 2019");
  });
});
