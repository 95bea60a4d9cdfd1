import * as z from "zod/mini";

/** One entry of public/geo/country-index.json, written by scripts/build-geometry.ts. */
export const CountryEntry = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** [west, south, east, north]; west > east where the country crosses the antimeridian. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** A point inside the country's largest part: where its dot and label go. */
  anchor: z.tuple([z.number(), z.number()]),
  areaKm2: z.number().check(z.nonnegative()),
  /** Too small to see or click at world zoom: drawn as a point too. */
  small: z.boolean(),
});

export const CountryIndex = z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), CountryEntry);

export type CountryEntry = z.infer<typeof CountryEntry>;
export type CountryIndex = z.infer<typeof CountryIndex>;
