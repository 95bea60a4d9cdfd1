import { DATASET_FILES, type Agreement, type Bloc, type CoChairmanship, type ContextNote, type Dataset, type DatasetKey, type Quote, type Speech } from "./schema";
import type { ValidationInput } from "./validate";
import { type Report, type CheckContext, excerpt, checkReference, checkReferences, checkCountry, checkSourceIds, checkPeriod, checkAttestedAfter } from "./check-context";
import { OPEN_STATUSES, checkStatusChecked } from "./check-status";

export function checkSpeech(speech: Speech, input: ValidationInput, report: Report): void {
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

export function checkDuplicateIds(
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

export function checkBlocs(blocs: readonly Bloc[], context: CheckContext, report: Report): void {
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

export function checkAgreements(agreements: readonly Agreement[], context: CheckContext, report: Report): void {
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

export function checkCoChairmanships(cochairs: readonly CoChairmanship[], context: CheckContext, report: Report): void {
  cochairs.forEach((cochair, c) => {
    checkSourceIds(cochair.sourceIds, context, [c], report);
    checkReference(cochair.parentBlocId, context.blocIds, "bloc", [c, "parentBlocId"], report);
    cochair.coChairs.forEach((code, i) => checkCountry(code, context, [c, "coChairs", i], report));
    cochair.coChairsAsSpoken?.forEach((code, i) => checkCountry(code, context, [c, "coChairsAsSpoken", i], report));
    checkPeriod(cochair.period.start, cochair.period.end, [c, "period"], report);
  });
}

export function checkQuotes(quotes: readonly Quote[], context: CheckContext, report: Report): void {
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

export function checkNotes(notes: readonly ContextNote[], context: CheckContext, report: Report): void {
  notes.forEach((note, n) => {
    checkSourceIds(note.sourceIds, context, [n], report);
    checkReferences(note.about, context.entityIds, "bloc, agreement or co-chairmanship", [n, "about"], report);
    checkStatusChecked(note, [n], [{ path: [n, "text"], text: note.text, what: "the text" }], undefined, [], context, report);
  });
}

export function checkEveryEntityQuoted(
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
