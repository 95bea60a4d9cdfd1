import type { MapFailure } from "./map-failure";
import type { MapWords } from "./map-view-props";

/**
 * Shown in the map's place when it cannot be drawn: the reason, what the map shows in words (but
 * for a lost context, which comes back by itself), and Retry where trying again may help.
 */
export function MapFailureNotice({
  failure,
  words,
  textAlternative,
  onRetry,
}: {
  failure: MapFailure;
  words: MapWords;
  textAlternative: string | undefined;
  onRetry: () => void;
}) {
  return (
    <div className="map-failure" role="alert">
      <p>{words.failure(failure)}</p>
      {failure.kind !== "context-lost" && textAlternative ? (
        <p className="map-text-alternative">{textAlternative}</p>
      ) : null}
      {failure.retry ? (
        <button type="button" onClick={onRetry}>
          {words.retry}
        </button>
      ) : null}
    </div>
  );
}
