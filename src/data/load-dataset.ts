import { CountryIndex } from "./country-index";
import { deepFreeze, type DeepReadonly } from "./deep-freeze";
import { fetchOwnFile } from "./own-files";
import { DATASET_FILES, type Dataset, type DatasetKey } from "./schema";
import { formatProblem, validateDataset } from "./validate";

/** Everything the app reads, checked once here and read-only after. */
export type LoadedData = DeepReadonly<{
  dataset: Dataset;
  transcript: string;
  countries: CountryIndex;
}>;

/** The dataset failed its checks: each line names the file, the JSON path and the problem. */
export class DatasetError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`The dataset failed validation:\n${lines.join("\n")}`);
    this.name = "DatasetError";
  }
}

// Served as files of their own (not bundled into the script) so the data is cached and measured apart.
const dataUrls = import.meta.glob<string>("@dataset/*.{json,txt}", {
  query: "?url",
  import: "default",
  eager: true,
});

function urlOf(file: string): string {
  // Glob keys are paths as Vite resolved them; the file name is what identifies a data file.
  const url = Object.entries(dataUrls).find(([key]) => key.endsWith(`/${file}`))?.[1];
  if (!url) throw new DatasetError([`data/${file}: $: file is missing from the build`]);
  return url;
}

async function fetchOk(url: string, what: string): Promise<Response> {
  const response = await fetchOwnFile(url);
  if (!response.ok) throw new DatasetError([`${what}: $: could not be loaded (HTTP ${response.status})`]);
  return response;
}

/** Undefined outside a secure context (a build served over plain HTTP from a laptop's address). */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  if (!globalThis.isSecureContext) return undefined;
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Loads the dataset, its transcript and the country index, and runs the same checks as
 * `npm run validate`, so a broken deployment says what is wrong instead of drawing wrong things.
 */
export async function loadData(geoBaseUrl: string): Promise<LoadedData> {
  const keys = Object.keys(DATASET_FILES) as DatasetKey[];
  const [fileContents, countriesJson] = await Promise.all([
    Promise.all(
      keys.map(async (key) => {
        const file = DATASET_FILES[key].file;
        return (await fetchOk(urlOf(file), `data/${file}`)).json() as Promise<unknown>;
      }),
    ),
    fetchOk(`${geoBaseUrl}country-index.json`, "geo/country-index.json").then((r) => r.json() as Promise<unknown>),
  ]);
  const files = Object.fromEntries(keys.map((key, i) => [key, fileContents[i]])) as Record<DatasetKey, unknown>;

  const countries = CountryIndex.safeParse(countriesJson);
  if (!countries.success) throw new DatasetError(["geo/country-index.json: $: is not a country index"]);

  const speech = files.speech;
  const transcriptFile =
    typeof speech === "object" && speech !== null && "transcriptFile" in speech && typeof speech.transcriptFile === "string"
      ? speech.transcriptFile
      : undefined;
  if (transcriptFile === undefined) {
    throw new DatasetError(["data/speech.json: $.transcriptFile: must name the transcript file"]);
  }
  const transcriptBytes = await (await fetchOk(urlOf(transcriptFile), `data/${transcriptFile}`)).arrayBuffer();
  const geometryCountries = new Set(Object.keys(countries.data));
  const transcript = new TextDecoder("utf-8", { fatal: true }).decode(transcriptBytes);
  const result = validateDataset({
    files,
    directory: "data",
    transcript,
    transcriptSha256: await sha256Hex(transcriptBytes),
    geometryCountries,
    // The browser has no ISO list of its own; the CLI tells a typo from missing geometry.
    isoCountries: geometryCountries,
  });
  if (!result.ok) throw new DatasetError(result.problems.map(formatProblem));
  return deepFreeze({ dataset: result.dataset, transcript, countries: countries.data });
}
