import { prepareMapLibre } from "./map/prepare-maplibre";

// A script of its own, before the app's in index.html: MapLibre's workers fetch, compile and start
// their script while the app's own modules are still being evaluated, not after the page's first
// render. A failure is the map's to report when it is created (prepareMapLibre tries again).
prepareMapLibre().catch(() => undefined);
