import type { KnownIds } from "./url-state";

/** A small set of ids the unit tests of the URL codec and the host API resolve names against. */
export const KNOWN_IDS_FIXTURE: KnownIds = {
  blocs: new Set(["asean", "brics"]),
  agreements: new Set(["eaeu-vietnam-fta"]),
  coChairmanships: new Set(["arf-ism-cttc"]),
  countries: new Map([["VNM", "Vietnam"]]),
  quotes: new Set(["ric-origin"]),
  paragraphCount: 27,
  speechDate: "2019-02-25",
  latestDate: "2026-11-28",
};
