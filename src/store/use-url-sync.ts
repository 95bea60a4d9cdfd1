import { useEffect } from "react";
import { useAtlasStore } from "./atlas-store";
import { parseViewState, serializeViewState, urlFieldsChanged, type KnownIds } from "./url-state";

/**
 * Keeps the URL a view of the store: reads it on load and on back/forward, and pushes a history
 * entry when the user changes the selection, the filters or the date, so a link restores the view
 * and Back undoes a step.
 */
export function useUrlSync(known: KnownIds): void {
  useEffect(() => {
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
      window.history.pushState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener("popstate", applyFromLocation);
      unsubscribe();
    };
  }, [known]);
}
