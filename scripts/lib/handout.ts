import type { Language } from "../../src/data/languages.ts";
import type { Quote, Speech } from "../../src/data/schema.ts";
import type { Tour } from "../../src/data/tour-schema.ts";
import { formatDate } from "../../src/domain/labels.ts";
import type { Paragraph } from "../../src/domain/transcript.ts";
import type { Translate } from "../../src/i18n/messages.ts";

/** What a handout shows beside the tour: the speech, its quotes and paragraphs, the images. */
export type HandoutInput = {
  readonly tour: Tour;
  readonly speech: Pick<Speech, "speaker" | "place" | "date">;
  readonly quotes: readonly Pick<Quote, "id" | "start" | "end" | "text">[];
  readonly paragraphs: readonly Paragraph[];
  /** Each step's image, in step order, as a URL the page can load. */
  readonly imageUrls: readonly string[];
  /**
   * The label font's `@font-face` rules (regular, bold) for the language's scripts, so the handout
   * reads like the images and draws every letter (see handout-fonts.ts).
   */
  readonly fontCss: string;
  readonly sourceLine: string;
  /** The handout's language: its words, dates and `<html lang>`; the speaker's words stay English. */
  readonly lang: Language;
  readonly t: Translate;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** "paragraph 12", or "paragraphs 12–13" for a quote that runs on, as the reader numbers them. */
export function paragraphReference(
  quote: Pick<Quote, "start" | "end">,
  paragraphs: readonly Paragraph[],
  t: Translate,
): string {
  const numberAt = (offset: number) => paragraphs.find((p) => offset >= p.start && offset <= p.end)?.number;
  const first = numberAt(quote.start);
  const last = numberAt(quote.end - 1);
  if (first === undefined) return t("present.handout-whole-transcript");
  return last === undefined || last === first
    ? t("present.handout-paragraph", { number: String(first) })
    : t("present.handout-paragraphs", { first: String(first), last: String(last) });
}

/** A step's quote, marked English, with where it is in the transcript (and, in another language, whose English it is). */
function quoteBlock(quote: HandoutInput["quotes"][number], input: HandoutInput): string {
  const { speech, paragraphs, lang, t } = input;
  const footer = t("present.handout-quote-source", {
    speaker: speech.speaker,
    place: speech.place,
    date: formatDate(speech.date, lang),
    where: paragraphReference(quote, paragraphs, t),
  });
  const record =
    lang === "en" ? "" : `<p class="english-record">${escapeHtml(t("reader.english-record"))}</p>`;
  return `<blockquote><p lang="en">“${escapeHtml(quote.text)}”</p><footer>${escapeHtml(footer)}</footer>${record}</blockquote>`;
}

/**
 * A handout of a tour as one HTML document, a page per step (A4, portrait): the step's image, its
 * caption, the speaker's words for it with where they are in the transcript, and the notes.
 * Chromium prints it to PDF; the captions are the only headings, so the PDF's outline lists the steps.
 */
export function handoutHtml(input: HandoutInput): string {
  const { tour, quotes, imageUrls, fontCss, sourceLine, lang, t } = input;
  const count = tour.steps.length;
  const pages = tour.steps.map((step, index) => {
    const quote = quotes.find((q) => q.id === step.quote);
    const image = imageUrls[index] ?? "";
    // The speaker's words as published, in English whatever the handout's language.
    const quoteHtml = quote ? quoteBlock(quote, input) : "";
    const notesHtml = step.notes
      ? `<p class="notes-label">${escapeHtml(t("present.notes"))}</p><p class="notes">${escapeHtml(step.notes)}</p>`
      : "";
    const progress = t("present.handout-progress", {
      tour: tour.title,
      step: index + 1,
      count,
      title: step.title,
    });
    return `<section class="page">
<p class="progress">${escapeHtml(progress)}</p>
<img src="${escapeHtml(image)}" alt="${escapeHtml(step.caption)}">
<h1>${escapeHtml(step.caption)}</h1>
${quoteHtml}
${notesHtml}
<p class="source">${escapeHtml(sourceLine)}</p>
</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(tour.title)}</title>
<style>
${fontCss}
@page { size: A4 portrait; margin: 14mm 16mm; }
html { font-family: "Noto Sans", sans-serif; color: #10212b; font-size: 11pt; line-height: 1.4; }
body { margin: 0; }
.page { break-after: page; display: flex; flex-direction: column; min-height: 268mm; }
.page:last-child { break-after: auto; }
.progress { margin: 0 0 3mm; font-size: 9pt; color: #4a5a64; }
img { display: block; width: 100%; aspect-ratio: 16 / 9; border: 0.3mm solid #a9a398; }
h1 { font-size: 16pt; line-height: 1.3; margin: 6mm 0 4mm; }
blockquote { margin: 0 0 4mm; padding-left: 5mm; border-left: 1mm solid #1d5f7a; }
blockquote p { margin: 0 0 2mm; font-size: 12pt; }
blockquote footer, .english-record { font-size: 9pt; color: #4a5a64; }
.english-record { margin: 1mm 0 0; }
.notes-label { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 4mm 0 1mm; color: #4a5a64; }
.notes { margin: 0; }
.source { margin: auto 0 0; padding-top: 4mm; font-size: 8pt; color: #4a5a64; }
</style>
</head>
<body>
${pages.join("\n")}
</body>
</html>
`;
}
