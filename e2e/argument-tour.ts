import { readFileSync } from "node:fs";
import { localToday } from "../src/app/local-today";
import type { Tour } from "../src/data/tour-schema";
import { highlightFor } from "../src/store/selectors";
import { stepViewState } from "../src/store/tour-view";
import { data, speech } from "./dataset";

/** The `argument` tour as the data holds it, read apart from the app. */
export const tour = JSON.parse(
  readFileSync(new URL("../data/tours/argument.json", import.meta.url), "utf8"),
) as Tour;
export const COUNT = tour.steps.length;

/** What the map must colour strongly at step `n` (1-based): the step's view, worked out from the data. */
export function expectedAt(n: number): string[] {
  const step = tour.steps[n - 1]!;
  const view = stepViewState(step, speech.date, localToday());
  return [...highlightFor(data, view, view.asOf ?? speech.date).members].sort();
}
