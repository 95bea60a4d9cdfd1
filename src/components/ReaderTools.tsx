import { useText } from "../i18n/use-text";

/**
 * Above the transcript: stepping through the passages about what the map shows, and searching the
 * speech, each with a count said to assistive technology.
 */
export function ReaderTools({
  focusLabel,
  focusCount,
  focusIndex,
  onStepFocus,
  query,
  onQuery,
  hitCount,
  hitIndex,
  onStepHit,
}: {
  /** What the map shows, to name its passages; undefined: nothing selected, no stepper. */
  focusLabel: string | undefined;
  focusCount: number;
  /** The passage stepped to, or -1. */
  focusIndex: number;
  onStepFocus: (delta: number) => void;
  query: string;
  onQuery: (query: string) => void;
  hitCount: number;
  hitIndex: number;
  onStepHit: (delta: number) => void;
}) {
  const t = useText();
  return (
    <div className="reader-tools">
      {focusLabel !== undefined ? (
        <div className="stepper" role="group" aria-label={t("reader.passages-about", { label: focusLabel })}>
          <span role="status">
            {t("reader.passage-count", { count: focusCount, label: focusLabel })}
            {focusIndex >= 0 ? ` ${t("reader.n-of-count", { n: focusIndex + 1, count: focusCount })}` : ""}
          </span>
          <button type="button" onClick={() => onStepFocus(-1)} disabled={focusCount === 0}>
            {t("reader.previous-passage")}
          </button>
          <button type="button" onClick={() => onStepFocus(1)} disabled={focusCount === 0}>
            {t("reader.next-passage")}
          </button>
        </div>
      ) : null}
      <div className="search-speech" role="search">
        <label>
          <span>{t("reader.search-the-speech")}</span>
          <input
            type="search"
            value={query}
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") onStepHit(event.shiftKey ? -1 : 1);
              if (event.key === "Escape" && query !== "") {
                event.preventDefault();
                onQuery("");
              }
            }}
          />
        </label>
        <span role="status" className="hit-count">
          {query.trim().length < 2 ? "" : t("reader.match-count", { n: hitIndex + 1, count: hitCount })}
        </span>
        <button type="button" onClick={() => onStepHit(-1)} disabled={hitCount === 0}>
          {t("reader.previous-match")}
        </button>
        <button type="button" onClick={() => onStepHit(1)} disabled={hitCount === 0}>
          {t("reader.next-match")}
        </button>
      </div>
    </div>
  );
}
