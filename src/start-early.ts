import { prefetchCompiledDataset } from "./data/load-dataset";
import { prepareMapLibre } from "./map/prepare-maplibre";
import { initialLanguage } from "./store/language-link";

// A script of its own, before the app's in index.html: MapLibre's workers fetch, compile and start
// their script, and the dataset in the page's language is requested, while the app's own modules
// are still being evaluated, not after the page's first render. A failure is the map's or the
// loader's to report when the app asks (each tries again).
prepareMapLibre().catch(() => undefined);
prefetchCompiledDataset(initialLanguage(window.location.search, navigator.languages).lang);
