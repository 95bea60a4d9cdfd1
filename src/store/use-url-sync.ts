import { useEffect } from "react";
import { useAtlasStore } from "./atlas-store";
import { parseSelection, serializeSelection, type KnownIds } from "./url-state";

/**
 * Keeps the URL a view of the selection: reads it on load and on back/forward, and pushes a history
 * entry when the user selects something, so a link restores the view and Back undoes a selection.
 */
export function useUrlSync(known: KnownIds): void {
  useEffect(() => {
    // A URL read in is not a new step in history, even where a bad parameter was dropped from it.
    let applying = false;
    const applyFromLocation = () => {
      const { selection, notice } = parseSelection(window.location.search, known);
      applying = true;
      useAtlasStore.getState().applySelection(selection, notice);
      applying = false;
    };
    applyFromLocation();
    window.addEventListener("popstate", applyFromLocation);

    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (applying || (state.blocId === previous.blocId && state.country === previous.country)) return;
      const search = serializeSelection(state, window.location.search);
      if (search === window.location.search) return;
      window.history.pushState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener("popstate", applyFromLocation);
      unsubscribe();
    };
  }, [known]);
}
