import type { Source } from "./schema";
import type { ValidationInput } from "./validate";

export function excerpt(text: string, max = 60): string {
  const flat = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return flat;
}

export type Report = (path: readonly PropertyKey[], message: string) => void;

export type CheckContext = {
  input: ValidationInput;
  /** Undefined where the file holding those ids failed to parse, so references are not checked. */
  sourceIds: ReadonlySet<string> | undefined;
  /** Empty where sources.json failed to parse, so no date is checked against publication dates. */
  sourcesById: ReadonlyMap<string, Source>;
  blocIds: ReadonlySet<string> | undefined;
  entityIds: ReadonlySet<string> | undefined;
  speechDate: string | undefined;
};

export function checkReference(
  id: string,
  known: ReadonlySet<string> | undefined,
  what: string,
  path: readonly PropertyKey[],
  report: Report,
): void {
  if (known && !known.has(id)) report(path, `refers to missing ${what} "${id}"`);
}

export function checkReferences(
  ids: readonly string[],
  known: ReadonlySet<string> | undefined,
  what: string,
  path: readonly PropertyKey[],
  report: Report,
): void {
  ids.forEach((id, i) => checkReference(id, known, what, [...path, i], report));
}

export function checkCountry(code: string, context: CheckContext, path: readonly PropertyKey[], report: Report): void {
  if (!context.input.isoCountries.has(code)) {
    report(path, `unknown ISO 3166-1 alpha-3 code "${code}"`);
  } else if (!context.input.geometryCountries.has(code)) {
    report(path, `country "${code}" is absent from the geometry (public/geo/country-index.json)`);
  }
}

export function checkSourceIds(sourceIds: readonly string[], context: CheckContext, path: readonly PropertyKey[], report: Report): void {
  checkReferences(sourceIds, context.sourceIds, "source", [...path, "sourceIds"], report);
}

export function checkPeriod(
  since: string | undefined,
  until: string | undefined,
  path: readonly PropertyKey[],
  report: Report,
): void {
  if (since && until && since >= until) report([...path, "until"], `until (${until}) is not after since (${since})`);
}

/**
 * Whether a source published on `published` was out before `date`, comparing at the precision
 * both know: a source of October 2019 is not before 25 October 2019, one of 13 October is.
 */
function publishedBefore(published: string, date: string): boolean {
  const precision = Math.min(published.length, date.length);
  return published.slice(0, precision) < date.slice(0, precision);
}

/**
 * A dated fact needs a source that could have seen it happen. Sources published before the date
 * can only announce it; a source with no publication date (a reference work kept up to date) or
 * one that is missing (reported elsewhere) is given the benefit of the doubt.
 */
export function checkAttestedAfter(
  what: string,
  date: string,
  sourceIds: readonly string[],
  context: CheckContext,
  path: readonly PropertyKey[],
  report: Report,
): void {
  const sources = sourceIds.map((id) => context.sourcesById.get(id));
  const earlier: string[] = [];
  for (const source of sources) {
    if (!source?.published || !publishedBefore(source.published, date)) return;
    earlier.push(`${source.id}, ${source.published}`);
  }
  if (earlier.length === 0) return;
  report(
    path,
    `${what} ${date} is attested only by sources published before it (${earlier.join("; ")}): ` +
      "they can only announce it; cite a later source or mark it uncertain",
  );
}
