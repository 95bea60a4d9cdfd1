import type { DeepReadonly } from "../data/deep-freeze";
import type { Agreement, Bloc, CoChairmanship, ContextNote, Dataset, Speech } from "../data/schema";
import type { Tour } from "../data/tour-schema";
import type {
  AgreementTranslation,
  BlocTranslation,
  CoChairmanshipTranslation,
  Translation,
} from "../data/translation-schema";
import type { TranslatedLanguage } from "../data/languages";

type ReadonlyDataset = DeepReadonly<Dataset>;
type ReadonlyTour = DeepReadonly<Tour>;

/** The translation files the app holds, by language; English is the dataset itself. */
export type Translations = Readonly<Partial<Record<TranslatedLanguage, Translation>>>;

function localizeBloc(bloc: DeepReadonly<Bloc>, t: BlocTranslation | undefined): DeepReadonly<Bloc> {
  if (!t) return bloc;
  return {
    ...bloc,
    name: t.name ?? bloc.name,
    shortName: t.shortName ?? bloc.shortName,
    aliases: t.aliases ?? bloc.aliases,
    summary: t.summary ?? bloc.summary,
    ...(bloc.membershipNote === undefined ? {} : { membershipNote: t.membershipNote ?? bloc.membershipNote }),
    participants: bloc.participants.map((p) => {
      const note = p.note === undefined ? undefined : t.participantNotes?.[`${p.country}/${p.role}`];
      return note === undefined ? p : { ...p, note };
    }),
    ...(bloc.otherParticipants === undefined
      ? {}
      : {
          otherParticipants: bloc.otherParticipants.map((p) => {
            const other = t.otherParticipants?.[p.name];
            if (!other) return p;
            return {
              ...p,
              name: other.name ?? p.name,
              ...(p.note === undefined ? {} : { note: other.note ?? p.note }),
            };
          }),
        }),
  };
}

function localizeAgreement(
  agreement: DeepReadonly<Agreement>,
  t: AgreementTranslation | undefined,
): DeepReadonly<Agreement> {
  if (!t) return agreement;
  const { signatoryNote, laterChanges } = agreement;
  return {
    ...agreement,
    title: t.title ?? agreement.title,
    shortTitle: t.shortTitle ?? agreement.shortTitle,
    summary: t.summary ?? agreement.summary,
    ...(signatoryNote === undefined ? {} : { signatoryNote: t.signatoryNote ?? signatoryNote }),
    ...(laterChanges === undefined
      ? {}
      : {
          laterChanges: laterChanges.map((change) => ({
            ...change,
            note: t.laterChanges?.[change.date] ?? change.note,
          })),
        }),
  };
}

function localizeCoChairmanship(
  c: DeepReadonly<CoChairmanship>,
  t: CoChairmanshipTranslation | undefined,
): DeepReadonly<CoChairmanship> {
  if (!t) return c;
  return {
    ...c,
    body: t.body ?? c.body,
    ...(c.bodyAsSpoken === undefined ? {} : { bodyAsSpoken: t.bodyAsSpoken ?? c.bodyAsSpoken }),
    period: { ...c.period, text: t.period?.text ?? c.period.text },
    ...(c.outcome === undefined ? {} : { outcome: t.outcome ?? c.outcome }),
    summary: t.summary ?? c.summary,
  };
}

function localizeSpeech(speech: DeepReadonly<Speech>, t: Translation["speech"]): DeepReadonly<Speech> {
  if (!t) return speech;
  return {
    ...speech,
    speaker: t.speaker ?? speech.speaker,
    speakerRole: t.speakerRole ?? speech.speakerRole,
    place: t.place ?? speech.place,
    event: t.event ?? speech.event,
    coverage: t.coverage ?? speech.coverage,
  };
}

/**
 * The dataset in one language: every text the project wrote (names, summaries, notes, periods,
 * outcomes) replaced by its translation, the rest as it was. Quotes, the transcript, sources and
 * the speech's title stay as published. With no translation (English), the dataset itself.
 */
export function localizeDataset(
  dataset: ReadonlyDataset,
  translation: Translation | undefined,
): ReadonlyDataset {
  if (!translation) return dataset;
  const { blocs = {}, agreements = {}, coChairmanships = {}, contextNotes = {} } = translation;
  return {
    ...dataset,
    speech: localizeSpeech(dataset.speech, translation.speech),
    blocs: dataset.blocs.map((b) => localizeBloc(b, blocs[b.id])),
    agreements: dataset.agreements.map((a) => localizeAgreement(a, agreements[a.id])),
    coChairmanships: dataset.coChairmanships.map((c) => localizeCoChairmanship(c, coChairmanships[c.id])),
    contextNotes: dataset.contextNotes.map((n): DeepReadonly<ContextNote> => ({
      ...n,
      text: contextNotes[n.id]?.text ?? n.text,
    })),
  };
}

/** A tour in one language: its title, description and each step's title, caption and notes. */
export function localizeTour(tour: ReadonlyTour, translation: Translation | undefined): ReadonlyTour {
  const t = translation?.tours?.[tour.id];
  if (!t) return tour;
  return {
    ...tour,
    title: t.title ?? tour.title,
    description: t.description ?? tour.description,
    steps: tour.steps.map((step) => {
      const s = t.steps?.[step.id];
      if (!s) return step;
      return {
        ...step,
        title: s.title ?? step.title,
        caption: s.caption ?? step.caption,
        ...(step.notes === undefined ? {} : { notes: s.notes ?? step.notes }),
      };
    }),
  };
}

/**
 * Every name, short name and alias of a bloc in every language, English first, each once: what a
 * search box matches whatever language the app shows, so "ASEAN" finds it in Russian and "АСЕАН"
 * in English.
 */
export function searchTermsOf(
  bloc: Pick<DeepReadonly<Bloc>, "id" | "name" | "shortName" | "aliases">,
  translations: Translations,
): string[] {
  const terms = [bloc.name, bloc.shortName, ...bloc.aliases];
  for (const translation of Object.values(translations)) {
    const t = translation.blocs?.[bloc.id];
    if (!t) continue;
    terms.push(...[t.name, t.shortName, ...(t.aliases ?? [])].filter((term) => term !== undefined));
  }
  return [...new Set(terms)];
}
