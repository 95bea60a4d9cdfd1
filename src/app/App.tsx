import { useEffect, useState } from "react";
import { GEO_BASE_URL } from "../data/own-files";
import { parseEmbedOptions } from "../embed/embed-options";
import { translatorFor } from "../i18n/translate";
import { LanguageProvider } from "../i18n/use-text";
import { prepareMapLibre } from "../map/prepare-maplibre";
import { LoadFailure } from "../components/LoadFailure";
import { useAtlasStore } from "../store/atlas-store";
import { initialLanguage } from "../store/language-link";
import { AtlasPage } from "./AtlasPage";
import { EmbedPage } from "./EmbedPage";
import { FALLBACK_WORDS } from "./fallback-words";
import { LoadingFrame } from "./LoadingFrame";
import { PresentPage } from "./PresentPage";
import { useDocumentLanguage } from "./use-document-language";
import { useLanguageLink } from "./use-language-link";
import { useLoadedData } from "./use-loaded-data";

/** The page's first language, into the store before the first render reads it. */
function startLanguage(): void {
  const { lang, problem } = initialLanguage(window.location.search, navigator.languages);
  useAtlasStore.setState({ lang, languageProblem: problem });
}

/**
 * Loads the chosen language's messages and dataset, then shows the page the URL asks for: the
 * full app, the embed (`?embed=1`) or a tour presented (`?present=argument`), in that language.
 */
export function App() {
  useState(startLanguage);
  const lang = useAtlasStore((s) => s.lang);
  const { state, retry } = useLoadedData(lang);
  // The page is chosen once per load; a frame that wants another page loads another URL.
  const [embed] = useState(() => parseEmbedOptions(window.location.search));
  const [presentTour] = useState(() => new URLSearchParams(window.location.search).get("present"));
  // MapLibre's workers load and start while the dataset is fetched and checked.
  useEffect(() => {
    prepareMapLibre().catch(() => undefined);
  }, []);
  const shown = state.status === "ready" ? state.loaded : state;
  useDocumentLanguage(shown.lang, shown.messages);
  useLanguageLink(lang);

  if (state.status === "loading") {
    const page = presentTour ? "present" : embed.options.embed ? "embed" : "atlas";
    if (!state.messages) return <LoadingFrame page={page} wordless />;
    return (
      <LanguageProvider lang={state.lang} messages={state.messages}>
        <LoadingFrame page={page} />
      </LanguageProvider>
    );
  }
  if (state.status === "failed") {
    const t = state.messages ? translatorFor(state.lang, state.messages) : undefined;
    return (
      <LoadFailure title={t ? t("app.load-failed") : FALLBACK_WORDS.failureTitle} lines={state.lines}>
        <p>
          <button type="button" onClick={retry}>
            {t ? t("app.retry") : FALLBACK_WORDS.retry}
          </button>
        </p>
      </LoadFailure>
    );
  }
  const { data, lang: shownLang, messages } = state.loaded;
  return (
    <LanguageProvider lang={shownLang} messages={messages}>
      {presentTour ? (
        // A presentation fills its window or frame, with or without embed=1.
        <PresentPage data={data} geoBaseUrl={GEO_BASE_URL} tourId={presentTour} options={embed.options} />
      ) : embed.options.embed ? (
        <EmbedPage
          data={data}
          geoBaseUrl={GEO_BASE_URL}
          options={embed.options}
          optionProblems={embed.problems}
        />
      ) : (
        <AtlasPage data={data} geoBaseUrl={GEO_BASE_URL} />
      )}
    </LanguageProvider>
  );
}
