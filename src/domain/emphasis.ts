/** A run of quote text, emphasised where it names the thing being read about. */
export type TextSegment = { readonly text: string; readonly emphasised: boolean };

/**
 * Splits text into runs, emphasising every occurrence of any term (case-sensitive, as the speech
 * words it). Where terms overlap, the earliest and then the longest wins: "ASEAN-centricity" before
 * "ASEAN" if both are terms.
 */
export function emphasise(text: string, terms: readonly string[]): TextSegment[] {
  const ranges: [number, number][] = [];
  for (const term of new Set(terms)) {
    if (term === "") continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), emphasised: false });
    segments.push({ text: text.slice(start, end), emphasised: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), emphasised: false });
  return segments;
}
