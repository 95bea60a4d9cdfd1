import { useCallback, useEffect, useState } from "react";
import { deepFreeze } from "../data/deep-freeze";
import type { Language } from "../data/languages";
import { DatasetError, loadCompiledDataset } from "../data/load-dataset";
import type { DerivedTables } from "../domain/derived-tables";
import type { LoadedData } from "../domain/loaded-data";
import { loadMessages } from "../i18n/load-messages";
import type { Messages } from "../i18n/messages";

/** A language's messages and its compiled dataset, together: a page is never half in one language. */
export type LoadedLanguage = {
  readonly lang: Language;
  readonly messages: Messages;
  readonly data: LoadedData;
};

export type DataState =
  /** `messages` as soon as they have come, for the loading frame's words. */
  | { status: "loading"; lang: Language; messages: Messages | undefined }
  | { status: "ready"; loaded: LoadedLanguage }
  | { status: "failed"; lang: Language; lines: readonly string[]; messages: Messages | undefined };

async function loadLanguage(lang: Language): Promise<LoadedLanguage> {
  const [messages, compiled] = await Promise.all([
    loadMessages(lang),
    loadCompiledDataset<DerivedTables>(lang),
  ]);
  const { dataset, transcript, countries, tours, derived } = compiled;
  const data = { dataset, transcript, countries, tours, derived };
  // Read-only to the compiler everywhere; frozen too in development, where a write would be
  // caught at once. A build skips the walk over every object before the first frame.
  return { lang, messages, data: import.meta.env.DEV ? deepFreeze(data) : data };
}

/**
 * Loads the language's messages and compiled dataset. Another language keeps the page as it is
 * until the new one has arrived, so the view never goes blank. A failure keeps every
 * line of what is wrong for the page to show, with the messages if they came, and `retry` loads
 * again (a server that was down, a network that came back).
 */
export function useLoadedData(lang: Language): { state: DataState; retry: () => void } {
  const [state, setState] = useState<DataState>({ status: "loading", lang, messages: undefined });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    // A function, not the flag: it is read after an await, when the cleanup may have run.
    const wanted = () => !cancelled;
    loadMessages(lang).then(
      (messages) => {
        if (wanted())
          setState((shown) => (shown.status === "loading" ? { status: "loading", lang, messages } : shown));
      },
      () => undefined,
    );
    loadLanguage(lang).then(
      (loaded) => {
        if (wanted()) setState({ status: "ready", loaded });
      },
      async (error: unknown) => {
        if (!wanted()) return;
        // A fetch that never got an answer (offline, server down) rejects with a TypeError.
        const lines =
          error instanceof DatasetError ? error.lines : [`the server did not answer (${String(error)})`];
        const messages = await loadMessages(lang).catch(() => undefined);
        if (wanted()) setState({ status: "failed", lang, lines, messages });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lang, attempt]);
  const retry = useCallback(() => {
    setState((shown) => ({
      status: "loading",
      lang: shown.status === "ready" ? shown.loaded.lang : shown.lang,
      messages: shown.status === "ready" ? shown.loaded.messages : shown.messages,
    }));
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
