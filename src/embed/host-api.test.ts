import { describe, expect, it } from "vitest";
import { KNOWN_IDS_FIXTURE } from "../store/known-ids.fixture";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import { INITIAL_VIEW } from "../store/atlas-store";
import { NO_FILTERS } from "../domain/relations";
import { parseHostMessage, resolveCommand, type HostCommand } from "./host-api";
import { hostStateOf } from "./host-state";

const known = KNOWN_IDS_FIXTURE;
const TODAY = "2026-11-28";
const data = readCheckedData();

function command(message: unknown): HostCommand {
  const parsed = parseHostMessage(message);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.command;
}

describe("parseHostMessage", () => {
  it("takes each command in its documented shape", () => {
    for (const message of [
      { type: "bloc-atlas:select", bloc: "asean" },
      { type: "bloc-atlas:select", bloc: "brics", since: "speech" },
      { type: "bloc-atlas:select", agreement: "eaeu-vietnam-fta" },
      { type: "bloc-atlas:select", cochair: "arf-ism-cttc" },
      { type: "bloc-atlas:select", country: "VNM" },
      { type: "bloc-atlas:clear" },
      { type: "bloc-atlas:set-filters", filters: { type: ["fta"] } },
      { type: "bloc-atlas:set-filters", filters: {} },
      { type: "bloc-atlas:set-asof", date: "today" },
      { type: "bloc-atlas:get-state" },
      { type: "bloc-atlas:step", step: 3 },
      { type: "bloc-atlas:step", step: "next" },
      { type: "bloc-atlas:set-lang", lang: "vi" },
    ]) {
      expect(parseHostMessage(message), JSON.stringify(message)).toEqual({ ok: true, command: message });
    }
  });

  it("names what is wrong with a message that is not a command", () => {
    expect(parseHostMessage("select asean")).toEqual({
      ok: false,
      reason: 'a message must be an object with a "type", not a string',
    });
    expect(parseHostMessage(null)).toEqual({
      ok: false,
      reason: 'a message must be an object with a "type", not null',
    });
    expect(parseHostMessage({ type: "bloc-atlas:explode" })).toEqual({
      ok: false,
      reason:
        '"bloc-atlas:explode" is not a command (bloc-atlas:select, bloc-atlas:clear, bloc-atlas:set-filters, bloc-atlas:set-asof, bloc-atlas:get-state, bloc-atlas:step, bloc-atlas:set-lang)',
    });
  });

  it("refuses a command of the wrong shape: two selections, a number, an unknown key", () => {
    for (const message of [
      { type: "bloc-atlas:select", bloc: "asean", country: "VNM" },
      { type: "bloc-atlas:select", bloc: 42 },
      { type: "bloc-atlas:select" },
      { type: "bloc-atlas:clear", now: true },
      { type: "bloc-atlas:set-filters", filters: { type: "fta" } },
      { type: "bloc-atlas:select", bloc: "x".repeat(101) },
    ]) {
      expect(parseHostMessage(message).ok, JSON.stringify(message)).toBe(false);
    }
  });

  it("takes markup in an id as text, which the dataset check then refuses", () => {
    const hostile = { type: "bloc-atlas:select", bloc: "<img src=x onerror=alert(1)>" };
    expect(resolveCommand(command(hostile), known, NO_FILTERS, TODAY)).toEqual({
      ok: false,
      message: "there is no bloc “<img src=x onerror=alert(1)>” in this dataset",
    });
  });
});

describe("resolveCommand", () => {
  const resolve = (message: unknown) => resolveCommand(command(message), known, NO_FILTERS, TODAY);

  it("selects what exists, upper-casing a country code", () => {
    expect(resolve({ type: "bloc-atlas:select", bloc: "asean" })).toEqual({
      ok: true,
      intent: { kind: "select-bloc", id: "asean" },
    });
    expect(resolve({ type: "bloc-atlas:select", country: "vnm" })).toEqual({
      ok: true,
      intent: { kind: "select-country", iso3: "VNM" },
    });
  });

  it("shows a bloc since the speech or a date, up to the date shown or today", () => {
    expect(resolve({ type: "bloc-atlas:select", bloc: "brics", since: "speech" })).toEqual({
      ok: true,
      intent: { kind: "select-bloc", id: "brics", since: "2019-02-25" },
    });
    expect(resolve({ type: "bloc-atlas:select", bloc: "brics", since: "2023-06-01" })).toEqual({
      ok: true,
      intent: { kind: "select-bloc", id: "brics", since: "2023-06-01" },
    });
    for (const since of ["2018-12-31", TODAY, "2031-01-01"])
      expect(resolve({ type: "bloc-atlas:select", bloc: "brics", since })).toEqual({
        ok: false,
        message: `since ${since} is not from 2019-02-25 to the day before ${TODAY}`,
      });
    expect(resolve({ type: "bloc-atlas:select", bloc: "brics", since: "today" })).toEqual({
      ok: false,
      message: 'since “today” is not a date (YYYY-MM-DD or "speech")',
    });
    expect(resolve({ type: "bloc-atlas:select", bloc: "brics", since: "2023-02-30" })).toMatchObject({
      ok: false,
    });
    expect(resolve({ type: "bloc-atlas:select", bloc: "nato", since: "speech" })).toEqual({
      ok: false,
      message: "there is no bloc “nato” in this dataset",
    });
    expect(parseHostMessage({ type: "bloc-atlas:select", country: "VNM", since: "speech" }).ok).toBe(false);
  });

  it("says when a command names nothing in the dataset", () => {
    expect(resolve({ type: "bloc-atlas:select", bloc: "nato" })).toEqual({
      ok: false,
      message: "there is no bloc “nato” in this dataset",
    });
    expect(resolve({ type: "bloc-atlas:select", country: "XXX" })).toEqual({
      ok: false,
      message: "there is no country “XXX” on the map",
    });
  });

  it("sets filters, keeping those a command leaves out", () => {
    const current = { types: ["mou" as const], statuses: ["proposed" as const], relations: [] };
    expect(
      resolveCommand(
        command({ type: "bloc-atlas:set-filters", filters: { type: ["fta", "fta"] } }),
        known,
        current,
        TODAY,
      ),
    ).toEqual({ ok: true, intent: { kind: "set-filters", filters: { ...current, types: ["fta"] } } });
    expect(
      resolve({ type: "bloc-atlas:set-filters", filters: { type: ["fta", "treaty"], relation: ["trade"] } }),
    ).toEqual({
      ok: false,
      message: "“treaty” is not a type of agreement; “trade” is not a kind of relation",
    });
  });

  it("sets the date: the speech, today, or a day between", () => {
    expect(resolve({ type: "bloc-atlas:set-asof", date: "speech" })).toEqual({
      ok: true,
      intent: { kind: "set-asof", asOf: undefined },
    });
    expect(resolve({ type: "bloc-atlas:set-asof", date: "today" })).toEqual({
      ok: true,
      intent: { kind: "set-asof", asOf: TODAY },
    });
    expect(resolve({ type: "bloc-atlas:set-asof", date: "2024-01-01" })).toEqual({
      ok: true,
      intent: { kind: "set-asof", asOf: "2024-01-01" },
    });
    expect(resolve({ type: "bloc-atlas:set-asof", date: "2019-02-30" })).toMatchObject({ ok: false });
    expect(resolve({ type: "bloc-atlas:set-asof", date: "2018-01-01" })).toEqual({
      ok: false,
      message: `2018-01-01 is outside 2019-02-25 to ${TODAY}`,
    });
  });
});

describe("resolveCommand on a presented tour", () => {
  const tour = { id: "argument", step: 4, count: 19 };
  const resolveOn = (presented: typeof tour | undefined, message: unknown) =>
    resolveCommand(command(message), known, NO_FILTERS, TODAY, presented);
  const resolve = (message: unknown) => resolveOn(tour, message);

  it("goes to a numbered step, or moves from the step shown, within the tour", () => {
    expect(resolve({ type: "bloc-atlas:step", step: 7 })).toEqual({
      ok: true,
      intent: { kind: "go-to-step", step: 7 },
    });
    expect(resolve({ type: "bloc-atlas:step", step: "next" })).toEqual({
      ok: true,
      intent: { kind: "go-to-step", step: 5 },
    });
    expect(resolve({ type: "bloc-atlas:step", step: "previous" })).toMatchObject({ intent: { step: 3 } });
    expect(resolve({ type: "bloc-atlas:step", step: "first" })).toMatchObject({ intent: { step: 1 } });
    expect(resolve({ type: "bloc-atlas:step", step: "last" })).toMatchObject({ intent: { step: 19 } });
    expect(resolveOn({ ...tour, step: 19 }, { type: "bloc-atlas:step", step: "next" })).toMatchObject({
      intent: { step: 19 },
    });
  });

  it("refuses a step past the end, a step where no tour is presented, and a step that is not a whole number", () => {
    expect(resolve({ type: "bloc-atlas:step", step: 20 })).toEqual({
      ok: false,
      message: "the tour “argument” has 19 steps; there is no step 20",
    });
    expect(resolveOn(undefined, { type: "bloc-atlas:step", step: 2 })).toEqual({
      ok: false,
      message: "no tour is presented here: bloc-atlas:step needs a frame opened with ?present=<tour>",
    });
    for (const step of [0, 2.5, "2", "forward", null])
      expect(parseHostMessage({ type: "bloc-atlas:step", step }), JSON.stringify(step)).toMatchObject({
        ok: false,
      });
  });

  it("takes no other change while a tour is presented, but answers get-state", () => {
    expect(resolve({ type: "bloc-atlas:select", bloc: "brics" })).toEqual({
      ok: false,
      message: "this frame presents the tour “argument”: it takes bloc-atlas:step, not bloc-atlas:select",
    });
    expect(resolve({ type: "bloc-atlas:get-state" })).toEqual({ ok: true, intent: { kind: "get-state" } });
  });

  it("changes the language while a tour is presented: the words change, not the view", () => {
    expect(resolve({ type: "bloc-atlas:set-lang", lang: "vi" })).toEqual({
      ok: true,
      intent: { kind: "set-lang", lang: "vi" },
    });
  });
});

describe("bloc-atlas:set-lang", () => {
  const resolve = (message: unknown) => resolveCommand(command(message), known, NO_FILTERS, TODAY);

  it("takes each language the app speaks", () => {
    for (const lang of ["en", "ru", "vi"])
      expect(resolve({ type: "bloc-atlas:set-lang", lang })).toEqual({
        ok: true,
        intent: { kind: "set-lang", lang },
      });
  });

  it("answers a language the app does not speak with an error that lists those it does", () => {
    expect(resolve({ type: "bloc-atlas:set-lang", lang: "fr" })).toEqual({
      ok: false,
      message: "“fr” is not a language this app speaks (en, ru, vi)",
    });
  });

  it("refuses a lang that is not a string, or a message without one", () => {
    for (const message of [
      { type: "bloc-atlas:set-lang", lang: 7 },
      { type: "bloc-atlas:set-lang" },
      { type: "bloc-atlas:set-lang", lang: "ru", bloc: "asean" },
    ])
      expect(parseHostMessage(message)).toEqual({
        ok: false,
        reason: 'bloc-atlas:set-lang has the wrong shape: it takes lang: "en", "ru", "vi"',
      });
  });
});

describe("hostStateOf", () => {
  it("tells the selection in the URL's names and the countries coloured, as data-highlighted does", () => {
    const state = hostStateOf(
      data,
      { ...INITIAL_VIEW, blocId: "asean", country: "VNM" },
      "https://x.test/?bloc=asean",
      "ru",
    );
    expect(state).toEqual({
      selection: { bloc: "asean", country: "VNM" },
      highlighted: ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"],
      filters: { type: [], status: [], relation: [] },
      asOf: "2019-02-25",
      url: "https://x.test/?bloc=asean",
      lang: "ru",
    });
  });

  it("shows BRICS's ten members as of a day in 2025", () => {
    const state = hostStateOf(data, { ...INITIAL_VIEW, blocId: "brics", asOf: "2025-06-01" }, "", "en");
    expect(state.highlighted).toHaveLength(10);
    expect(state.asOf).toBe("2025-06-01");
  });

  it("says which step of which tour is shown, only while one is presented", () => {
    const tour = { id: "argument", step: 2, count: 19 };
    expect(hostStateOf(data, INITIAL_VIEW, "", "en", tour).tour).toEqual(tour);
    expect(hostStateOf(data, INITIAL_VIEW, "", "en")).not.toHaveProperty("tour");
  });
});
