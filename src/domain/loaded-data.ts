import type { CountryIndex } from "../data/country-index";
import type { DeepReadonly } from "../data/deep-freeze";
import type { Dataset } from "../data/schema";
import type { Tour } from "../data/tour-schema";
import type { DerivedTables } from "./derived-tables";

/** Everything the app reads: the compiled dataset, checked at build time and read-only after. */
export type LoadedData = DeepReadonly<{
  dataset: Dataset;
  transcript: string;
  countries: CountryIndex;
  /** The tours, by id, each checked against the dataset. */
  tours: Record<string, Tour>;
  derived: DerivedTables;
}>;
