import { describe, expect, it } from "vitest";
import { readCheckedData } from "../../scripts/lib/dataset-files";
import { announcementOf, type AnnouncedView } from "./announcement";
import { EN, RU, VI } from "../i18n/translators.fixture";
import { NO_FILTERS } from "./relations";

const data = readCheckedData();
const SPEECH = "2019-02-25";
const TODAY = "2025-06-01";
const DAYS = { speechDate: SPEECH, today: TODAY };
const HOME: AnnouncedView = {
  selection: { blocId: undefined, agreementId: undefined, coChairId: undefined, country: undefined },
  filters: NO_FILTERS,
  date: SPEECH,
};
const withSelection = (change: Partial<AnnouncedView["selection"]>): AnnouncedView => ({
  ...HOME,
  selection: { ...HOME.selection, ...change },
});
const ASEAN = withSelection({ blocId: "asean" });

describe("announcementOf", () => {
  it("says nothing when nothing announced changed", () => {
    expect(announcementOf(EN, "en", data, HOME, HOME, DAYS)).toBeUndefined();
    expect(
      announcementOf(EN, "en", data, ASEAN, { ...ASEAN, filters: { ...NO_FILTERS } }, DAYS),
    ).toBeUndefined();
  });

  it("counts a bloc's members highlighted, and its observers in the lighter colour", () => {
    expect(announcementOf(EN, "en", data, HOME, ASEAN, DAYS)).toBe(
      "ASEAN: 10 member countries highlighted, 1 observer or partner in a lighter colour.",
    );
    expect(announcementOf(EN, "en", data, HOME, withSelection({ blocId: "ric" }), DAYS)).toBe(
      "RIC: 3 member countries highlighted.",
    );
  });

  it("names a country opened over a bloc, and the bloc again when the country is closed", () => {
    const vietnam = withSelection({ blocId: "asean", country: "VNM" });
    expect(announcementOf(EN, "en", data, ASEAN, vietnam, DAYS)).toBe(
      "Vietnam: member of 10 blocs the speech names.",
    );
    expect(announcementOf(EN, "en", data, vietnam, ASEAN, DAYS)).toMatch(
      /^ASEAN: 10 member countries highlighted/,
    );
  });

  it("gives an agreement's type and status, and a co-chairmanship's co-chairs", () => {
    expect(
      announcementOf(EN, "en", data, ASEAN, withSelection({ agreementId: "eaeu-vietnam-fta" }), DAYS),
    ).toBe("EAEU–Vietnam FTA: free trade agreement, in force.");
    expect(
      announcementOf(EN, "en", data, HOME, withSelection({ coChairId: "admm-plus-hma-2017-2020" }), DAYS),
    ).toBe(
      "ADMM-Plus Experts' Working Group on Humanitarian Mine Action: co-chaired by Russia and Laos, 2017–2020.",
    );
  });

  it("says the selection was cleared", () => {
    expect(announcementOf(EN, "en", data, ASEAN, HOME, DAYS)).toBe("Selection cleared.");
  });

  it("says the new date, and the selection's counts on it", () => {
    const bricsThen = withSelection({ blocId: "brics" });
    const bricsToday = { ...bricsThen, date: TODAY };
    expect(announcementOf(EN, "en", data, bricsThen, bricsToday, DAYS)).toBe(
      "Showing memberships and statuses as of 1 June 2025 (today). BRICS: 10 member countries highlighted, 9 observers or partners in a lighter colour.",
    );
    expect(announcementOf(EN, "en", data, bricsToday, bricsThen, DAYS)).toBe(
      "Showing memberships and statuses as of 25 February 2019 (the speech). BRICS: 5 member countries highlighted.",
    );
    expect(announcementOf(EN, "en", data, HOME, { ...HOME, date: "2020-01-01" }, DAYS)).toBe(
      "Showing memberships and statuses as of 1 January 2020.",
    );
  });

  it("names the filters on and what they leave, without repeating an unchanged selection", () => {
    const fta = { ...ASEAN, filters: { ...NO_FILTERS, types: ["fta" as const] } };
    // The dataset's six EAEU free trade agreements; a type filter leaves no co-chairmanship or bloc.
    expect(announcementOf(EN, "en", data, ASEAN, fta, DAYS)).toBe(
      "Filters: free trade agreement. 6 agreements and 0 co-chairmanships shown; blocs hidden.",
    );
    expect(announcementOf(EN, "en", data, fta, ASEAN, DAYS)).toMatch(
      /^Filters cleared\. \d+ agreements and \d+ co-chairmanships shown\.$/,
    );
  });

  it("says when the filters hide the blocs", () => {
    const onlyAgreements = { ...HOME, filters: { ...NO_FILTERS, relations: ["agreement" as const] } };
    expect(announcementOf(EN, "en", data, HOME, onlyAgreements, DAYS)).toMatch(
      /^Filters: agreements\. \d+ agreements and 0 co-chairmanships shown; blocs hidden\.$/,
    );
  });
});

describe("announcementOf in Russian and Vietnamese", () => {
  it("counts with Russian plural forms: one, few and many", () => {
    expect(announcementOf(RU, "ru", data, HOME, withSelection({ blocId: "ric" }), DAYS)).toBe(
      "RIC: выделены 3 страны-члена.",
    );
    expect(announcementOf(RU, "ru", data, HOME, ASEAN, DAYS)).toBe(
      "ASEAN: выделено 10 стран-членов, 1 наблюдатель или партнёр — более светлым цветом.",
    );
    const vietnam = withSelection({ blocId: "asean", country: "VNM" });
    expect(announcementOf(RU, "ru", data, ASEAN, vietnam, DAYS)).toBe(
      "Vietnam: входит в 10 блоков из названных в выступлении.",
    );
  });

  it("says the date in the language, with the day it is", () => {
    expect(announcementOf(RU, "ru", data, HOME, { ...HOME, date: TODAY }, DAYS)).toBe(
      "Членство и статусы показаны на 1 июня 2025 г. (сегодня).",
    );
    expect(announcementOf(VI, "vi", data, HOME, withSelection({ blocId: "ric" }), DAYS)).toBe(
      "RIC: tô màu 3 quốc gia thành viên.",
    );
  });
});
