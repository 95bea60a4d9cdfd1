import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { COMPILED_FORMAT, type CompiledDataset } from "../../src/data/compiled-dataset.ts";
import { CountryIndex } from "../../src/data/country-index.ts";
import { DATASET_FILES, type DatasetKey } from "../../src/data/schema.ts";
import { deriveTables, type DerivedTables } from "../../src/domain/derived-tables.ts";
import type { LoadedData } from "../../src/domain/loaded-data.ts";
import { checkDatasetFolder } from "./check-dataset-folder.ts";
import { projectRoot, readTourFiles, readTranslationFiles } from "./dataset-files.ts";

export const COUNTRY_INDEX_FILE = path.join(projectRoot, "public/geo/country-index.json");

export type CompileResult =
  | { ok: true; compiled: CompiledDataset<DerivedTables>; json: string }
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
 * passes, compiles what the app reads: the dataset, transcript, country index and tours, with the
 * tables the app would otherwise derive in the browser (see DerivedTables).
 */
export function compileDataset(dataDir = path.join(projectRoot, "data")): CompileResult {
  const result = checkDatasetFolder(dataDir);
  if (!result.ok) return { ok: false, lines: result.lines };
  const { input, dataset, tours } = result.checked;
  const countries = CountryIndex.parse(JSON.parse(readFileSync(COUNTRY_INDEX_FILE, "utf8")));
  const compiled: CompiledDataset<DerivedTables> = {
    format: COMPILED_FORMAT,
    sourceHash: sourceHashOf(dataDir),
    dataset,
    transcript: input.transcript,
    countries,
    tours,
    derived: deriveTables({ dataset, countries }),
  };
  return { ok: true, compiled, json: JSON.stringify(compiled) };
}

/** The real dataset as the app reads it (compiled), for unit tests of what renders it. */
export function readLoadedData(): LoadedData {
  const result = compileDataset();
  if (!result.ok)
    throw new Error(`the real dataset must compile for these tests:\n${result.lines.join("\n")}`);
  const { dataset, transcript, countries, tours, derived } = result.compiled;
  return { dataset, transcript, countries, tours, derived };
}
