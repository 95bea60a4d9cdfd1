import { describe, expect, it } from "vitest";
import { KNOWN_IDS_FIXTURE } from "./known-ids.fixture";
import { INITIAL_VIEW } from "./atlas-store";
import { EN, RU } from "../i18n/translators.fixture";
import { linkNotice, parseViewState, serializeViewState, type KnownIds } from "./url-state";

const known = KNOWN_IDS_FIXTURE;

/** The view a URL names, with its notice in English words. */
function parse(search: string, ids: KnownIds) {
  const { view, notice } = parseViewState(search, ids);
  return { view, notice: notice && linkNotice(EN, notice) };
}

describe("parseViewState", () => {
  it("reads a bloc and a country, upper-casing the code", () => {
    expect(parse("?bloc=asean&country=vnm", known)).toEqual({
      view: { ...INITIAL_VIEW, blocId: "asean", country: "VNM" },
      notice: undefined,
    });
  });

  it("focuses a country linked on its own", () => {
    expect(parse("?country=VNM", known).view.focusCountry).toBe(true);
  });

  it("drops an unknown bloc with a notice and keeps the rest", () => {
    expect(parse("?bloc=no-such-bloc&country=VNM", known)).toEqual({
      view: { ...INITIAL_VIEW, country: "VNM", focusCountry: true },
      notice: "The link could not be followed in full: there is no bloc “no-such-bloc” in this dataset.",
    });
  });

  it("repeats at most 40 characters of a long value", () => {
    const notice = parse(`?quote=${"a".repeat(20_000)}`, known).notice;
    expect(notice).toBe(
      `The link could not be followed in full: there is no quote “${"a".repeat(40)}…” in this dataset.`,
    );
  });

  it("says what is malformed", () => {
    expect(parse("?bloc=Not%20An%20Id&country=12", known).notice).toBe(
      "The link could not be followed in full: “Not An Id” is not a bloc id; “12” is not a country code.",
    );
  });

  it("reads filters and keeps the known values of a list", () => {
    const { view, notice } = parse("?type=fta,mou,treaty&status=proposed&relation=agreement", known);
    expect(view.filters).toEqual({ types: ["fta", "mou"], statuses: ["proposed"], relations: ["agreement"] });
    expect(notice).toBe("The link could not be followed in full: “treaty” is not a type of agreement.");
  });

  it("reads a date within the speech date and today, and refuses others", () => {
    expect(parse("?asof=2024-01-01", known).view.asOf).toBe("2024-01-01");
    expect(parse("?asof=2019-02-25", known).view.asOf).toBeUndefined();
    expect(parse("?asof=2018-01-01", known).notice).toContain(
      "2018-01-01 is outside 2019-02-25 to 2026-11-28",
    );
    expect(parse("?asof=2024-02-30", known).notice).toContain("“2024-02-30” is not a date");
  });

  it("reads an agreement or a co-chairmanship", () => {
    expect(parse("?agreement=eaeu-vietnam-fta", known).view.agreementId).toBe("eaeu-vietnam-fta");
    expect(parse("?cochair=arf-ism-cttc", known).view.coChairId).toBe("arf-ism-cttc");
  });

  it("opens the reader at a quote or a paragraph", () => {
    expect(parse("?quote=ric-origin", known).view).toMatchObject({
      panel: "speech",
      readerTarget: { quoteId: "ric-origin" },
    });
    expect(parse("?para=12", known).view.readerTarget).toEqual({ paragraph: 12 });
    expect(parse("?para=99", known).notice).toContain("the speech has no paragraph “99” (1 to 27)");
    expect(parse("?panel=speech", known).view.panel).toBe("speech");
  });

  it("reads nothing from an empty query", () => {
    expect(parse("", known)).toEqual({ view: INITIAL_VIEW, notice: undefined });
  });
});

describe("serializeViewState with the reader", () => {
  it("keeps the details panel and a focused country through a round trip", () => {
    const view = { ...INITIAL_VIEW, country: "VNM", focusCountry: true };
    expect(parse(serializeViewState(view, ""), known).view).toEqual(view);
  });

  it("writes the speech panel without a target", () => {
    expect(serializeViewState({ ...INITIAL_VIEW, panel: "speech" }, "")).toBe("?panel=speech");
  });
});

describe("serializeViewState", () => {
  it("writes readable parameters and keeps others", () => {
    expect(serializeViewState({ ...INITIAL_VIEW, blocId: "asean", country: "VNM" }, "?embed=1")).toBe(
      "?embed=1&bloc=asean&country=VNM",
    );
    expect(serializeViewState(INITIAL_VIEW, "?bloc=x")).toBe("");
  });

  it("writes lists with plain commas", () => {
    const view = {
      ...INITIAL_VIEW,
      filters: { types: ["fta" as const, "mou" as const], statuses: [], relations: [] },
    };
    expect(serializeViewState(view, "")).toBe("?type=fta,mou");
  });

  it("round-trips through parseViewState", () => {
    const view = {
      ...INITIAL_VIEW,
      blocId: "brics",
      country: "VNM",
      filters: { types: ["fta" as const], statuses: ["in-effect" as const], relations: [] },
      asOf: "2025-06-30",
      panel: "speech" as const,
      readerTarget: { quoteId: "ric-origin" },
    };
    expect(parse(serializeViewState(view, ""), known).view).toEqual(view);
  });
});

describe("comparisons in the URL", () => {
  it("reads two blocs to compare, the same one twice included, and who counts", () => {
    expect(parse("?compare=brics,asean", known)).toEqual({
      view: { ...INITIAL_VIEW, compare: ["brics", "asean"] },
      notice: undefined,
    });
    expect(parse("?compare=asean,asean&roles=all", known).view).toMatchObject({
      compare: ["asean", "asean"],
      roles: "all",
    });
  });

  it("takes a comparison over a bloc beside it", () => {
    const { view, notice } = parse("?compare=brics,asean&bloc=asean", known);
    expect(view).toMatchObject({ compare: ["brics", "asean"], blocId: undefined });
    expect(notice).toBeUndefined();
  });

  it("drops a comparison that is not two known blocs, with a notice, and keeps the rest", () => {
    expect(parse("?compare=brics&country=VNM", known)).toEqual({
      view: { ...INITIAL_VIEW, country: "VNM", focusCountry: true },
      notice:
        "The link could not be followed in full: “brics” is not two blocs to compare (compare=first,second).",
    });
    expect(parse("?compare=brics,nato", known).notice).toContain("there is no bloc “nato” in this dataset");
    expect(parse("?compare=a,b,c", known).view.compare).toBeUndefined();
  });

  it("reads a bloc since the speech, up to today when no date is given", () => {
    expect(parse("?bloc=brics&since=speech", known)).toEqual({
      view: { ...INITIAL_VIEW, blocId: "brics", since: "2019-02-25", asOf: known.latestDate },
      notice: undefined,
    });
    expect(parse("?bloc=brics&since=2020-01-01&asof=2024-01-01", known).view).toMatchObject({
      since: "2020-01-01",
      asOf: "2024-01-01",
    });
  });

  it("refuses a second date that is not before the first, out of range, or without a bloc", () => {
    expect(parse("?bloc=brics&since=2024-01-01&asof=2023-01-01", known).notice).toContain(
      "since 2024-01-01 is not between 2019-02-25 and the date shown, 2023-01-01",
    );
    expect(parse("?bloc=brics&since=speech&asof=2019-02-25", known).view.since).toBeUndefined();
    expect(parse("?bloc=brics&since=2018-01-01", known).view.since).toBeUndefined();
    expect(parse("?since=speech", known).notice).toContain("since= needs one bloc");
    expect(parse("?bloc=brics&since=soon", known).notice).toContain("“soon” is not a date");
    expect(parse("?bloc=brics&roles=all", known)).toEqual({
      view: { ...INITIAL_VIEW, blocId: "brics" },
      notice: "The link could not be followed in full: roles= is for a comparison (compare=… or since=…).",
    });
  });

  it("writes comparisons readably and reads them back the same", () => {
    const pair = { ...INITIAL_VIEW, compare: ["brics", "asean"] as const, roles: "all" as const };
    expect(serializeViewState(pair, "")).toBe("?compare=brics,asean&roles=all");
    expect(parse(serializeViewState(pair, ""), known).view).toEqual(pair);
    const since = { ...INITIAL_VIEW, blocId: "brics", since: "2019-02-25", asOf: "2025-01-01" };
    expect(serializeViewState(since, "")).toBe("?bloc=brics&asof=2025-01-01&since=2019-02-25");
    expect(parse(serializeViewState(since, ""), known).view).toEqual(since);
  });
});

describe("linkNotice", () => {
  it("says a link's problems in the language shown", () => {
    const { notice } = parseViewState("?bloc=no-such-bloc&country=12", known);
    expect(linkNotice(RU, notice ?? [])).toBe(
      "Ссылку не удалось открыть полностью: в этих данных нет блока “no-such-bloc”; “12” — не код страны.",
    );
  });
});
