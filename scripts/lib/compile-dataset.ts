import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { COMPILED_FORMAT, type CompiledDataset } from "../../src/data/compiled-dataset.ts";
import { CountryIndex } from "../../src/data/country-index.ts";
import { DATASET_FILES, type Dataset, type DatasetKey } from "../../src/data/schema.ts";
import type { Tour } from "../../src/data/tour-schema.ts";
import { deriveTables, relabelTables, type DerivedTables } from "../../src/domain/derived-tables.ts";
import { LANGUAGES, type Language } from "../../src/data/languages.ts";
import type { LoadedData } from "../../src/domain/loaded-data.ts";
import { countryIndexIn } from "./country-names.ts";
import { localizeDataset, localizeTour, searchTermsOf } from "../../src/domain/localize.ts";
import { checkDatasetFolder } from "./check-dataset-folder.ts";
import { projectRoot, readTourFiles, readTranslationFiles } from "./dataset-files.ts";

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
    ...readTranslationFiles(dataDir).map(({ file }) => path.join(projectRoot, file)),
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
 * Checks a dataset folder as `npm run validate` does (the dataset, its tours and translations) and, if it
 * passes, compiles what the app reads, once per language: the dataset, transcript, country index
 * and tours in that language, with the tables the app would otherwise derive in the browser (see
 * DerivedTables), whose labels are in that language too.
 */
export function compileDataset(dataDir = path.join(projectRoot, "data")): CompileResult {
  const result = checkDatasetFolder(dataDir);
  if (!result.ok) return { ok: false, lines: result.lines };
  const { input, dataset, tours, translations } = result.checked;
  const countries = CountryIndex.parse(JSON.parse(readFileSync(COUNTRY_INDEX_FILE, "utf8")));
  const sourceHash = sourceHashOf(dataDir);
  const searchTerms = Object.fromEntries(
    dataset.blocs.map((bloc) => [bloc.id, searchTermsOf(bloc, translations)]),
  );
  // Derived once: another language's tables differ only in the labels' words (relabelTables).
  const englishTables = deriveTables({ dataset, countries }, searchTerms);
  const inLanguage = (lang: Language): CompiledLanguage => {
    const translation = lang === "en" ? undefined : translations[lang];
    // Read-only from localize; the file is JSON, which the app reads as read-only again.
    const localDataset = localizeDataset(dataset, translation) as Dataset;
    const localCountries = countryIndexIn(lang, countries);
    const compiled: CompiledDataset<DerivedTables> = {
      format: COMPILED_FORMAT,
      sourceHash,
      lang,
      dataset: localDataset,
      transcript: input.transcript,
      countries: localCountries,
      tours: Object.fromEntries(
        Object.entries(tours).map(([id, tour]) => [id, localizeTour(tour, translation) as Tour]),
      ),
      derived: relabelTables(englishTables, localDataset.blocs),
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
