import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { COMPILED_FORMAT, type CompiledDataset } from "../../src/data/compiled-dataset.ts";
import { CountryIndex } from "../../src/data/country-index.ts";
import { DATASET_FILES, type DatasetKey } from "../../src/data/schema.ts";
import type { Tour } from "../../src/data/tour-schema.ts";
import { formatProblem, validateDataset, type Problem } from "../../src/data/validate.ts";
import { validateTour } from "../../src/data/validate-tours.ts";
import { deriveTables, type DerivedTables } from "../../src/domain/derived-tables.ts";
import { LANGUAGES, type Language } from "../../src/data/languages.ts";
import type { LoadedData } from "../../src/domain/loaded-data.ts";
import { countryIndexIn } from "./country-names.ts";
import { projectRoot, readTourFiles, readValidationInput } from "./dataset-files.ts";

export const COUNTRY_INDEX_FILE = path.join(projectRoot, "public/geo/country-index.json");

/** One language's compiled file: what the app reads in that language, and its text. */
export type CompiledLanguage = { compiled: CompiledDataset<DerivedTables>; json: string };

export type CompileResult =
  | { ok: true; sourceHash: string; languages: Readonly<Record<Language, CompiledLanguage>> }
  /** Each line `file: JSON path: problem`, as `npm run validate` prints them. */
  | { ok: false; lines: string[] };

/** The files a dataset folder is compiled from: what its hash covers, and what a watcher watches. */
export function compileInputs(dataDir: string): string[] {
  const speech = JSON.parse(readFileSync(path.join(dataDir, DATASET_FILES.speech.file), "utf8")) as {
    transcriptFile?: unknown;
  };
  const transcript =
    typeof speech.transcriptFile === "string" ? [path.join(dataDir, speech.transcriptFile)] : [];
  return [
    ...(Object.keys(DATASET_FILES) as DatasetKey[]).map((key) => path.join(dataDir, DATASET_FILES[key].file)),
    ...transcript,
    ...readTourFiles(dataDir).map(({ file }) => path.join(projectRoot, file)),
    COUNTRY_INDEX_FILE,
  ];
}

/** The SHA-256 of the format and of every input, each with its name, so a renamed file counts. */
function sourceHashOf(dataDir: string): string {
  const hash = createHash("sha256").update(`bloc-atlas compiled dataset, format ${COMPILED_FORMAT}\n`);
  for (const file of compileInputs(dataDir)) {
    hash.update(`${path.relative(dataDir, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

/**
 * Checks a dataset folder as `npm run validate` does (the dataset, then its tours) and, if it
 * passes, compiles what the app reads, once per language: the dataset, transcript, country index
 * and tours in that language, with the tables the app would otherwise derive in the browser (see
 * DerivedTables), whose labels are in that language too.
 */
export function compileDataset(dataDir = path.join(projectRoot, "data")): CompileResult {
  let input;
  try {
    input = readValidationInput(dataDir);
  } catch (error) {
    return { ok: false, lines: (error as Error).message.split("\n") };
  }
  const checked = validateDataset(input);
  if (!checked.ok) return { ok: false, lines: checked.problems.map(formatProblem) };
  const context = { dataset: checked.dataset, countryCodes: input.geometryCountries };
  const tours: Record<string, Tour> = {};
  const tourProblems: Problem[] = [];
  for (const { file, json } of readTourFiles(dataDir)) {
    const tour = validateTour(json, file, context);
    if (tour.ok) tours[path.basename(file, ".json")] = tour.tour;
    else tourProblems.push(...tour.problems);
  }
  if (tourProblems.length > 0) return { ok: false, lines: tourProblems.map(formatProblem) };
  const countries = CountryIndex.parse(JSON.parse(readFileSync(COUNTRY_INDEX_FILE, "utf8")));
  const sourceHash = sourceHashOf(dataDir);
  const inLanguage = (lang: Language): CompiledLanguage => {
    const localCountries = countryIndexIn(lang, countries);
    const compiled: CompiledDataset<DerivedTables> = {
      format: COMPILED_FORMAT,
      sourceHash,
      lang,
      dataset: checked.dataset,
      transcript: input.transcript,
      countries: localCountries,
      tours,
      derived: deriveTables({ dataset: checked.dataset, countries: localCountries }),
    };
    return { compiled, json: JSON.stringify(compiled) };
  };
  const languages = Object.fromEntries(LANGUAGES.map((lang) => [lang, inLanguage(lang)]));
  return { ok: true, sourceHash, languages: languages as Record<Language, CompiledLanguage> };
}

/** The real dataset as the app reads it (compiled), for unit tests of what renders it. */
export function readLoadedData(lang: Language = "en"): LoadedData {
  const result = compileDataset();
  if (!result.ok)
    throw new Error(`the real dataset must compile for these tests:\n${result.lines.join("\n")}`);
  const { dataset, transcript, countries, tours, derived } = result.languages[lang].compiled;
  return { dataset, transcript, countries, tours, derived };
}
