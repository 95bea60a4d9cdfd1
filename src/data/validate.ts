import type { $ZodIssue } from "zod/v4/core";
import { DATASET_FILES, type Dataset, type DatasetKey } from "./schema";
import type { CheckContext } from "./check-context";
import { checkSpeech, checkDuplicateIds, checkBlocs, checkAgreements, checkCoChairmanships, checkQuotes, checkNotes, checkEveryEntityQuoted } from "./check-entities";

/** One thing wrong with the dataset: where (file and JSON path) and what. */
export type Problem = { file: string; path: string; message: string };

/** The one-line form CI and editors read: `data/blocs.json: $[3].aliases[0]: …`. */
export function formatProblem({ file, path, message }: Problem): string {
  return `${file}: ${path}: ${message}`;
}

export type ValidationInput = {
  /** Each data file's parsed JSON, by dataset key. */
  files: Record<DatasetKey, unknown>;
  /** Folder the file names are reported under (`data`). */
  directory: string;
  transcript: string;
  /** The transcript's SHA-256, where it could be computed. */
  transcriptSha256: string | undefined;
  /** ISO 3166-1 alpha-3 codes of the geometry (public/geo/country-index.json). */
  geometryCountries: ReadonlySet<string>;
  /** Every assigned ISO 3166-1 alpha-3 code, to tell a typo from a country with no geometry. */
  isoCountries: ReadonlySet<string>;
};

export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; problems: Problem[] };

/** `$[3].participants[0].country` from zod's path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === "number"
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    "$",
  );
}

/** A zod issue in the words a dataset author reads. */
export function describeIssue(issue: $ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}

/**
 * Checks the dataset's files against the schema and against each other, the transcript and the
 * geometry. Returns the typed dataset only when nothing is wrong; otherwise every problem found,
 * each naming its file and JSON path.
 */
export function validateDataset(input: ValidationInput): ValidationResult {
  const problems: Problem[] = [];
  const fileOf = (key: DatasetKey): string => `${input.directory}/${DATASET_FILES[key].file}`;
  const report = (key: DatasetKey, path: readonly PropertyKey[], message: string): void => {
    problems.push({ file: fileOf(key), path: jsonPath(path), message });
  };

  const parsed: Partial<Dataset> = {};
  for (const key of Object.keys(DATASET_FILES) as DatasetKey[]) {
    const result = DATASET_FILES[key].schema.safeParse(input.files[key]);
    if (result.success) Object.assign(parsed, { [key]: result.data });
    else for (const issue of result.error.issues) report(key, issue.path, describeIssue(issue));
  }

  const { speech, sources, blocs, agreements, coChairmanships, quotes, contextNotes } = parsed;
  if (speech) checkSpeech(speech, input, (path, message) => report("speech", path, message));

  const sourceIds = new Set(sources?.map((s) => s.id));
  const blocIds = new Set(blocs?.map((b) => b.id));
  const entityIds = new Set([
    ...(blocs ?? []).map((b) => b.id),
    ...(agreements ?? []).map((a) => a.id),
    ...(coChairmanships ?? []).map((c) => c.id),
  ]);

  const context: CheckContext = {
    input,
    sourceIds: sources ? sourceIds : undefined,
    sourcesById: new Map(sources?.map((s) => [s.id, s])),
    blocIds: blocs ? blocIds : undefined,
    entityIds: blocs && agreements && coChairmanships ? entityIds : undefined,
    speechDate: speech?.date,
  };

  checkDuplicateIds(parsed, report);
  if (blocs) checkBlocs(blocs, context, (path, message) => report("blocs", path, message));
  if (agreements) checkAgreements(agreements, context, (path, message) => report("agreements", path, message));
  if (coChairmanships) {
    checkCoChairmanships(coChairmanships, context, (path, message) =>
      report("coChairmanships", path, message),
    );
  }
  if (quotes) checkQuotes(quotes, context, (path, message) => report("quotes", path, message));
  if (contextNotes) {
    checkNotes(contextNotes, context, (path, message) => report("contextNotes", path, message));
  }
  if (quotes && blocs && agreements && coChairmanships) {
    checkEveryEntityQuoted({ blocs, agreements, coChairmanships, quotes }, report);
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: parsed as Dataset, problems: [] };
}
