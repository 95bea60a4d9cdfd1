import { useEffect, useMemo, useRef, useState } from "react";
import type { LoadedData } from "../domain/loaded-data";
import { formatDate } from "../domain/labels";
import {
  piecesOf,
  searchTranscript,
  voiceOf,
  type Paragraph,
  type ParagraphVoice,
  type Piece,
} from "../domain/transcript";
import type { EntityRef } from "../domain/entities";
import type { ReaderTarget } from "../store/atlas-store";
import { useLang, useText } from "../i18n/use-text";
import { EnglishRecordNote } from "./EnglishRecordNote";
import { ReaderPiece } from "./ReaderPiece";
import { ReaderTools } from "./ReaderTools";

type ReaderProps = {
  data: LoadedData;
  paragraphs: readonly Paragraph[];
  /** Every bloc, agreement and co-chairmanship by id. */
  entities: ReadonlyMap<string, EntityRef>;
  /** What the filters let through: a passage about nothing in it is not marked. */
  passingIds: ReadonlySet<string>;
  /** The passages about what is selected on the map, and how to name it. */
  focus: { readonly label: string; readonly quoteIds: ReadonlySet<string> } | undefined;
  target: ReaderTarget | undefined;
  reducedMotion: boolean;
  onSelect: (entity: EntityRef) => void;
  onLinkParagraph: (paragraph: number) => void;
};

/** The nearest box around an element that scrolls its own content; the page itself does not count. */
function scrollingBoxOf(element: HTMLElement): HTMLElement | undefined {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === "auto" || overflowY === "scroll") && box.scrollHeight > box.clientHeight) return box;
  }
  return undefined;
}

/**
 * Centres an element in the column that scrolls it, and scrolls nothing else: `scrollIntoView`
 * would also scroll the page, taking the header off screen.
 */
function scrollIntoColumn(element: HTMLElement, behavior: ScrollBehavior): void {
  const box = scrollingBoxOf(element);
  if (!box) return;
  const offset = element.getBoundingClientRect().top - box.getBoundingClientRect().top;
  const top = box.scrollTop + offset - (box.clientHeight - element.getBoundingClientRect().height) / 2;
  box.scrollTo({ top: Math.max(0, top), behavior });
}

/**
 * The whole transcript, character for character (so the quotes' offsets hold), with every quoted
 * passage a button that selects what it speaks of, and the passages about the map's selection
 * marked, counted and stepped through.
 */
export function Reader(props: ReaderProps) {
  const { data, paragraphs, entities, passingIds, focus, target, reducedMotion, onSelect, onLinkParagraph } =
    props;
  const { dataset, transcript } = data;
  const { speech } = dataset;
  const t = useText();
  const lang = useLang();
  const rootRef = useRef<HTMLElement>(null);
  const [query, setQuery] = useState("");
  const [hitIndex, setHitIndex] = useState(0);
  // Stepping starts again at the first passage whenever the selection changes.
  // -1: not yet stepped; Next goes to the first passage, Previous to the last.
  const [step, setStep] = useState({ label: focus?.label, index: -1 });
  const focusIndex = step.label === focus?.label ? step.index : -1;
  const [chooserFor, setChooserFor] = useState<number | undefined>(undefined);

  const hits = useMemo(() => searchTranscript(transcript, query), [transcript, query]);
  const quotesById = useMemo(() => new Map(dataset.quotes.map((q) => [q.id, q])), [dataset]);
  const pieces = useMemo(
    () => paragraphs.map((paragraph) => ({ paragraph, pieces: piecesOf(paragraph, dataset.quotes, hits) })),
    [paragraphs, dataset, hits],
  );
  const focusQuotes = useMemo(
    () => dataset.quotes.filter((q) => focus?.quoteIds.has(q.id) ?? false).sort((a, b) => a.start - b.start),
    [dataset, focus],
  );

  /** Scrolls to an element and, unless it is a search hit inside a passage, moves focus there. */
  const scrollTo = (selector: string, moveFocus = true) => {
    const element = rootRef.current?.querySelector<HTMLElement>(selector);
    if (!element) return;
    scrollIntoColumn(element, reducedMotion ? "auto" : "smooth");
    if (moveFocus) element.focus({ preventScroll: true });
  };

  // Opening the chooser puts focus on its first choice; closing it puts focus back on the passage.
  const chooserTrigger = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (chooserFor === undefined) return;
    rootRef.current?.querySelector<HTMLButtonElement>(".chooser button")?.focus();
  }, [chooserFor]);
  const closeChooser = () => {
    setChooserFor(undefined);
    chooserTrigger.current?.focus();
  };

  useEffect(() => {
    if (!target) return;
    scrollTo(
      "quoteId" in target ? `[data-quote-ids~="${target.quoteId}"]` : `#paragraph-${target.paragraph}`,
    );
    // Only a new target scrolls; a change of motion preference alone does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  const stepFocus = (delta: number) => {
    if (focusQuotes.length === 0) return;
    const count = focusQuotes.length;
    const next = focusIndex < 0 ? (delta > 0 ? 0 : count - 1) : (focusIndex + delta + count) % count;
    setStep({ label: focus?.label, index: next });
    const quote = focusQuotes[next];
    if (quote) scrollTo(`[data-quote-ids~="${quote.id}"]`);
  };
  const stepHit = (delta: number) => {
    if (hits.length === 0) return;
    const next = (hitIndex + delta + hits.length) % hits.length;
    setHitIndex(next);
    // A hit may sit inside a passage button, where nothing else can take focus: scroll only, and
    // the count above says which hit this is.
    scrollTo(`[data-hit="${next}"]`, false);
  };

  const entitiesOf = (piece: Piece): EntityRef[] => {
    const ids = new Set(piece.quoteIds.flatMap((id) => quotesById.get(id)?.about ?? []));
    return [...ids].filter((id) => passingIds.has(id)).flatMap((id) => entities.get(id) ?? []);
  };
  const transcriptSource = dataset.sources.find((s) => speech.sourceIds.includes(s.id));
  // The publisher's title heads the reader (once); its introduction and closing lines stand apart
  // from the speaker's words. Every character is still shown, so the quotes' offsets hold.
  const byVoice = (voice: ParagraphVoice) =>
    pieces.filter(
      ({ paragraph }) => voiceOf(paragraph.number, pieces.length, speech.publisherFraming) === voice,
    );
  const title = byVoice("title")[0];
  const spoken = byVoice("speaker");
  const opening = byVoice("publisher").filter(
    ({ paragraph }) => paragraph.number < (spoken[0]?.paragraph.number ?? 0),
  );
  const closing = byVoice("publisher").filter(
    ({ paragraph }) => paragraph.number > (spoken[0]?.paragraph.number ?? 0),
  );

  /** A paragraph's text: its plain runs, search hits and passages, as in the transcript. */
  const paragraphText = (paragraphPieces: readonly Piece[]) =>
    paragraphPieces.map((piece) => (
      <ReaderPiece
        key={piece.start}
        piece={piece}
        about={piece.quoteIds.length > 0 ? entitiesOf(piece) : []}
        hitIndex={hitIndex}
        current={piece.quoteIds.some((id) => focus?.quoteIds.has(id) ?? false)}
        targeted={target !== undefined && "quoteId" in target && piece.quoteIds.includes(target.quoteId)}
        chooserOpen={chooserFor === piece.start}
        onToggleChooser={(trigger) => {
          chooserTrigger.current = trigger;
          setChooserFor(chooserFor === piece.start ? undefined : piece.start);
        }}
        onCloseChooser={closeChooser}
        onSelect={onSelect}
      />
    ));

  const paragraphLink = (paragraph: Paragraph) => (
    <a
      href={`?para=${paragraph.number}`}
      className="paragraph-link"
      aria-label={t("reader.link-to-paragraph", { number: String(paragraph.number) })}
      lang={lang}
      onClick={(event) => {
        // A plain click stays in the app; the href serves copy-link and open-in-new-tab.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onLinkParagraph(paragraph.number);
      }}
    >
      {paragraph.number}
    </a>
  );

  /** A paragraph as a block of the reader: its link, then its text. */
  const paragraphBlock = (paragraph: Paragraph, paragraphPieces: readonly Piece[], className?: string) => (
    <p
      key={paragraph.number}
      id={`paragraph-${paragraph.number}`}
      tabIndex={-1}
      className={
        [
          className,
          target && "paragraph" in target && target.paragraph === paragraph.number ? "targeted" : "",
        ]
          .filter(Boolean)
          .join(" ") || undefined
      }
    >
      {paragraphLink(paragraph)}
      {paragraphText(paragraphPieces)}
    </p>
  );

  return (
    <section
      ref={rootRef}
      className="reader"
      aria-labelledby={title ? `paragraph-${title.paragraph.number}` : "paragraph-title"}
    >
      <header className="reader-header">
        {title ? (
          <h2
            id={`paragraph-${title.paragraph.number}`}
            lang="en"
            tabIndex={-1}
            className={target && "paragraph" in target && target.paragraph === 1 ? "targeted" : undefined}
          >
            {paragraphText(title.pieces)}
          </h2>
        ) : (
          <h2 id="paragraph-title">{speech.title}</h2>
        )}
        <p>
          {speech.speaker}, {speech.speakerRole}. {speech.event}, {speech.place},{" "}
          <time dateTime={speech.date}>{formatDate(speech.date, lang)}</time>.
        </p>
        <p className="caveat">
          {speech.coverage}{" "}
          {transcriptSource ? (
            <a href={transcriptSource.url} target="_blank" rel="noreferrer">
              {t("reader.source", { publisher: transcriptSource.publisher })}
            </a>
          ) : null}
        </p>
        <EnglishRecordNote />
      </header>

      <ReaderTools
        focusLabel={focus?.label}
        focusCount={focusQuotes.length}
        focusIndex={focusIndex}
        onStepFocus={stepFocus}
        query={query}
        onQuery={(text) => {
          setQuery(text);
          setHitIndex(0);
        }}
        hitCount={hits.length}
        hitIndex={hitIndex}
        onStepHit={stepHit}
      />

      <div className="transcript" lang="en">
        {opening.length > 0 ? (
          <div className="publisher-framing" role="note" aria-label={t("reader.publisher-introduction")}>
            {opening.map(({ paragraph, pieces: paragraphPieces }) =>
              paragraphBlock(paragraph, paragraphPieces),
            )}
          </div>
        ) : null}
        {spoken.map(({ paragraph, pieces: paragraphPieces }) => paragraphBlock(paragraph, paragraphPieces))}
        {closing.length > 0 ? (
          <div className="publisher-framing" role="note" aria-label={t("reader.publisher-closing")}>
            {closing.map(({ paragraph, pieces: paragraphPieces }) =>
              paragraphBlock(paragraph, paragraphPieces),
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}
