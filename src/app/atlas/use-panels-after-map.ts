import { startTransition, useCallback, useEffect, useState } from "react";

/**
 * The lists and panels wait for the map: they take longer to render than the map takes to start,
 * and rendered first they would hold up its first frame. They come once the map is drawn (or
 * cannot be), in a render that a keystroke may interrupt, or after PANELS_AT_THE_LATEST_MS
 * whatever the map is doing. Gives whether to show them, and the call that shows them.
 */
export function usePanelsAfterMap(): [boolean, () => void] {
  const [show, setShow] = useState(false);
  const showNow = useCallback(() => {
    startTransition(() => setShow(true));
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(showNow, PANELS_AT_THE_LATEST_MS);
    return () => window.clearTimeout(timer);
  }, [showNow]);
  return [show, showNow];
}

/** A map still not drawn by then is slow (software drawing on a busy machine): the lists come anyway. */
const PANELS_AT_THE_LATEST_MS = 5000;
