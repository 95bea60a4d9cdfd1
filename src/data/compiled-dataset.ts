import type { CountryIndex } from "./country-index";
import { DatasetError } from "./dataset-error";
import type { Dataset } from "./schema";
import type { Tour } from "./tour-schema";
import type { Language } from "./languages";

/** Bumped whenever the compiled file's shape changes, so an old file is never read as a new one. */
export const COMPILED_FORMAT = 2;

/**
 * The dataset as the build writes it (scripts/lib/compile-dataset.ts): checked as `npm run
 * validate` checks it, with the transcript, the country index, the tours and what the app derives
 * from them worked out for every date. `derived` is the domain's (DerivedTables); this layer only
 * carries it. `sourceHash` is the SHA-256 of the files it was compiled from.
 */
export type CompiledDataset<Derived> = {
  readonly format: typeof COMPILED_FORMAT;
  readonly sourceHash: string;
  /** The language its names, notes and labels are in (the transcript and quotes stay English). */
  readonly lang: Language;
  readonly dataset: Dataset;
  readonly transcript: string;
  readonly countries: CountryIndex;
  readonly tours: Readonly<Record<string, Tour>>;
  readonly derived: Derived;
};

const FIELDS = {
  lang: "string",
  dataset: "object",
  transcript: "string",
  countries: "object",
  tours: "object",
  derived: "object",
} as const;

/**
 * Reads the compiled file's text. The build checked its content, and the file is tied to this
 * build by `expectedHash`: what is checked here is only that it is the file this build wrote, whole
 * (truncated or damaged JSON, another build's file), not its content again. A problem is one line,
 * `file: JSON path: problem`, as every dataset problem is.
 */
export function readCompiledDataset<Derived>(
  text: string,
  expectedHash: string,
  file: string,
): CompiledDataset<Derived> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError([`${file}: $: is damaged, not whole JSON (${(error as Error).message})`]);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DatasetError([`${file}: $: is not a compiled dataset (an object was expected)`]);
  }
  const record = json as Record<string, unknown>;
  if (record.format !== COMPILED_FORMAT) {
    throw new DatasetError([
      `${file}: $.format: is ${JSON.stringify(record.format)}, but this app reads format ${COMPILED_FORMAT}: rebuild the app`,
    ]);
  }
  if (record.sourceHash !== expectedHash) {
    throw new DatasetError([
      `${file}: $.sourceHash: was compiled from other sources than this app was built with (a stale file): rebuild the app`,
    ]);
  }
  for (const [field, type] of Object.entries(FIELDS)) {
    const value = record[field];
    if (typeof value !== type || value === null) {
      throw new DatasetError([`${file}: $.${field}: is missing or not ${type === "object" ? "an object" : "text"}`]);
    }
  }
  return json as CompiledDataset<Derived>;
}
