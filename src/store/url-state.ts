import { z } from "zod";
import { EntityId, Iso3 } from "../data/schema";
import type { Selection } from "./atlas-store";

/** What the URL may name, to tell a well-formed but unknown value from a known one. */
export type KnownIds = {
  readonly blocs: ReadonlySet<string>;
  readonly countries: ReadonlyMap<string, string>;
};

const UrlParams = z.object({
  bloc: EntityId.optional(),
  country: z
    .string()
    .transform((code) => code.toUpperCase())
    .pipe(Iso3)
    .optional(),
});

export type ParsedUrl = { readonly selection: Selection; readonly notice: string | undefined };

/**
 * Reads `?bloc=asean&country=VNM`. A value that is malformed or names nothing in the dataset is
 * dropped with a notice saying so; the rest of the URL still applies.
 */
export function parseSelection(search: string, known: KnownIds): ParsedUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const read = (key: "bloc" | "country"): string | undefined => {
    const raw = params.get(key);
    if (raw === null || raw === "") return undefined;
    const parsed = UrlParams.shape[key].safeParse(raw);
    if (!parsed.success || parsed.data === undefined) {
      problems.push(`“${raw}” is not a ${key === "bloc" ? "bloc id" : "country code"}`);
      return undefined;
    }
    return parsed.data;
  };
  let blocId = read("bloc");
  if (blocId !== undefined && !known.blocs.has(blocId)) {
    problems.push(`there is no bloc “${blocId}” in this dataset`);
    blocId = undefined;
  }
  let country = read("country");
  if (country !== undefined && !known.countries.has(country)) {
    problems.push(`there is no country “${country}” on the map`);
    country = undefined;
  }
  const notice =
    problems.length === 0 ? undefined : `The link could not be followed in full: ${problems.join("; ")}.`;
  return {
    selection: { blocId, country, focusCountry: country !== undefined && blocId === undefined },
    notice,
  };
}

/** The query string for a selection, readable by a person: `?bloc=asean&country=VNM`. */
export function serializeSelection(selection: Selection, base: string): string {
  const params = new URLSearchParams(base);
  params.delete("bloc");
  params.delete("country");
  if (selection.blocId) params.set("bloc", selection.blocId);
  if (selection.country) params.set("country", selection.country);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
