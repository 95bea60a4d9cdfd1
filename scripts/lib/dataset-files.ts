import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import isoCountries from "i18n-iso-countries";
import { CountryIndex } from "../../src/data/country-index.ts";
import { DATASET_FILES, type Dataset, type DatasetKey } from "../../src/data/schema.ts";
import { validateDataset, type ValidationInput } from "../../src/data/validate.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8")) as unknown;
}

/** Reads a dataset folder (data/ by default) with the transcript and geometry it is checked against. */
export function readValidationInput(dataDir = path.join(projectRoot, "data")): ValidationInput {
  const files = {} as Record<DatasetKey, unknown>;
  const unreadable: string[] = [];
  for (const key of Object.keys(DATASET_FILES) as DatasetKey[]) {
    const file = path.join(dataDir, DATASET_FILES[key].file);
    try {
      files[key] = readJson(file);
    } catch (error) {
      unreadable.push(
        `${path.relative(projectRoot, file)}: $: cannot be read as JSON: ${(error as Error).message}`,
      );
    }
  }
  if (unreadable.length > 0) throw new Error(unreadable.join("\n"));
  const speech = files.speech as { transcriptFile?: unknown };
  const transcriptName = typeof speech.transcriptFile === "string" ? speech.transcriptFile : "";
  const transcriptBytes = readFileSync(path.join(dataDir, transcriptName));
  const geometry = readJson(path.join(projectRoot, "public/geo/country-index.json")) as Record<
    string,
    unknown
  >;
  const require = createRequire(import.meta.url);
  isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json") as isoCountries.LocaleData);
  return {
    files,
    directory: path.relative(projectRoot, dataDir) || ".",
    transcript: new TextDecoder("utf-8", { fatal: true }).decode(transcriptBytes),
    transcriptSha256: createHash("sha256").update(transcriptBytes).digest("hex"),
    geometryCountries: new Set(Object.keys(geometry)),
    isoCountries: new Set(Object.keys(isoCountries.getAlpha3Codes())),
  };
}

/**
 * The real dataset, validated, with the country index: what the app reads, for unit tests of the
 * functions that derive views from it.
 */
export function readCheckedData(): { dataset: Dataset; countries: CountryIndex } {
  const result = validateDataset(readValidationInput());
  if (!result.ok) throw new Error("the real dataset must be valid for these tests");
  const countries = CountryIndex.parse(readJson(path.join(projectRoot, "public/geo/country-index.json")));
  return { dataset: result.dataset, countries };
}

/** The tours of a dataset folder (`tours/*.json`), as file name (relative to the project) and JSON. */
export function readTourFiles(dataDir = path.join(projectRoot, "data")): { file: string; json: unknown }[] {
  const toursDir = path.join(dataDir, "tours");
  if (!existsSync(toursDir)) return [];
  return readdirSync(toursDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(toursDir, name);
      return { file: path.relative(projectRoot, file), json: readJson(file) };
    });
}

/**
 * The translation files of a dataset folder (`translations/*.json`), as language (the file's
 * name), file name (relative to the project) and JSON; none where the folder has no translations/.
 */
export function readTranslationFiles(
  dataDir = path.join(projectRoot, "data"),
): { language: string; file: string; json: unknown }[] {
  const translationsDir = path.join(dataDir, "translations");
  if (!existsSync(translationsDir)) return [];
  return readdirSync(translationsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(translationsDir, name);
      return {
        language: path.basename(name, ".json"),
        file: path.relative(projectRoot, file),
        json: readJson(file),
      };
    });
}
