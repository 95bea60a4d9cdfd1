import { describe, expect, it } from "vitest";
import type { Bloc } from "../data/schema";
import { associateCodesOn, blocsOfCountryOn, isActiveOn, memberCodesOn } from "./memberships";

const src = ["s"];
const sco: Bloc = {
  id: "sco",
  name: "Shanghai Cooperation Organisation",
  shortName: "SCO",
  kind: "regional-organization",
  status: "established",
  aliases: ["SCO"],
  summary: "…",
  participants: [
    { country: "RUS", role: "member", sourceIds: src },
    { country: "CHN", role: "member", sourceIds: src },
    { country: "IND", role: "member", since: "2017-06-09", sourceIds: src },
    { country: "IRN", role: "observer", until: "2023-07-04", sourceIds: src },
    { country: "IRN", role: "member", since: "2023-07-04", sourceIds: src },
  ],
  sourceIds: src,
};

describe("isActiveOn", () => {
  it("includes the first day and excludes the day it ends", () => {
    expect(isActiveOn({ since: "2023-07-04" }, "2023-07-04")).toBe(true);
    expect(isActiveOn({ until: "2023-07-04" }, "2023-07-04")).toBe(false);
    expect(isActiveOn({ until: "2023-07-04" }, "2023-07-03")).toBe(true);
  });

  it("compares a year-only date as the year's start", () => {
    expect(isActiveOn({ since: "2019" }, "2019-02-25")).toBe(true);
    expect(isActiveOn({ since: "2020" }, "2019-02-25")).toBe(false);
  });
});

describe("memberCodesOn and associateCodesOn", () => {
  it("gives members as of the speech, sorted, with Iran still an observer", () => {
    expect(memberCodesOn(sco, "2019-02-25")).toEqual(["CHN", "IND", "RUS"]);
    expect(associateCodesOn(sco, "2019-02-25")).toEqual(["IRN"]);
  });

  it("moves Iran to the members after it joined", () => {
    expect(memberCodesOn(sco, "2024-01-01")).toEqual(["CHN", "IND", "IRN", "RUS"]);
    expect(associateCodesOn(sco, "2024-01-01")).toEqual([]);
  });

  it("leaves out a member that joined after the date", () => {
    expect(memberCodesOn(sco, "2016-01-01")).toEqual(["CHN", "RUS"]);
  });
});

describe("blocsOfCountryOn", () => {
  it("gives the country's role in each bloc on the date", () => {
    expect(blocsOfCountryOn([sco], "IRN", "2019-02-25").map((r) => [r.bloc.id, r.role])).toEqual([
      ["sco", "observer"],
    ]);
    expect(blocsOfCountryOn([sco], "VNM", "2019-02-25")).toEqual([]);
  });
});
