import { useEffect } from "react";
import { useAtlasStore } from "./atlas-store";
import { parseViewState, serializeViewState, urlFieldsChanged, type KnownIds } from "./url-state";

/**
 * How a change reaches history: `push` makes Back undo it (the full app); `replace` keeps the URL
 * current without adding entries (a frame, whose entries would hijack the host page's Back button);
 * `off` leaves the URL alone (a presentation, whose URL names the step, not the view).
 */
export type HistoryMode = "push" | "replace" | "off";

/**
 * Keeps the URL a view of the store: reads it on load and on back/forward, and records each change
 * of the selection, the filters or the date, so a link restores the view and Back undoes a step.
 */
export function useUrlSync(known: KnownIds, history: HistoryMode = "push"): void {
  useEffect(() => {
    if (history === "off") return;
    // A URL read in is not a new step in history, even where a bad parameter was dropped from it.
    let applying = false;
    const applyFromLocation = () => {
      const { view, notice } = parseViewState(window.location.search, known);
      applying = true;
      useAtlasStore.getState().applyViewState(view, notice);
      applying = false;
    };
    applyFromLocation();
    window.addEventListener("popstate", applyFromLocation);

    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (applying || !urlFieldsChanged(state, previous)) return;
      const search = serializeViewState(state, window.location.search);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    });
    return () => {
      window.removeEventListener("popstate", applyFromLocation);
      unsubscribe();
    };
  }, [known, history]);
}
