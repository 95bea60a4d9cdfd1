import { describe, expect, it } from "vitest";
import type { Agreement } from "../data/schema";
import {
  agreementPasses,
  agreementStatusOn,
  coChairmanshipEndedBy,
  greatCircleArc,
  lastDayOf,
  NO_FILTERS,
} from "./relations";

const fta: Agreement = {
  id: "eaeu-indonesia-fta",
  title: "t",
  shortTitle: "t",
  type: "fta",
  parties: [{ bloc: "eaeu" }, { country: "IDN" }],
  statusOnSpeechDate: "under-discussion",
  laterChanges: [
    { date: "2022-12", status: "under-negotiation", note: "n", sourceIds: ["s"] },
    { date: "2025-12-21", status: "signed", note: "n", sourceIds: ["s"] },
  ],
  summary: "s",
  sourceIds: ["s"],
};

describe("agreementStatusOn", () => {
  it("follows the dated changes after the speech", () => {
    expect(agreementStatusOn(fta, "2019-02-25")).toBe("under-discussion");
    expect(agreementStatusOn(fta, "2023-01-01")).toBe("under-negotiation");
    expect(agreementStatusOn(fta, "2025-12-21")).toBe("signed");
  });
});

describe("agreementPasses", () => {
  it("lets everything through with no filters", () => {
    expect(agreementPasses(fta, NO_FILTERS, "2019-02-25")).toBe(true);
  });

  it("narrows by type, status group (on the date) and relation", () => {
    expect(agreementPasses(fta, { ...NO_FILTERS, types: ["mou"] }, "2019-02-25")).toBe(false);
    expect(agreementPasses(fta, { ...NO_FILTERS, statuses: ["in-effect"] }, "2019-02-25")).toBe(false);
    expect(agreementPasses(fta, { ...NO_FILTERS, statuses: ["in-effect"] }, "2026-01-01")).toBe(true);
    expect(agreementPasses(fta, { ...NO_FILTERS, relations: ["membership"] }, "2019-02-25")).toBe(false);
  });
});

describe("coChairmanshipEndedBy", () => {
  const cochair = {
    id: "c",
    body: "b",
    parentBlocId: "p",
    coChairs: ["RUS", "LAO"],
    period: { start: "2017", end: "2020", text: "2017–2020" },
    statusOnSpeechDate: "current" as const,
    summary: "s",
    sourceIds: ["s"],
  };
  it("counts a year-only end to the year's last day", () => {
    expect(coChairmanshipEndedBy(cochair, "2020-12-31")).toBe(false);
    expect(coChairmanshipEndedBy(cochair, "2021-01-01")).toBe(true);
  });
});

describe("lastDayOf", () => {
  it("gives the last day a date of any precision covers", () => {
    expect(lastDayOf("2020")).toBe("2020-12-31");
    expect(lastDayOf("2020-02")).toBe("2020-02-29");
    expect(lastDayOf("2021-06")).toBe("2021-06-30");
    expect(lastDayOf("2021-06-15")).toBe("2021-06-15");
  });
});

describe("greatCircleArc", () => {
  it("crosses the Pacific with continuous longitudes", () => {
    const arc = greatCircleArc([178, -18], [-98, 39]);
    const lons = arc.map(([lon]) => lon);
    for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(20);
    expect(Math.max(...lons)).toBeGreaterThan(180);
  });

  it("bends north between two northern points", () => {
    const arc = greatCircleArc([38, 55], [106, 16]);
    expect(arc[0]).toEqual([38, 55]);
    expect(arc.at(-1)![0]).toBeCloseTo(106, 5);
    expect(arc.length).toBeGreaterThan(10);
  });
});
