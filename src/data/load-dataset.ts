import { COMPILED_DATASET_HASH, COMPILED_DATASET_URL } from "virtual:bloc-atlas/compiled-dataset";
import { readCompiledDataset, type CompiledDataset } from "./compiled-dataset";
import { DatasetError } from "./dataset-error";
import { fetchOwnFile } from "./own-files";

export { DatasetError } from "./dataset-error";

/** The compiled file's name as a problem line gives it: its path in the build. */
function fileNameOf(url: string): string {
  return url.replace(/^.*?(assets\/)/, "$1").replace(/[?#].*$/, "");
}

/**
 * Loads the dataset the build compiled: checked at build time, so the browser only reads it (no
 * schema parse, no derivation). A file that cannot be fetched, is damaged or is not this build's
 * own fails with a line naming it and the problem.
 */
export async function loadCompiledDataset<Derived>(): Promise<CompiledDataset<Derived>> {
  const file = fileNameOf(COMPILED_DATASET_URL);
  const response = await fetchOwnFile(COMPILED_DATASET_URL);
  if (!response.ok) throw new DatasetError([`${file}: $: could not be loaded (HTTP ${response.status})`]);
  return readCompiledDataset<Derived>(await response.text(), COMPILED_DATASET_HASH, file);
}
