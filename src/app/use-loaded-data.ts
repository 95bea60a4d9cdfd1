import { useEffect, useState } from "react";
import { DatasetError, loadData, type LoadedData } from "../data/load-dataset";

export type DataState =
  | { status: "loading" }
  | { status: "ready"; data: LoadedData }
  | { status: "failed"; lines: readonly string[] };

/** Loads the dataset once; a failure keeps every line of what is wrong for the page to show. */
export function useLoadedData(geoBaseUrl: string): DataState {
  const [state, setState] = useState<DataState>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    loadData(geoBaseUrl).then(
      (data) => {
        if (!cancelled) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (cancelled) return;
        const lines = error instanceof DatasetError ? error.lines : [String(error)];
        setState({ status: "failed", lines });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [geoBaseUrl]);
  return state;
}
