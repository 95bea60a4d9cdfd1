import { describe, expect, it } from "vitest";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import { compareBlocs, compareDates } from "./compare";
import { EN, RU } from "../i18n/translators.fixture";
import { keyQuoteOf, summaryOf, type FocusIds } from "./view-summary";

const data = readCheckedData();
const SPEECH = "2019-02-25";
const NOTHING: FocusIds = {
  blocId: undefined,
  agreementId: undefined,
  coChairId: undefined,
  country: undefined,
};

describe("summaryOf", () => {
  it("names a bloc and counts its members and associates on the date", () => {
    expect(summaryOf(EN, "en", data, { ...NOTHING, blocId: "asean" }, SPEECH)).toEqual({
      title: "ASEAN: Association of Southeast Asian Nations",
      line: "Regional organisation · 10 member countries, 1 observer or partner as of 25 February 2019",
    });
  });

  it("does not repeat a name that is its own short name", () => {
    expect(summaryOf(EN, "en", data, { ...NOTHING, blocId: "brics" }, "2025-06-01").title).toBe("BRICS");
    expect(summaryOf(EN, "en", data, { ...NOTHING, blocId: "brics" }, "2025-06-01").line).toMatch(
      /^Group · 10 member countries/,
    );
  });

  it("gives an agreement's type and status on the date", () => {
    expect(summaryOf(EN, "en", data, { ...NOTHING, agreementId: "eaeu-vietnam-fta" }, SPEECH)).toEqual({
      title: "EAEU–Vietnam FTA",
      line: "Free trade agreement · in force as of 25 February 2019",
    });
  });

  it("names a co-chairmanship's co-chairs and says when its period is over", () => {
    const summary = summaryOf(
      EN,
      "en",
      data,
      { ...NOTHING, coChairId: "admm-plus-hma-2017-2020" },
      "2025-01-01",
    );
    expect(summary.line).toMatch(/^Co-chaired by Russia and Laos · 2017–2020, over by 1 January 2025$/);
  });

  it("puts a country picked on the map before the bloc around it", () => {
    expect(summaryOf(EN, "en", data, { ...NOTHING, blocId: "asean", country: "VNM" }, SPEECH)).toEqual({
      title: "Vietnam",
      line: "Member of 10 blocs the speech names, as of 25 February 2019",
    });
  });

  it("describes the speech when nothing is selected", () => {
    expect(summaryOf(EN, "en", data, NOTHING, SPEECH).line).toBe(
      "Sergey Lavrov, Ho Chi Minh City, Vietnam, 25 February 2019",
    );
  });
});

describe("keyQuoteOf", () => {
  it("takes the quote a link names over the first one about the selection", () => {
    expect(keyQuoteOf(data, { ...NOTHING, blocId: "asean" }, "ric-origin")?.id).toBe("ric-origin");
  });

  it("takes the earliest passage about the selection", () => {
    const quote = keyQuoteOf(data, { ...NOTHING, agreementId: "eaeu-vietnam-fta" }, undefined);
    const about = data.dataset.quotes.filter((q) => q.about.includes("eaeu-vietnam-fta"));
    expect(quote?.start).toBe(Math.min(...about.map((q) => q.start)));
  });

  it("takes the earliest passage naming a country, and none for the whole speech", () => {
    expect(keyQuoteOf(data, { ...NOTHING, country: "VNM" }, undefined)?.countries).toContain("VNM");
    expect(keyQuoteOf(data, NOTHING, undefined)).toBeUndefined();
  });
});

describe("summaryOf a comparison", () => {
  const bloc = (id: string) => data.dataset.blocs.find((b) => b.id === id)!;

  it("names the two blocs and counts each set", () => {
    const comparison = compareBlocs(bloc("brics"), bloc("sco"), SPEECH, "members");
    expect(summaryOf(EN, "en", data, NOTHING, SPEECH, comparison)).toEqual({
      title: "BRICS and SCO",
      line: "In both: 3 · Only in BRICS: 2 · Only in SCO: 5 (members only), as of 25 February 2019",
    });
  });

  it("names one bloc's two dates and counts who stayed, joined and left", () => {
    const comparison = compareDates(bloc("brics"), SPEECH, "2025-02-01", "members");
    expect(summaryOf(EN, "en", data, NOTHING, "2025-02-01", comparison)).toEqual({
      title: "BRICS, 25 February 2019 to 1 February 2025",
      line: "Stayed: 5 · Joined: 5 · Left: 0 (members only)",
    });
  });

  it("takes the first passage about either bloc as the key quote", () => {
    const quote = keyQuoteOf(data, { ...NOTHING, compare: ["eas", "ric"] }, undefined);
    expect(quote?.about.some((id) => id === "eas" || id === "ric")).toBe(true);
  });
});

describe("summaryOf in Russian", () => {
  it("says a bloc's kind, counts and date in Russian, with the plural forms", () => {
    expect(summaryOf(RU, "ru", data, { ...NOTHING, blocId: "asean" }, SPEECH).line).toBe(
      "Региональная организация · 10 стран-членов, 1 наблюдатель или партнёр на 25 февраля 2019 г.",
    );
    expect(summaryOf(RU, "ru", data, { ...NOTHING, blocId: "ric" }, SPEECH).line).toMatch(
      /· 3 страны-члена на /,
    );
  });
});
