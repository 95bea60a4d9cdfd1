import type { $ZodIssue } from "zod/v4/core";
import {
  DATASET_FILES,
  type Agreement,
  type AgreementStatus,
  type Bloc,
  type CoChairmanship,
  type ContextNote,
  type Dataset,
  type DatasetKey,
  type Quote,
  type Source,
  type Speech,
} from "./schema";

/** One thing wrong with the dataset: where (file and JSON path) and what. */
export type Problem = { file: string; path: string; message: string };

/** The one-line form CI and editors read: `data/blocs.json: $[3].aliases[0]: …`. */
export function formatProblem({ file, path, message }: Problem): string {
  return `${file}: ${path}: ${message}`;
}

export type ValidationInput = {
  /** Each data file's parsed JSON, by dataset key. */
  files: Record<DatasetKey, unknown>;
  /** Folder the file names are reported under (`data`). */
  directory: string;
  transcript: string;
  /** The transcript's SHA-256, where it could be computed. */
  transcriptSha256: string | undefined;
  /** ISO 3166-1 alpha-3 codes of the geometry (public/geo/country-index.json). */
  geometryCountries: ReadonlySet<string>;
  /** Every assigned ISO 3166-1 alpha-3 code, to tell a typo from a country with no geometry. */
  isoCountries: ReadonlySet<string>;
};

export type ValidationResult =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; problems: Problem[] };

/** `$[3].participants[0].country` from zod's path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === "number"
        ? `${acc}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${acc}.${String(key)}`
          : `${acc}[${JSON.stringify(String(key))}]`,
    "$",
  );
}

/** A zod issue in the words a dataset author reads. */
export function describeIssue(issue: $ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}

function excerpt(text: string, max = 60): string {
  const flat = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return flat;
}

/**
 * Checks the dataset's files against the schema and against each other, the transcript and the
 * geometry. Returns the typed dataset only when nothing is wrong; otherwise every problem found,
 * each naming its file and JSON path.
 */
export function validateDataset(input: ValidationInput): ValidationResult {
  const problems: Problem[] = [];
  const fileOf = (key: DatasetKey): string => `${input.directory}/${DATASET_FILES[key].file}`;
  const report = (key: DatasetKey, path: readonly PropertyKey[], message: string): void => {
    problems.push({ file: fileOf(key), path: jsonPath(path), message });
  };

  const parsed: Partial<Dataset> = {};
  for (const key of Object.keys(DATASET_FILES) as DatasetKey[]) {
    const result = DATASET_FILES[key].schema.safeParse(input.files[key]);
    if (result.success) Object.assign(parsed, { [key]: result.data });
    else for (const issue of result.error.issues) report(key, issue.path, describeIssue(issue));
  }

  const { speech, sources, blocs, agreements, coChairmanships, quotes, contextNotes } = parsed;
  if (speech) checkSpeech(speech, input, (path, message) => report("speech", path, message));

  const sourceIds = new Set(sources?.map((s) => s.id));
  const blocIds = new Set(blocs?.map((b) => b.id));
  const entityIds = new Set([
    ...(blocs ?? []).map((b) => b.id),
    ...(agreements ?? []).map((a) => a.id),
    ...(coChairmanships ?? []).map((c) => c.id),
  ]);

  const context: CheckContext = {
    input,
    sourceIds: sources ? sourceIds : undefined,
    sourcesById: new Map(sources?.map((s) => [s.id, s])),
    blocIds: blocs ? blocIds : undefined,
    entityIds: blocs && agreements && coChairmanships ? entityIds : undefined,
    speechDate: speech?.date,
  };

  checkDuplicateIds(parsed, report);
  if (blocs) checkBlocs(blocs, context, (path, message) => report("blocs", path, message));
  if (agreements) checkAgreements(agreements, context, (path, message) => report("agreements", path, message));
  if (coChairmanships) {
    checkCoChairmanships(coChairmanships, context, (path, message) =>
      report("coChairmanships", path, message),
    );
  }
  if (quotes) checkQuotes(quotes, context, (path, message) => report("quotes", path, message));
  if (contextNotes) {
    checkNotes(contextNotes, context, (path, message) => report("contextNotes", path, message));
  }
  if (quotes && blocs && agreements && coChairmanships) {
    checkEveryEntityQuoted({ blocs, agreements, coChairmanships, quotes }, report);
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: parsed as Dataset, problems: [] };
}

type Report = (path: readonly PropertyKey[], message: string) => void;

type CheckContext = {
  input: ValidationInput;
  /** Undefined where the file holding those ids failed to parse, so references are not checked. */
  sourceIds: ReadonlySet<string> | undefined;
  /** Empty where sources.json failed to parse, so no date is checked against publication dates. */
  sourcesById: ReadonlyMap<string, Source>;
  blocIds: ReadonlySet<string> | undefined;
  entityIds: ReadonlySet<string> | undefined;
  speechDate: string | undefined;
};

function checkSpeech(speech: Speech, input: ValidationInput, report: Report): void {
  if (input.transcriptSha256 !== undefined && speech.transcriptSha256 !== input.transcriptSha256) {
    report(
      ["transcriptSha256"],
      `transcript ${speech.transcriptFile} has SHA-256 ${input.transcriptSha256}, not the recorded one`,
    );
  }
  const framing = speech.publisherFraming;
  if (!framing) return;
  const paragraphs = input.transcript.split("\n").filter((line) => line.trim() !== "");
  if (framing.opening + framing.closing >= paragraphs.length) {
    report(
      ["publisherFraming"],
      `${framing.opening} opening and ${framing.closing} closing paragraphs leave none of the transcript's ${paragraphs.length} to the speaker`,
    );
  } else if (paragraphs[0] !== speech.title) {
    report(["publisherFraming", "opening"], "the transcript's first paragraph, the title, is not the speech's title");
  }
}

function checkReference(
  id: string,
  known: ReadonlySet<string> | undefined,
  what: string,
  path: readonly PropertyKey[],
  report: Report,
): void {
  if (known && !known.has(id)) report(path, `refers to missing ${what} "${id}"`);
}

function checkReferences(
  ids: readonly string[],
  known: ReadonlySet<string> | undefined,
  what: string,
  path: readonly PropertyKey[],
  report: Report,
): void {
  ids.forEach((id, i) => checkReference(id, known, what, [...path, i], report));
}

function checkCountry(code: string, context: CheckContext, path: readonly PropertyKey[], report: Report): void {
  if (!context.input.isoCountries.has(code)) {
    report(path, `unknown ISO 3166-1 alpha-3 code "${code}"`);
  } else if (!context.input.geometryCountries.has(code)) {
    report(path, `country "${code}" is absent from the geometry (public/geo/country-index.json)`);
  }
}

function checkDuplicateIds(
  parsed: Partial<Dataset>,
  report: (key: DatasetKey, path: readonly PropertyKey[], message: string) => void,
): void {
  // Blocs, agreements and co-chairmanships share one namespace: a quote's `about` names any of them.
  const namespaces: DatasetKey[][] = [["blocs", "agreements", "coChairmanships"], ["quotes"], ["contextNotes"], ["sources"]];
  for (const keys of namespaces) {
    const seen = new Map<string, string>();
    for (const key of keys) {
      const records = (parsed[key] ?? []) as readonly { id: string }[];
      records.forEach((record, i) => {
        const first = seen.get(record.id);
        if (first) report(key, [i, "id"], `duplicate id "${record.id}" (first used in ${first})`);
        else seen.set(record.id, `${DATASET_FILES[key].file} $[${i}]`);
      });
    }
  }
}

function checkSourceIds(sourceIds: readonly string[], context: CheckContext, path: readonly PropertyKey[], report: Report): void {
  checkReferences(sourceIds, context.sourceIds, "source", [...path, "sourceIds"], report);
}

function checkPeriod(
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
function checkAttestedAfter(
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

type DatedParticipation = {
  since?: string | undefined;
  until?: string | undefined;
  uncertain?: true | undefined;
  note?: string | undefined;
  sourceIds: readonly string[];
};

function checkParticipationDates(
  participation: DatedParticipation,
  context: CheckContext,
  path: readonly PropertyKey[],
  report: Report,
): void {
  checkSourceIds(participation.sourceIds, context, path, report);
  checkPeriod(participation.since, participation.until, path, report);
  if (participation.uncertain) {
    if (!participation.note) report([...path, "uncertain"], "an uncertain period needs a note saying what is not confirmed");
    return;
  }
  for (const key of ["since", "until"] as const) {
    const date = participation[key];
    if (date) checkAttestedAfter(key, date, participation.sourceIds, context, [...path, key], report);
  }
}

type Span = { who: string; role: string; since: string; until: string; index: number };

/**
 * One participant's role periods in a bloc: none may overlap, and where the role changes (observer
 * to member) the status continued, so the new role starts the day the old one ends.
 */
function checkRolePeriods(spans: readonly Span[], path: readonly PropertyKey[], list: string, report: Report): void {
  const byWho = new Map<string, Span[]>();
  for (const span of spans) byWho.set(span.who, [...(byWho.get(span.who) ?? []), span]);
  for (const periods of byWho.values()) {
    const sorted = [...periods].sort((a, b) => a.since.localeCompare(b.since) || a.index - b.index);
    sorted.forEach((span, i) => {
      const overlap = sorted.slice(0, i).find((e) => span.since < e.until && e.since < span.until);
      if (overlap) {
        report(
          [...path, list, span.index],
          `${span.who} is listed twice for the same time (also $[${String(path[0])}].${list}[${overlap.index}])`,
        );
        return;
      }
      const previous = sorted[i - 1];
      if (previous && previous.role !== span.role && previous.until < span.since) {
        report(
          [...path, list, span.index, "since"],
          `${span.who} has no role from ${previous.until} to ${span.since}: a change of role from ${previous.role} ` +
            `($[${String(path[0])}].${list}[${previous.index}]) continues the status, so ${span.role} starts on ${previous.until}`,
        );
      }
    });
  }
}

function spanOf(who: string, participation: { role: string; since?: string | undefined; until?: string | undefined }, index: number): Span {
  return { who, role: participation.role, since: participation.since ?? "0000", until: participation.until ?? "9999", index };
}

function checkBlocs(blocs: readonly Bloc[], context: CheckContext, report: Report): void {
  blocs.forEach((bloc, b) => {
    checkSourceIds(bloc.sourceIds, context, [b], report);
    if (bloc.parentId) checkReference(bloc.parentId, context.blocIds, "bloc", [b, "parentId"], report);
    if (bloc.founded) checkAttestedAfter("founded", bloc.founded, bloc.sourceIds, context, [b, "founded"], report);
    bloc.aliases.forEach((alias, a) => {
      if (!context.input.transcript.includes(alias)) {
        report([b, "aliases", a], `alias ${excerpt(alias)} does not occur in the transcript`);
      }
    });
    bloc.participants.forEach((participant, p) => {
      const path = [b, "participants", p];
      checkCountry(participant.country, context, [...path, "country"], report);
      checkParticipationDates(participant, context, path, report);
    });
    checkRolePeriods(
      bloc.participants.map((participant, p) => spanOf(participant.country, participant, p)),
      [b],
      "participants",
      report,
    );
    bloc.otherParticipants?.forEach((other, o) => {
      checkParticipationDates(other, context, [b, "otherParticipants", o], report);
    });
    checkRolePeriods(
      (bloc.otherParticipants ?? []).map((other, o) => spanOf(other.name, other, o)),
      [b],
      "otherParticipants",
      report,
    );
    checkStatusChecked(
      { statusCheckedOn: bloc.statusCheckedOn, sourceIds: bloc.sourceIds },
      [b],
      [
        { path: [b, "summary"], text: bloc.summary, what: "the summary" },
        { path: [b, "membershipNote"], text: bloc.membershipNote, what: "the membership note" },
        ...bloc.participants.map((p, i) => ({ path: [b, "participants", i, "note"], text: p.note, what: "the note" })),
        ...(bloc.otherParticipants ?? []).map((p, i) => ({
          path: [b, "otherParticipants", i, "note"],
          text: p.note,
          what: "the note",
        })),
      ],
      undefined,
      [],
      context,
      report,
    );
  });
}

function checkAgreements(agreements: readonly Agreement[], context: CheckContext, report: Report): void {
  agreements.forEach((agreement, a) => {
    checkSourceIds(agreement.sourceIds, context, [a], report);
    agreement.parties.forEach((party, p) => {
      if ("bloc" in party) checkReference(party.bloc, context.blocIds, "bloc", [a, "parties", p, "bloc"], report);
      else checkCountry(party.country, context, [a, "parties", p, "country"], report);
    });
    for (const [milestone, date] of Object.entries(agreement.dates ?? {})) {
      if (date) checkAttestedAfter(milestone, date, agreement.sourceIds, context, [a, "dates", milestone], report);
    }
    let previous = context.speechDate;
    agreement.laterChanges?.forEach((change, c) => {
      const path = [a, "laterChanges", c];
      checkSourceIds(change.sourceIds, context, path, report);
      if (!change.uncertain) checkAttestedAfter("date", change.date, change.sourceIds, context, [...path, "date"], report);
      if (previous && change.date < previous) {
        report([...path, "date"], `${change.date} is before ${previous}: later changes follow the speech, in date order`);
      }
      previous = change.date;
    });
    const changes = agreement.laterChanges ?? [];
    const latest = changes.at(-1)?.status ?? agreement.statusOnSpeechDate;
    checkStatusChecked(
      { statusCheckedOn: agreement.statusCheckedOn, sourceIds: [...agreement.sourceIds, ...changes.flatMap((c) => c.sourceIds)] },
      [a],
      [
        { path: [a, "summary"], text: agreement.summary, what: "the summary" },
        ...changes.map((c, i) => ({ path: [a, "laterChanges", i, "note"], text: c.note, what: "the note" })),
      ],
      OPEN_STATUSES.has(latest) ? `the latest status, "${latest}", still waits on a next step` : undefined,
      changes.filter((c) => !c.uncertain).map((c) => ({ date: c.date, what: `the later change to ${c.status}` })),
      context,
      report,
    );
  });
}

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
function checkStatusChecked(
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

function checkCoChairmanships(cochairs: readonly CoChairmanship[], context: CheckContext, report: Report): void {
  cochairs.forEach((cochair, c) => {
    checkSourceIds(cochair.sourceIds, context, [c], report);
    checkReference(cochair.parentBlocId, context.blocIds, "bloc", [c, "parentBlocId"], report);
    cochair.coChairs.forEach((code, i) => checkCountry(code, context, [c, "coChairs", i], report));
    cochair.coChairsAsSpoken?.forEach((code, i) => checkCountry(code, context, [c, "coChairsAsSpoken", i], report));
    checkPeriod(cochair.period.start, cochair.period.end, [c, "period"], report);
  });
}

function checkQuotes(quotes: readonly Quote[], context: CheckContext, report: Report): void {
  const { transcript } = context.input;
  quotes.forEach((quote, q) => {
    if (quote.end > transcript.length) {
      report([q, "end"], `offset ${quote.end} is out of range: the transcript has ${transcript.length} characters`);
    } else if (quote.start >= quote.end) {
      report([q, "start"], `start ${quote.start} is not before end ${quote.end}`);
    } else {
      const slice = transcript.slice(quote.start, quote.end);
      if (slice !== quote.text) {
        report(
          [q, "text"],
          `text does not equal the transcript slice [${quote.start}, ${quote.end}): the transcript there reads ${excerpt(slice)}`,
        );
      }
    }
    checkReferences(quote.about, context.entityIds, "bloc, agreement or co-chairmanship", [q, "about"], report);
    quote.countries?.forEach((code, i) => checkCountry(code, context, [q, "countries", i], report));
  });
}

function checkNotes(notes: readonly ContextNote[], context: CheckContext, report: Report): void {
  notes.forEach((note, n) => {
    checkSourceIds(note.sourceIds, context, [n], report);
    checkReferences(note.about, context.entityIds, "bloc, agreement or co-chairmanship", [n, "about"], report);
    checkStatusChecked(note, [n], [{ path: [n, "text"], text: note.text, what: "the text" }], undefined, [], context, report);
  });
}

function checkEveryEntityQuoted(
  dataset: Pick<Dataset, "blocs" | "agreements" | "coChairmanships" | "quotes">,
  report: (key: DatasetKey, path: readonly PropertyKey[], message: string) => void,
): void {
  const quoted = new Set(dataset.quotes.flatMap((q) => q.about));
  const groups = [
    ["blocs", dataset.blocs],
    ["agreements", dataset.agreements],
    ["coChairmanships", dataset.coChairmanships],
  ] as const;
  for (const [key, records] of groups) {
    records.forEach((record, i) => {
      if (!quoted.has(record.id)) report(key, [i, "id"], `"${record.id}" has no quote: every entity needs the speaker's words`);
    });
  }
}
