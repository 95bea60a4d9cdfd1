/** Written by the build's dataset compiler (scripts/lib/compiled-dataset-plugin.ts). */
declare module "virtual:bloc-atlas/compiled-dataset" {
  /** The compiled dataset's URL, as the page fetches it. */
  export const COMPILED_DATASET_URL: string;
  /** The SHA-256 of the files it was compiled from: the file must say the same. */
  export const COMPILED_DATASET_HASH: string;
}
