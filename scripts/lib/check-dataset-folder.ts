import { existsSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../../src/data/schema.ts";
import type { Tour } from "../../src/data/tour-schema.ts";
import type { Translation } from "../../src/data/translation-schema.ts";
import {
  formatProblem,
  validateDataset,
  type Problem,
  type ValidationInput,
} from "../../src/data/validate.ts";
import { validateTour } from "../../src/data/validate-tours.ts";
import { validateTranslation } from "../../src/data/validate-translations.ts";
import {
  TRANSLATED_LANGUAGES,
  isTranslatedLanguage,
  type TranslatedLanguage,
} from "../../src/data/languages.ts";
import { projectRoot, readTourFiles, readTranslationFiles, readValidationInput } from "./dataset-files.ts";

export type CheckedFolder = {
  input: ValidationInput;
  dataset: Dataset;
  /** By id (the file's name). */
  tours: Record<string, Tour>;
  /** By language; empty for a folder with no translations/ (an English-only dataset). */
  translations: Partial<Record<TranslatedLanguage, Translation>>;
};

export type FolderResult =
  | { ok: true; checked: CheckedFolder }
  /** Each line `file: JSON path: problem`; `summary` names how many and where. */
  | { ok: false; lines: string[]; summary: string };

function failed(problems: Problem[], where: string): FolderResult {
  return {
    ok: false,
    lines: problems.map(formatProblem),
    summary: `${problems.length} problem(s) in ${where}`,
  };
}

/**
 * The translations of a folder: each file is checked against the dataset and its tours, and a
 * folder with translations/ holds one file for every translated language and none other.
 */
function checkTranslations(
  dataDir: string,
  directory: string,
  context: { dataset: Dataset; tours: Record<string, Tour> },
): { problems: Problem[]; translations: Partial<Record<TranslatedLanguage, Translation>> } {
  const problems: Problem[] = [];
  const translations: Partial<Record<TranslatedLanguage, Translation>> = {};
  if (!existsSync(path.join(dataDir, "translations"))) return { problems, translations };
  let files;
  try {
    files = readTranslationFiles(dataDir);
  } catch (error) {
    problems.push({ file: `${directory}/translations`, path: "$", message: (error as Error).message });
    return { problems, translations };
  }
  for (const { language, file, json } of files) {
    if (!isTranslatedLanguage(language)) {
      problems.push({
        file,
        path: "$",
        message: `"${language}" is not a translated language (${TRANSLATED_LANGUAGES.join(", ")}: src/data/languages.ts)`,
      });
      continue;
    }
    const result = validateTranslation(json, file, context);
    if (result.ok) translations[language] = result.translation;
    else problems.push(...result.problems);
  }
  for (const language of TRANSLATED_LANGUAGES) {
    if (files.some((f) => f.language === language)) continue;
    problems.push({
      file: `${directory}/translations/${language}.json`,
      path: "$",
      message: "missing: no such file",
    });
  }
  return { problems, translations };
}

/**
 * Checks a dataset folder as `npm run validate` and the build do: the dataset, then its tours, then
 * its translations, each stage only once the one before it passed (a tour is checked against a
 * valid dataset, a translation against valid tours).
 */
export function checkDatasetFolder(dataDir = path.join(projectRoot, "data")): FolderResult {
  let input;
  try {
    input = readValidationInput(dataDir);
  } catch (error) {
    const lines = (error as Error).message.split("\n");
    return {
      ok: false,
      lines,
      summary: `${lines.length} problem(s) in ${path.relative(projectRoot, dataDir)}/`,
    };
  }
  const result = validateDataset(input);
  if (!result.ok) return failed(result.problems, `${input.directory}/`);
  const { dataset } = result;
  const context = { dataset, countryCodes: input.geometryCountries };
  const tours: Record<string, Tour> = {};
  const tourProblems: Problem[] = [];
  let tourFiles;
  try {
    tourFiles = readTourFiles(dataDir);
  } catch (error) {
    return {
      ok: false,
      lines: [(error as Error).message],
      summary: `1 problem(s) in ${input.directory}/tours/`,
    };
  }
  for (const { file, json } of tourFiles) {
    const tour = validateTour(json, file, context);
    if (tour.ok) tours[path.basename(file, ".json")] = tour.tour;
    else tourProblems.push(...tour.problems);
  }
  if (tourProblems.length > 0) return failed(tourProblems, `${input.directory}/tours/`);
  const { problems, translations } = checkTranslations(dataDir, input.directory, { dataset, tours });
  if (problems.length > 0) return failed(problems, `${input.directory}/translations/`);
  return { ok: true, checked: { input, dataset, tours, translations } };
}
