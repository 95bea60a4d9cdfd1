/** Where what a compact view or an image shows comes from, in one line. */
export const SOURCE_LINE = "Bloc Atlas · Natural Earth · transcript: Russia’s Ministry of Foreign Affairs";
