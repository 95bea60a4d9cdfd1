import { useSyncExternalStore } from "react";
import type { Theme } from "../embed/embed-options";
import type { MapTheme } from "../domain/palette";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** The theme to draw: `auto` follows the system's light or dark setting, and its changes. */
export function useResolvedTheme(theme: Theme): MapTheme {
  const prefersDark = useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
  if (theme === "auto") return prefersDark ? "dark" : "light";
  return theme;
}
