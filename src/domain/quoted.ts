/** How much of a value from outside (a link, a host's message) a notice repeats. */
export const QUOTED_MAX_CHARS = 40;

/**
 * A value from outside as a notice shows it: in quotes, cut to `QUOTED_MAX_CHARS` characters with
 * "…", so a 20,000-character parameter gives a notice that still fits the page and reads. Cut by
 * code point, never through a surrogate pair.
 */
export function quoted(value: string): string {
  const chars = Array.from(value);
  const shown = chars.length > QUOTED_MAX_CHARS ? `${chars.slice(0, QUOTED_MAX_CHARS).join("")}…` : value;
  return `“${shown}”`;
}
