import * as z from "zod/mini";
import { en } from "zod/locales";

// zod/mini keeps the browser bundle to the checks the schemas use; English messages for the rest.
// Here, where every schema starts, so each message is English whichever schema a module imports.
z.config(en());

/** Lower-case words joined by hyphens: readable in a URL (`?bloc=asean`). */
export const EntityId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens"));

/** ISO 3166-1 alpha-3 code; validate.ts checks it names a real country in the geometry. */
export const Iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code (three capitals)"));

function isCalendarDate(value: string): boolean {
  const [year, month = "01", day = "01"] = value.split("-");
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() + 1 === Number(month) &&
    date.getUTCDate() === Number(day)
  );
}

/** ISO 8601 calendar date, at the precision the record knows: 2019, 2019-04 or 2019-04-10. */
export const IsoDate = z.string().check(
  z.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, {
    error: "must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
    abort: true,
  }),
  z.refine(isCalendarDate, "is not a calendar date"),
);

/** A full calendar day, YYYY-MM-DD: the day something was last checked. */
export const IsoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a full date (YYYY-MM-DD)", abort: true }),
  z.refine(isCalendarDate, "is not a calendar date"),
);

/**
 * The day a record's statements of a current status were last checked against sources: the status
 * an agreement still waits to change from, a note that says how things stand now. validate.ts
 * requires it where such a statement is made, and the app shows it beside the statement
 * ("status last checked: …").
 */
export const StatusCheckedOn = z.optional(IsoDay);

/**
 * An http(s) address in ASCII, other characters percent-encoded (`f%C3%BCr`, not `für`): every
 * match is an RFC 3986 URI, and the one pattern is all the app and the published JSON Schema
 * check, so both accept exactly the same addresses. A link from the data cannot run script.
 */
export const HTTP_URL_PATTERN =
  /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?](?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?$/;

export const HttpUrl = z
  .string()
  .check(z.regex(HTTP_URL_PATTERN, "must be an http(s) URL in ASCII, with other characters percent-encoded"));

/** Non-empty text. */
export const Text = z.string().check(z.minLength(1));

export const SourceIds = z.array(EntityId).check(z.minLength(1, "needs at least one source"));
