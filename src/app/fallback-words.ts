/**
 * The only words the app says outside its catalogs: when the catalog itself could not be loaded
 * (the server went away between the page and its chunks), the failure is said in English, the
 * language of the transcript, rather than not at all.
 */
export const FALLBACK_WORDS = {
  failureTitle: "Bloc Atlas could not be loaded",
  retry: "Retry",
} as const;
