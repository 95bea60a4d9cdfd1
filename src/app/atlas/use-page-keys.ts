import { useEffect, useLayoutEffect, useRef } from "react";
import type { Selection } from "../../store/atlas-store";

/** Escape clears one thing at a time (see the store's clearOne), unless something else took it. */
export function useEscapeClears(clearOne: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented && !event.isComposing) clearOne();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [clearOne]);
}

/**
 * Clearing or closing a panel removes the button that had focus; gives focus to the heading of
 * what the details column shows now, rather than letting it fall to the page.
 */
export function useFocusOnNewDetails(selection: Selection): void {
  const detailsKey =
    selection.country ??
    selection.compare?.join(",") ??
    selection.blocId ??
    selection.agreementId ??
    selection.coChairId ??
    "";
  const shownDetails = useRef(detailsKey);
  useLayoutEffect(() => {
    if (shownDetails.current === detailsKey) return;
    shownDetails.current = detailsKey;
    if (document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(".details [role=tabpanel] h2")?.focus();
  }, [detailsKey]);
}
