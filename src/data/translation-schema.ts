import * as z from "zod/mini";
import { EntityId } from "./schema-primitives";

/** Text with something in it besides spaces. */
const Said = z.string().check(z.regex(/\S/, "must not be empty"));

/**
 * Shared by every entry: the sources (ids in data/sources.json) for an official name in this
 * language that is not obvious, and what in the entry is not confirmed, where something is not.
 */
const checked = {
  nameSourceIds: z.optional(z.array(EntityId).check(z.minLength(1))),
  uncertain: z.optional(Said),
};

/**
 * Fields are optional here: which ones a file must hold depends on the English record (a
 * membership note only where the bloc has one), and validate-translations.ts says what is missing.
 */
export const BlocTranslation = z.strictObject({
  name: z.optional(Said),
  shortName: z.optional(Said),
  /** The names people search for in this language; the English aliases stay searchable too. */
  aliases: z.optional(z.array(Said)),
  summary: z.optional(Said),
  membershipNote: z.optional(Said),
  /** Participants' notes, keyed `ISO3/role` (`"IDN/partner"`). */
  participantNotes: z.optional(z.record(z.string(), Said)),
  /** Participants that are not states, keyed by their English name. */
  otherParticipants: z.optional(
    z.record(z.string(), z.strictObject({ name: z.optional(Said), note: z.optional(Said) })),
  ),
  ...checked,
});

export const AgreementTranslation = z.strictObject({
  title: z.optional(Said),
  shortTitle: z.optional(Said),
  signatoryNote: z.optional(Said),
  summary: z.optional(Said),
  /** The notes of later changes, keyed by the change's date as the English gives it. */
  laterChanges: z.optional(z.record(z.string(), Said)),
  ...checked,
});

export const CoChairmanshipTranslation = z.strictObject({
  body: z.optional(Said),
  bodyAsSpoken: z.optional(Said),
  period: z.optional(z.strictObject({ text: z.optional(Said) })),
  outcome: z.optional(Said),
  summary: z.optional(Said),
  ...checked,
});

export const ContextNoteTranslation = z.strictObject({ text: z.optional(Said), ...checked });

/** The speech's record in the project's words; its title stays as published. */
export const SpeechTranslation = z.strictObject({
  speaker: z.optional(Said),
  speakerRole: z.optional(Said),
  place: z.optional(Said),
  event: z.optional(Said),
  coverage: z.optional(Said),
});

export const TourStepTranslation = z.strictObject({
  title: z.optional(Said),
  caption: z.optional(Said),
  notes: z.optional(Said),
});

export const TourTranslation = z.strictObject({
  title: z.optional(Said),
  description: z.optional(Said),
  /** Keyed by step id. */
  steps: z.optional(z.record(EntityId, TourStepTranslation)),
});

/**
 * `data/translations/<language>.json`: the project's words in one language, keyed by entity id.
 * Quotes, the transcript and sources are not here: they stay as published.
 */
export const Translation = z.strictObject({
  speech: z.optional(SpeechTranslation),
  blocs: z.optional(z.record(EntityId, BlocTranslation)),
  agreements: z.optional(z.record(EntityId, AgreementTranslation)),
  coChairmanships: z.optional(z.record(EntityId, CoChairmanshipTranslation)),
  contextNotes: z.optional(z.record(EntityId, ContextNoteTranslation)),
  tours: z.optional(z.record(EntityId, TourTranslation)),
});

export type BlocTranslation = z.infer<typeof BlocTranslation>;
export type AgreementTranslation = z.infer<typeof AgreementTranslation>;
export type CoChairmanshipTranslation = z.infer<typeof CoChairmanshipTranslation>;
export type ContextNoteTranslation = z.infer<typeof ContextNoteTranslation>;
export type SpeechTranslation = z.infer<typeof SpeechTranslation>;
export type TourTranslation = z.infer<typeof TourTranslation>;
export type Translation = z.infer<typeof Translation>;
