import { describe, expect, it } from "vitest";
import type { Agreement } from "../data/schema";
import {
  agreementPasses,
  agreementStatusOn,
  coChairmanshipEndedBy,
  coChairmanshipGroupOn,
  coChairmanshipPasses,
  lastDayOf,
  NO_FILTERS,
} from "./relations";
import { fannedArc, greatCircleArc } from "./relation-shapes";

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

  it("draws a current co-chairmanship in effect until its period ends, then as lapsed", () => {
    expect(coChairmanshipGroupOn(cochair, "2019-02-25")).toBe("in-effect");
    expect(coChairmanshipGroupOn(cochair, "2021-01-01")).toBe("proposed");
    expect(coChairmanshipGroupOn({ ...cochair, statusOnSpeechDate: "proposed" }, "2019-02-25")).toBe(
      "proposed",
    );
    expect(coChairmanshipGroupOn({ ...cochair, period: { text: "around 2018" } }, "2026-01-01")).toBe(
      "in-effect",
    );
  });

  it("passes the status filter by its status on the date", () => {
    const inEffect = { ...NO_FILTERS, statuses: ["in-effect" as const] };
    expect(coChairmanshipPasses(cochair, inEffect, "2019-02-25")).toBe(true);
    expect(coChairmanshipPasses(cochair, inEffect, "2021-01-01")).toBe(false);
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

describe("fannedArc", () => {
  const from: [number, number] = [70, 48];
  const to: [number, number] = [106, 16];

  it("is the great circle itself with no offset", () => {
    expect(fannedArc(from, to, 0)).toEqual(greatCircleArc(from, to));
  });

  it("keeps the ends and bends the middle to one side or the other by the offset's sign", () => {
    const plain = greatCircleArc(from, to);
    const left = fannedArc(from, to, 0.1);
    const right = fannedArc(from, to, -0.1);
    expect(left[0]).toEqual(plain[0]);
    expect(left.at(-1)![0]).toBeCloseTo(plain.at(-1)![0], 9);
    const middle = Math.floor(plain.length / 2);
    const shift = (arc: [number, number][]) =>
      Math.hypot(arc[middle]![0] - plain[middle]![0], arc[middle]![1] - plain[middle]![1]);
    expect(shift(left)).toBeGreaterThan(2);
    expect(shift(right)).toBeCloseTo(shift(left), 6);
    expect(left[middle]).not.toEqual(right[middle]);
  });

  it("bends to the same side whichever end comes first", () => {
    const there = fannedArc(from, to, 0.1);
    const back = fannedArc(to, from, 0.1);
    const middle = Math.floor(there.length / 2);
    expect(back[back.length - 1 - middle]![0]).toBeCloseTo(there[middle]![0], 0);
    expect(back[back.length - 1 - middle]![1]).toBeCloseTo(there[middle]![1], 0);
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
