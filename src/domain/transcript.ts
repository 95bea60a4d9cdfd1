import type { DeepReadonly } from "../data/deep-freeze";
import type { Quote } from "../data/schema";
import { foldForSearch } from "./bloc-list";

/** A line of the transcript with text, and where it sits (JavaScript string indices). */
export type Paragraph = {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/** The transcript's non-empty lines, numbered from 1, with their offsets. */
export function paragraphsOf(transcript: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of transcript.split("\n")) {
    if (line.trim() !== "") {
      paragraphs.push({ number: paragraphs.length + 1, start, end: start + line.length, text: line });
    }
    start += line.length + 1;
  }
  return paragraphs;
}

export type Span = { readonly start: number; readonly end: number };

/** A stretch of text, marked where a search hit covers it (`hit`: index into the hits). */
export type TextRun = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly hit: number | undefined;
};

/**
 * A piece of a paragraph: plain text, or a passage some quotes anchor (overlapping quotes make one
 * passage). Either is cut into runs at search hits. Offsets stay those of the transcript.
 */
export type Piece = {
  readonly start: number;
  readonly end: number;
  /** The quotes anchored in this piece; empty for plain text. */
  readonly quoteIds: readonly string[];
  readonly runs: readonly TextRun[];
};

function runsWithin(paragraph: Paragraph, start: number, end: number, hits: readonly Span[]): TextRun[] {
  const cuts = new Set([start, end]);
  hits.forEach((hit) => {
    if (hit.end > start && hit.start < end) {
      cuts.add(Math.max(hit.start, start));
      cuts.add(Math.min(hit.end, end));
    }
  });
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const hit = hits.findIndex((h) => h.start <= from && h.end >= to);
    runs.push({
      start: from,
      end: to,
      text: paragraph.text.slice(from - paragraph.start, to - paragraph.start),
      hit: hit >= 0 ? hit : undefined,
    });
  }
  return runs;
}

/** Cuts a paragraph into plain pieces and quoted passages, each cut into runs at search hits. */
export function piecesOf(
  paragraph: Paragraph,
  quotes: readonly DeepReadonly<Quote>[],
  hits: readonly Span[],
): Piece[] {
  const local = quotes
    .filter((q) => q.end > paragraph.start && q.start < paragraph.end)
    .map((q) => ({
      id: q.id,
      start: Math.max(q.start, paragraph.start),
      end: Math.min(q.end, paragraph.end),
    }))
    .sort((a, b) => a.start - b.start);
  const passages: { start: number; end: number; quoteIds: string[] }[] = [];
  for (const quote of local) {
    const last = passages.at(-1);
    if (last && quote.start < last.end) {
      last.end = Math.max(last.end, quote.end);
      last.quoteIds.push(quote.id);
    } else passages.push({ start: quote.start, end: quote.end, quoteIds: [quote.id] });
  }
  const pieces: Piece[] = [];
  let cursor = paragraph.start;
  for (const passage of passages) {
    if (passage.start > cursor) {
      pieces.push({
        start: cursor,
        end: passage.start,
        quoteIds: [],
        runs: runsWithin(paragraph, cursor, passage.start, hits),
      });
    }
    pieces.push({ ...passage, runs: runsWithin(paragraph, passage.start, passage.end, hits) });
    cursor = passage.end;
  }
  if (cursor < paragraph.end) {
    pieces.push({
      start: cursor,
      end: paragraph.end,
      quoteIds: [],
      runs: runsWithin(paragraph, cursor, paragraph.end, hits),
    });
  }
  return pieces;
}

/**
 * Where a search matches the transcript, ignoring case and accents. Folding keeps string lengths
 * for this text (curly quotes and no-break spaces are single characters either way), so offsets in
 * the folded text are offsets in the transcript.
 */
export function searchTranscript(transcript: string, query: string): Span[] {
  const needle = foldForSearch(query.trim());
  if (needle.length < 2) return [];
  const haystack = foldForSearch(transcript);
  if (haystack.length !== transcript.length) return [];
  const hits: Span[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    hits.push({ start: at, end: at + needle.length });
  }
  return hits;
}

/** Whose words a paragraph is: the publisher's title, the publisher's framing, or the speaker's. */
export type ParagraphVoice = "title" | "publisher" | "speaker";

/** The publisher's paragraphs at each end of a transcript (see the speech's `publisherFraming`). */
export type PublisherFraming = { readonly opening: number; readonly closing: number };

/**
 * Whose words each paragraph is, by number: with framing, the first opening paragraph is the
 * title, the rest of the opening and the closing ones the publisher's; without, all the speaker's.
 */
export function voiceOf(
  paragraph: number,
  count: number,
  framing: PublisherFraming | undefined,
): ParagraphVoice {
  if (!framing) return "speaker";
  if (paragraph === 1) return "title";
  if (paragraph <= framing.opening || paragraph > count - framing.closing) return "publisher";
  return "speaker";
}
