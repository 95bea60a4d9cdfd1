import * as z from "zod/mini";

import { AGREEMENT_STATUSES, AGREEMENT_TYPES, BLOC_KINDS, PARTICIPANT_ROLES } from "./vocabulary";
import { EntityId, Iso3, IsoDate, StatusCheckedOn, HttpUrl, Text, SourceIds } from "./schema-primitives";

/**
 * The dataset's one schema. Every TypeScript type of the data comes from here, and
 * `npm run build:schema` emits it as JSON Schema (data/schema/) for people writing a dataset for
 * another speech. Cross-record rules (quotes equal their transcript slice, references resolve,
 * countries exist) live in validate.ts, which needs the transcript and the geometry too.
 */

export const Source = z.strictObject({
  id: EntityId,
  title: Text,
  publisher: Text,
  /** http(s) only: the app renders it as a link a person can follow. */
  url: HttpUrl,
  /** When the source was published, where it says. */
  published: z.optional(IsoDate),
});

export const Speech = z.strictObject({
  id: EntityId,
  title: Text,
  speaker: Text,
  speakerRole: Text,
  date: IsoDate,
  place: Text,
  event: Text,
  /** The transcript file in data/, kept byte for byte as published. */
  transcriptFile: z.string().check(z.regex(/^[\w.-]+\.txt$/)),
  transcriptSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** What part of the published record the file holds, and what it leaves out. */
  coverage: Text,
  /**
   * The publisher's paragraphs around the speaker's words, counted in the transcript's non-empty
   * lines: how many open it (the title first, then any introduction) and how many close it ("To be
   * continued", "Originally published on"). The reader sets them apart; the file stays as published.
   */
  publisherFraming: z.optional(
    z.strictObject({
      opening: z.int().check(z.positive()),
      closing: z.int().check(z.nonnegative()),
    }),
  ),
  sourceIds: SourceIds,
});

export const BlocKind = z.enum(BLOC_KINDS);

/**
 * The speech sets integration that grows from shared interests ("natural") against constructs
 * imposed from outside ("artificial"). Blocs it does not place on that line have no framing.
 */
export const Framing = z.enum(["natural", "artificial"]);

export const BlocStatus = z.enum(["established", "proposed", "concept"]);

export const ParticipantRole = z.enum(PARTICIPANT_ROLES);

const dated = {
  /** First day in this role, where known; required when it is after the speech. */
  since: z.optional(IsoDate),
  /** First day no longer in this role. */
  until: z.optional(IsoDate),
  /**
   * Set where a date is announced or reported but no source published after it confirms it;
   * the note then says what is not confirmed.
   */
  uncertain: z.optional(z.literal(true)),
  note: z.optional(Text),
  sourceIds: SourceIds,
};

export const CountryParticipation = z.strictObject({
  country: Iso3,
  role: ParticipantRole,
  ...dated,
});

/** A participant that is not a state (the EU, the ASEAN Secretariat): listed, never mapped. */
export const OtherParticipation = z.strictObject({
  name: Text,
  role: ParticipantRole,
  ...dated,
});

export const Bloc = z.strictObject({
  id: EntityId,
  name: Text,
  shortName: Text,
  kind: BlocKind,
  status: BlocStatus,
  /** How the speech words it; each alias must occur in the transcript. */
  aliases: z.array(Text),
  framing: z.optional(Framing),
  /** The body it belongs to (the Security Council to the UN). */
  parentId: z.optional(EntityId),
  founded: z.optional(IsoDate),
  summary: Text,
  /** Said where the membership list needs a caveat (a region with no members, a proposal). */
  membershipNote: z.optional(Text),
  participants: z.array(CountryParticipation),
  otherParticipants: z.optional(z.array(OtherParticipation)),
  /** Required where the summary, membership note or a participant's note says how things stand now. */
  statusCheckedOn: StatusCheckedOn,
  sourceIds: SourceIds,
});

export const AgreementType = z.enum(AGREEMENT_TYPES);

export const AgreementStatus = z.enum(AGREEMENT_STATUSES);

export const Party = z.union([
  z.strictObject({ bloc: EntityId }),
  z.strictObject({ country: Iso3 }),
]);

export const StatusChange = z.strictObject({
  date: IsoDate,
  status: AgreementStatus,
  /** Set where the date is announced or reported but no source published after it confirms it. */
  uncertain: z.optional(z.literal(true)),
  note: Text,
  sourceIds: SourceIds,
});

export const Agreement = z.strictObject({
  id: EntityId,
  title: Text,
  shortTitle: Text,
  type: AgreementType,
  parties: z.array(Party).check(z.minLength(1)),
  /** Who put pen to paper where that differs from the parties (a commission for a union). */
  signatoryNote: z.optional(Text),
  statusOnSpeechDate: AgreementStatus,
  /** Milestones up to the speech date. */
  dates: z.optional(
    z.strictObject({
      proposed: z.optional(IsoDate),
      negotiationsLaunched: z.optional(IsoDate),
      signed: z.optional(IsoDate),
      adopted: z.optional(IsoDate),
      inForce: z.optional(IsoDate),
    }),
  ),
  /** What happened after the speech, in date order. */
  laterChanges: z.optional(z.array(StatusChange)),
  summary: Text,
  /**
   * Required where the latest status (the last later change, or the status at the speech) still
   * waits on a next step (proposed, under discussion or negotiation, concluded, signed): the status
   * the app shows for later dates is then a statement about now. Also where the summary or a later
   * change's note says how things stand now.
   */
  statusCheckedOn: StatusCheckedOn,
  sourceIds: SourceIds,
});

export const CoChairmanship = z.strictObject({
  id: EntityId,
  /** The body as public records name it. */
  body: Text,
  /** The body as the speech names it, where that differs. */
  bodyAsSpoken: z.optional(Text),
  /** The bloc under which the body sits. */
  parentBlocId: EntityId,
  coChairs: z.array(Iso3).check(z.minLength(2)),
  /** The co-chairs as the speech names them, where public records differ. */
  coChairsAsSpoken: z.optional(z.array(Iso3).check(z.minLength(2))),
  period: z.strictObject({ start: z.optional(IsoDate), end: z.optional(IsoDate), text: Text }),
  statusOnSpeechDate: z.enum(["current", "proposed"]),
  outcome: z.optional(Text),
  summary: Text,
  sourceIds: SourceIds,
});

/**
 * A span of the transcript, anchored twice as the W3C Web Annotation model does: by position
 * (TextPositionSelector: JavaScript string indices into the UTF-8-decoded file, end exclusive)
 * and by its exact text (TextQuoteSelector). validate.ts holds the two together.
 */
export const Quote = z.strictObject({
  id: EntityId,
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  text: Text,
  /** The blocs, agreements and co-chairmanships it speaks of. */
  about: z.array(EntityId).check(z.minLength(1)),
  /** Countries it names or clearly refers to; the speaker's "we" is Russia. */
  countries: z.optional(z.array(Iso3)),
});

export const ContextNote = z.strictObject({
  id: EntityId,
  about: z.array(EntityId).check(z.minLength(1)),
  kind: z.enum(["differs-from-speech", "later-change", "uncertain", "background"]),
  text: Text,
  /** Required where the text says how things stand now ("has not", "not yet", "as of late 2025"). */
  statusCheckedOn: StatusCheckedOn,
  sourceIds: SourceIds,
});

/** Each file in data/ and the schema of what it holds. */
export const DATASET_FILES = {
  speech: { file: "speech.json", schema: Speech },
  sources: { file: "sources.json", schema: z.array(Source) },
  blocs: { file: "blocs.json", schema: z.array(Bloc) },
  agreements: { file: "agreements.json", schema: z.array(Agreement) },
  coChairmanships: { file: "co-chairmanships.json", schema: z.array(CoChairmanship) },
  quotes: { file: "quotes.json", schema: z.array(Quote) },
  contextNotes: { file: "context-notes.json", schema: z.array(ContextNote) },
} as const;

export const Dataset = z.strictObject({
  speech: Speech,
  sources: z.array(Source),
  blocs: z.array(Bloc),
  agreements: z.array(Agreement),
  coChairmanships: z.array(CoChairmanship),
  quotes: z.array(Quote),
  contextNotes: z.array(ContextNote),
});

export type Source = z.infer<typeof Source>;
export type Speech = z.infer<typeof Speech>;
export type BlocKind = z.infer<typeof BlocKind>;
export type Framing = z.infer<typeof Framing>;
export type ParticipantRole = z.infer<typeof ParticipantRole>;
export type CountryParticipation = z.infer<typeof CountryParticipation>;
export type Bloc = z.infer<typeof Bloc>;
export type AgreementType = z.infer<typeof AgreementType>;
export type AgreementStatus = z.infer<typeof AgreementStatus>;
export type Party = z.infer<typeof Party>;
export type Agreement = z.infer<typeof Agreement>;
export type CoChairmanship = z.infer<typeof CoChairmanship>;
export type Quote = z.infer<typeof Quote>;
export type ContextNote = z.infer<typeof ContextNote>;
export type Dataset = z.infer<typeof Dataset>;
export type DatasetKey = keyof typeof DATASET_FILES;
