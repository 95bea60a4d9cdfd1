/** Written by the build's dataset compiler (scripts/lib/compiled-dataset-plugin.ts). */
declare module "virtual:bloc-atlas/compiled-dataset" {
  /** Each language's compiled dataset's URL, as the page fetches it. */
  export const COMPILED_DATASET_URLS: Readonly<Record<import("./languages").Language, string>>;
  /** The SHA-256 of the files they were compiled from: each file must say the same. */
  export const COMPILED_DATASET_HASH: string;
}
