import type { DeepReadonly } from "../data/deep-freeze";
import type { Quote } from "../data/schema";
import { emphasise } from "../domain/emphasis";
import { useText } from "../i18n/use-text";
import { useAtlasStore } from "../store/atlas-store";

/**
 * The speaker's exact words, with the terms that name what is being read about emphasised.
 * The text is rendered as text: nothing from the dataset is ever parsed as HTML.
 */
export function QuoteCard({
  quote,
  terms,
  speaker,
}: {
  quote: DeepReadonly<Quote>;
  terms: readonly string[];
  speaker: string;
}) {
  const t = useText();
  const showInSpeech = useAtlasStore((s) => s.showInSpeech);
  return (
    <figure className="quote" data-quote-id={quote.id}>
      <blockquote lang="en">
        <p>
          {emphasise(quote.text, terms).map((segment, i) =>
            segment.emphasised ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
          )}
        </p>
      </blockquote>
      <figcaption>
        {t("reader.quote-place", { speaker, start: String(quote.start), end: String(quote.end) })}{" "}
        <button type="button" className="link-button" onClick={() => showInSpeech({ quoteId: quote.id })}>
          {t("reader.show-in-the-speech")}
        </button>
      </figcaption>
    </figure>
  );
}
