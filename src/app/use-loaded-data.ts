import { useCallback, useEffect, useState } from "react";
import { DatasetError, loadData, type LoadedData } from "../data/load-dataset";

export type DataState =
  | { status: "loading" }
  | { status: "ready"; data: LoadedData }
  | { status: "failed"; lines: readonly string[] };

/**
 * Loads the dataset; a failure keeps every line of what is wrong for the page to show, and `retry`
 * loads it again (a server that was down, a network that came back).
 */
export function useLoadedData(geoBaseUrl: string): { state: DataState; retry: () => void } {
  const [state, setState] = useState<DataState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    loadData(geoBaseUrl).then(
      (data) => {
        if (!cancelled) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (cancelled) return;
        // A fetch that never got an answer (offline, server down) rejects with a TypeError.
        const lines =
          error instanceof DatasetError ? error.lines : [`the server did not answer (${String(error)})`];
        setState({ status: "failed", lines });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [geoBaseUrl, attempt]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
