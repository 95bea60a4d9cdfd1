import type { LoadedData } from "./load-dataset";
import { DatasetError } from "./load-dataset";
import { fetchOwnFile } from "./own-files";
import { formatProblem } from "./validate";
import { validateTour } from "./validate-tours";
import type { Tour } from "./tour-schema";

// Files of their own, like the dataset's, fetched only when a tour is presented.
const tourUrls = import.meta.glob<string>("@dataset/tours/*.json", { query: "?url", import: "default", eager: true });

const idOf = (key: string) => key.replace(/^.*\/([^/]+)\.json$/, "$1");

/** The ids of the tours the build holds, in file-name order. */
export const TOUR_IDS: readonly string[] = Object.keys(tourUrls).map(idOf).sort();

/** Loads a tour and checks it as `npm run validate` does; a failure names the file, path and problem. */
export async function loadTour(id: string, data: LoadedData): Promise<Tour> {
  const url = Object.entries(tourUrls).find(([key]) => idOf(key) === id)?.[1];
  const file = `data/tours/${id}.json`;
  if (!url) throw new DatasetError([`${file}: $: there is no such tour (tours: ${TOUR_IDS.join(", ")})`]);
  const response = await fetchOwnFile(url);
  if (!response.ok) throw new DatasetError([`${file}: $: could not be loaded (HTTP ${response.status})`]);
  const result = validateTour((await response.json()) as unknown, file, {
    dataset: data.dataset,
    countryCodes: new Set(Object.keys(data.countries)),
  });
  if (!result.ok) throw new DatasetError(result.problems.map(formatProblem));
  return result.tour;
}
