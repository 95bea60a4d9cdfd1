import type { DeepReadonly } from "./deep-freeze";
import type { Dataset } from "./schema";
import type { Tour } from "./tour-schema";
import { Translation } from "./translation-schema";
import { describeIssue, jsonPath, type Problem } from "./validate";

export type TranslationResult = { ok: true; translation: Translation } | { ok: false; problems: Problem[] };

/** What a translation is checked against: the validated dataset and its tours, by id. */
export type TranslationContext = {
  readonly dataset: DeepReadonly<Dataset>;
  readonly tours: Readonly<Record<string, DeepReadonly<Tour>>>;
};

/** The English a translation must hold, in the translation's own shape: text, a list, or more of the same. */
type Expected = string | readonly string[] | { readonly [key: string]: Expected };

type Path = readonly PropertyKey[];
type Report = (path: Path, message: string) => void;

/** Fields of an entry that carry no English text: checked on their own, never expected. */
const BOOKKEEPING = new Set(["nameSourceIds", "uncertain"]);

const ENTITY_WORDS: Record<string, string> = {
  blocs: "bloc",
  agreements: "agreement",
  coChairmanships: "co-chairmanship",
  contextNotes: "context note",
  tours: "tour",
};

/** Keeps a record's fields that hold text, dropping those the English leaves out. */
function texts(fields: Record<string, Expected | undefined>): Record<string, Expected> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Record<
    string,
    Expected
  >;
}

/** Every text of the dataset and its tours a translation must hold, keyed as the translation keys it. */
export function expectedTexts({ dataset, tours }: TranslationContext): Record<string, Expected> {
  const { speech } = dataset;
  const byId = <T extends { readonly id: string }>(items: readonly T[], fields: (item: T) => Expected) =>
    Object.fromEntries(items.map((item) => [item.id, fields(item)]));
  return {
    speech: texts({
      speaker: speech.speaker,
      speakerRole: speech.speakerRole,
      place: speech.place,
      event: speech.event,
      coverage: speech.coverage,
    }),
    blocs: byId(dataset.blocs, (bloc) => {
      const notes = bloc.participants.flatMap((p) => (p.note ? [[`${p.country}/${p.role}`, p.note] as const] : []));
      const others = bloc.otherParticipants?.map((p) => [p.name, texts({ name: p.name, note: p.note })] as const);
      return texts({
        name: bloc.name,
        shortName: bloc.shortName,
        aliases: bloc.aliases,
        summary: bloc.summary,
        membershipNote: bloc.membershipNote,
        participantNotes: notes.length > 0 ? Object.fromEntries(notes) : undefined,
        otherParticipants: others ? Object.fromEntries(others) : undefined,
      });
    }),
    agreements: byId(dataset.agreements, (agreement) =>
      texts({
        title: agreement.title,
        shortTitle: agreement.shortTitle,
        signatoryNote: agreement.signatoryNote,
        summary: agreement.summary,
        laterChanges: agreement.laterChanges
          ? Object.fromEntries(agreement.laterChanges.map((change) => [change.date, change.note]))
          : undefined,
      }),
    ),
    coChairmanships: byId(dataset.coChairmanships, (c) =>
      texts({
        body: c.body,
        bodyAsSpoken: c.bodyAsSpoken,
        period: { text: c.period.text },
        outcome: c.outcome,
        summary: c.summary,
      }),
    ),
    contextNotes: byId(dataset.contextNotes, (note) => ({ text: note.text })),
    tours: byId(Object.values(tours), (tour) => ({
      title: tour.title,
      description: tour.description,
      steps: byId(tour.steps, (step) => texts({ title: step.title, caption: step.caption, notes: step.notes })),
    })),
  };
}

function quoted(english: string): string {
  return JSON.stringify(english.length > 60 ? `${english.slice(0, 59)}…` : english);
}

/** What is missing at a path: a text, an entity, or a group of texts. */
function missing(path: Path, expected: Expected): string {
  if (typeof expected === "string") return `missing: no translation of ${quoted(expected)}`;
  if (Array.isArray(expected)) return `missing: the English has ${expected.length} alias(es) (${expected.join(", ")})`;
  const [section, id, sub, stepId] = path.map(String);
  if (path.length === 2 && section && ENTITY_WORDS[section])
    return `missing: no translation of the ${ENTITY_WORDS[section]} "${id ?? ""}"`;
  if (path.length === 4 && sub === "steps") return `missing: no translation of the step "${stepId ?? ""}"`;
  return `missing: no translation of ${path.length === 1 ? `the ${section ?? ""}` : `its ${String(path.at(-1))}`}`;
}

/** What is wrong with a key the English does not have at a path. */
function unknown(path: Path): string {
  const [section, id, sub, key] = path.map(String);
  const word = ENTITY_WORDS[section ?? ""];
  if (path.length === 2 && word) return `there is no ${word} "${id ?? ""}" in this dataset`;
  if (path.length === 4 && word) {
    const what = {
      steps: `no step "${key ?? ""}"`,
      participantNotes: `no participant "${key ?? ""}" with a note`,
      otherParticipants: `no other participant "${key ?? ""}"`,
      laterChanges: `no later change dated ${key ?? ""}`,
    }[sub ?? ""];
    if (what) return `the ${word} "${id ?? ""}" has ${what}`;
  }
  return `the English has no ${String(path.at(-1))} here to translate`;
}

/** Compares a translation with the English it must hold, reporting what is missing and what is extra. */
function compare(expected: Expected, actual: unknown, path: Path, report: Report): void {
  if (actual === undefined) {
    report(path, missing(path, expected));
    return;
  }
  if (typeof expected === "string") return;
  if (Array.isArray(expected)) {
    if (expected.length > 0 && Array.isArray(actual) && actual.length === 0)
      report(path, `must not be empty: the English has ${expected.length} alias(es)`);
    return;
  }
  const record = expected as Record<string, Expected>;
  const given = actual as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) compare(value, given[key], [...path, key], report);
  for (const key of Object.keys(given)) {
    if (key in record || (BOOKKEEPING.has(key) && path.length === 2)) continue;
    report([...path, key], unknown([...path, key]));
  }
}

/**
 * Words a translated caption or speaker's note puts in quotation marks (“…”) are the speaker's, as
 * published: they must be in one of the dataset's quotes, so a citation is never a translation.
 */
function checkQuotedWords(translation: Translation, dataset: DeepReadonly<Dataset>, report: Report): void {
  const spoken = dataset.quotes.map((q) => q.text.toLowerCase());
  for (const [tourId, tour] of Object.entries(translation.tours ?? {})) {
    for (const [stepId, step] of Object.entries(tour.steps ?? {})) {
      for (const field of ["caption", "notes"] as const) {
        for (const [, words = ""] of (step[field] ?? "").matchAll(/“([^”]+)”/g)) {
          if (spoken.some((text) => text.includes(words.toLowerCase()))) continue;
          report(
            ["tours", tourId, "steps", stepId, field],
            `“${words}” is in quotation marks, but no quote of the speaker holds these words (cite them as published)`,
          );
        }
      }
    }
  }
}

type WithNameSources = { readonly nameSourceIds?: readonly string[] | undefined };

function checkNameSources(translation: Translation, dataset: DeepReadonly<Dataset>, report: Report): void {
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const sections: [string, Readonly<Record<string, WithNameSources>> | undefined][] = [
    ["blocs", translation.blocs],
    ["agreements", translation.agreements],
    ["coChairmanships", translation.coChairmanships],
    ["contextNotes", translation.contextNotes],
  ];
  for (const [section, entries] of sections) {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      entry.nameSourceIds?.forEach((sourceId, i) => {
        if (!sourceIds.has(sourceId))
          report([section, id, "nameSourceIds", i], `there is no source "${sourceId}" in this dataset`);
      });
    }
  }
}

/**
 * Checks one translation file (`data/translations/<language>.json`) against its schema and the
 * English: every text of every bloc, agreement, co-chairmanship, context note, tour and step, and
 * of the speech's record, has a non-empty translation; no entry names an id, a field or a key the
 * English does not have; every source of an official name exists; and words a translated caption
 * quotes are the speaker's, as published. Problems name the file and the JSON path.
 */
export function validateTranslation(json: unknown, file: string, context: TranslationContext): TranslationResult {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ file, path: jsonPath(path), message });
  const parsed = Translation.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path, describeIssue(issue));
    return { ok: false, problems };
  }
  const translation = parsed.data;
  const expected = expectedTexts(context);
  for (const [section, texts] of Object.entries(expected)) {
    compare(texts, (translation as Record<string, unknown>)[section], [section], report);
  }
  checkNameSources(translation, context.dataset, report);
  checkQuotedWords(translation, context.dataset, report);
  return problems.length === 0 ? { ok: true, translation } : { ok: false, problems };
}
