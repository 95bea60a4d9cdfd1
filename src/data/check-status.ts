import type { AgreementStatus } from "./schema";
import type { Report, CheckContext } from "./check-context";

/**
 * Statuses that still wait on a next step (a proposal, talks, an agreement signed but not yet in
 * force): shown for a date after the speech, they say where things stand now, and are only as good
 * as the day they were last checked.
 */
export const OPEN_STATUSES: ReadonlySet<AgreementStatus> = new Set<AgreementStatus>([
  "proposed",
  "under-discussion",
  "under-negotiation",
  "concluded",
  "signed",
]);

/**
 * Wording that states how things stand now rather than on a date: a record whose summary or note
 * uses it needs `statusCheckedOn`. A net for the usual phrasings ("has not", "not yet", "still",
 * "as of late 2025"), not a reading of the text; "as of February 2019" names its date and passes.
 */
export const CURRENT_STATUS_WORDING =
  /\b(?:as of (?:early |mid-|late |the end of )?\d{4}|still|not yet|so far|to date|has not|have not|no longer|currently|at present|(?:is|are) not recorded)\b/i;

type StatusText = { path: readonly PropertyKey[]; text: string | undefined; what: string };

/**
 * A record's statements of a current status and the day they were last checked: where a text says
 * how things stand now, or `required` names a status that does, `statusCheckedOn` must be given;
 * where it is given, it cannot be before the speech, a dated change it covers, or a source it rests on.
 */
export function checkStatusChecked(
  record: { statusCheckedOn?: string | undefined; sourceIds: readonly string[] },
  path: readonly PropertyKey[],
  texts: readonly StatusText[],
  required: string | undefined,
  dated: readonly { date: string; what: string }[],
  context: CheckContext,
  report: Report,
): void {
  const checked = record.statusCheckedOn;
  const checkedPath = [...path, "statusCheckedOn"];
  if (checked === undefined) {
    if (required) {
      report(
        checkedPath,
        `missing: ${required}, so the status shown for later dates is a statement about now: ` +
          "give statusCheckedOn, the day it was last checked (YYYY-MM-DD)",
      );
    }
    for (const { path: textPath, text, what } of texts) {
      const wording = text?.match(CURRENT_STATUS_WORDING)?.[0];
      if (wording) {
        report(
          textPath,
          `${what} says how things stand now ("${wording}") but the record has no statusCheckedOn: ` +
            "give the day it was last checked (YYYY-MM-DD)",
        );
      }
    }
    return;
  }
  const earlier = [
    ...(context.speechDate ? [{ date: context.speechDate, what: "the speech" }] : []),
    ...dated,
    ...record.sourceIds.flatMap((id) => {
      const published = context.sourcesById.get(id)?.published;
      return published ? [{ date: published, what: `source ${id}, published` }] : [];
    }),
  ];
  for (const { date, what } of earlier) {
    if (checked.slice(0, date.length) < date) {
      report(checkedPath, `${checked} is before ${what} (${date}): a status cannot be checked before what it rests on`);
    }
  }
}
