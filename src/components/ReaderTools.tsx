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
  return (
    <div className="reader-tools">
      {focusLabel !== undefined ? (
        <div className="stepper" role="group" aria-label={`Passages about ${focusLabel}`}>
          <span role="status">
            {focusCount === 0
              ? `No passage about ${focusLabel}`
              : `${focusCount} passage${focusCount === 1 ? "" : "s"} about ${focusLabel}`}
            {focusIndex >= 0 ? ` (${focusIndex + 1} of ${focusCount})` : ""}
          </span>
          <button type="button" onClick={() => onStepFocus(-1)} disabled={focusCount === 0}>
            Previous passage
          </button>
          <button type="button" onClick={() => onStepFocus(1)} disabled={focusCount === 0}>
            Next passage
          </button>
        </div>
      ) : null}
      <div className="search-speech" role="search">
        <label>
          <span>Search the speech</span>
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
          {query.trim().length < 2
            ? ""
            : hitCount === 0
              ? "No match"
              : `${hitIndex + 1} of ${hitCount} matches`}
        </span>
        <button type="button" onClick={() => onStepHit(-1)} disabled={hitCount === 0}>
          Previous match
        </button>
        <button type="button" onClick={() => onStepHit(1)} disabled={hitCount === 0}>
          Next match
        </button>
      </div>
    </div>
  );
}
