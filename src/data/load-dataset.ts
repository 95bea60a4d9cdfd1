import { COMPILED_DATASET_HASH, COMPILED_DATASET_URLS } from "virtual:bloc-atlas/compiled-dataset";
import { readCompiledDataset, type CompiledDataset } from "./compiled-dataset";
import { DatasetError } from "./dataset-error";
import type { Language } from "./languages";
import { fetchOwnFile } from "./own-files";

export { DatasetError } from "./dataset-error";

/** The compiled file's name as a problem line gives it: its path in the build. */
function fileNameOf(url: string): string {
  return url.replace(/^.*?(assets\/)/, "$1").replace(/[?#].*$/, "");
}

/** Requests started before the app asked (`prefetchCompiledDataset`), each taken once. */
const started = new Map<Language, Promise<Response>>();

/**
 * Starts fetching a language's compiled dataset now, before the app's modules have run: the app's
 * `loadCompiledDataset` takes this request instead of making its own.
 */
export function prefetchCompiledDataset(lang: Language): void {
  if (started.has(lang)) return;
  const request = fetchOwnFile(COMPILED_DATASET_URLS[lang]);
  // Handled: a failed request is the loader's to report when the app takes it, not an uncaught
  // rejection in the console before then.
  request.catch(() => undefined);
  started.set(lang, request);
}

/**
 * Loads the dataset the build compiled, in a language: checked at build time, so the browser only
 * reads it (no schema parse, no derivation). A file that cannot be fetched, is damaged or is not
 * this build's own fails with a line naming it and the problem.
 */
export async function loadCompiledDataset<Derived>(lang: Language): Promise<CompiledDataset<Derived>> {
  const url = COMPILED_DATASET_URLS[lang];
  const file = fileNameOf(url);
  const request = started.get(lang) ?? fetchOwnFile(url);
  // A retry fetches again: the first answer may have been the failure.
  started.delete(lang);
  const response = await request;
  if (!response.ok) throw new DatasetError([`${file}: $: could not be loaded (HTTP ${response.status})`]);
  return readCompiledDataset<Derived>(await response.text(), COMPILED_DATASET_HASH, file);
}
