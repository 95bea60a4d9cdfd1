import { useCallback, useEffect, useState } from "react";
import { deepFreeze } from "../data/deep-freeze";
import { DatasetError, loadCompiledDataset } from "../data/load-dataset";
import type { DerivedTables } from "../domain/derived-tables";
import type { LoadedData } from "../domain/loaded-data";

export type DataState =
  | { status: "loading" }
  | { status: "ready"; data: LoadedData }
  | { status: "failed"; lines: readonly string[] };

/**
 * Loads the compiled dataset; a failure keeps every line of what is wrong for the page to show, and
 * `retry` loads it again (a server that was down, a network that came back).
 */
export function useLoadedData(): { state: DataState; retry: () => void } {
  const [state, setState] = useState<DataState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    loadCompiledDataset<DerivedTables>().then(
      ({ dataset, transcript, countries, tours, derived }) => {
        const data = { dataset, transcript, countries, tours, derived };
        // Read-only to the compiler everywhere; frozen too in development, where a write would be
        // caught at once. A build skips the walk over every object before the first frame.
        if (!cancelled) setState({ status: "ready", data: import.meta.env.DEV ? deepFreeze(data) : data });
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
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
