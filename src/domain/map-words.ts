/**
 * Why the map is not drawn, and whether trying again may help; the page says it in its language
 * (`MapWords.failure`). `detail` is the error a failed start threw, as it came.
 */
export type MapFailure = {
  readonly kind: "webgl" | "geometry" | "context-lost" | "start";
  readonly retry: boolean;
  readonly detail?: string;
};

/**
 * The map's own words, in the page's language, made by the page (the map module speaks none): its
 * controls' titles and why it cannot be drawn.
 */
export type MapWords = {
  /**
   * MapLibre's control titles by its locale keys (`"NavigationControl.ZoomIn"`). Read once, at
   * creation.
   */
  readonly controls: Readonly<Record<string, string>>;
  /** Why the map is not drawn, in a sentence. */
  readonly failure: (failure: MapFailure) => string;
  /** The button that tries again. */
  readonly retry: string;
  /** Where the borders come from, in the map's attribution button. Read once, at creation. */
  readonly attribution: string;
};
