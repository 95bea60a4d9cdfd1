import { readFileSync } from "node:fs";
import type { CountryIndex } from "../src/data/country-index";
import type { Agreement, Bloc, CoChairmanship, Dataset, Quote, Speech } from "../src/data/schema";
import type { Tour } from "../src/data/tour-schema";
import { localToday } from "../src/app/local-today";
import { highlightFor } from "../src/store/selectors";
import { stepViewState } from "../src/store/tour-view";

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, "utf8"));
}

const readData = (file: string) => readJson(new URL(`../data/${file}`, import.meta.url));

/** The dataset as the specs know it, read from data/ (the app is checked against these files). */
export const blocs = readData("blocs.json") as Bloc[];
export const agreements = readData("agreements.json") as Agreement[];
export const coChairmanships = readData("co-chairmanships.json") as CoChairmanship[];
export const speech = readData("speech.json") as Speech;
export const quotes = readData("quotes.json") as Quote[];
/** The transcript, character for character, as the quotes' offsets count it. */
export const transcript = readFileSync(new URL(`../data/${speech.transcriptFile}`, import.meta.url), "utf8");
export const countries = readJson(
  new URL("../public/geo/country-index.json", import.meta.url),
) as CountryIndex;

/** Enough of the dataset for the domain functions the specs use to find places on the map. */
export const data = {
  dataset: {
    speech,
    blocs,
    agreements,
    coChairmanships,
    quotes: [],
    contextNotes: [],
    sources: [],
  } as Dataset,
  countries,
};

/** ASEAN's ten members on the speech date, written out: what the map must colour for ASEAN. */
export const ASEAN_MEMBERS_2019 = ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"];

/** The `argument` tour, read from data/tours/. */
export const argumentTour = readData("tours/argument.json") as Tour;

/** What the map must colour strongly at step `n` (1-based) of the tour: the step's view, worked out from the data. */
export function argumentStepMembers(n: number): string[] {
  const step = argumentTour.steps[n - 1]!;
  const view = stepViewState(step, speech.date, localToday());
  return [...highlightFor(data, view, view.asOf ?? speech.date).members].sort();
}

/**
 * A point in Vietnam's Central Highlands (Pleiku), for clicking Vietnam itself: the point its dot
 * and click target use, in the north, carries the ARF's label, and a click on a label selects it.
 */
export const IN_VIETNAM: [number, number] = [108.0, 14.0];
