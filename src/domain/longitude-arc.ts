/** A longitude interval [west, east] in degrees; west > east means it crosses the antimeridian. */
export type LongitudeInterval = readonly [west: number, east: number];

function normalizeLongitude(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

/** Splits an interval into pieces that do not cross the antimeridian, each with west <= east. */
function unwrappedPieces([west, east]: LongitudeInterval): [number, number][] {
  if (east - west >= 360) return [[-180, 180]];
  const w = normalizeLongitude(west);
  const e = normalizeLongitude(east);
  if (w <= e) return [[w, e]];
  return [
    [w, 180],
    [-180, e],
  ];
}

/**
 * The shortest arc of longitude that covers every interval, in RFC 7946 form: west > east when it
 * crosses the antimeridian. A bloc of Russia and the United States, or Fiji alone, is narrow across
 * 180° rather than nearly the whole world wide.
 */
export function coveringLongitudeArc(intervals: readonly LongitudeInterval[]): [number, number] {
  const pieces = intervals.flatMap(unwrappedPieces).sort((a, b) => a[0] - b[0]);
  const first = pieces[0];
  if (!first) throw new Error("coveringLongitudeArc needs at least one interval");
  const merged: [number, number][] = [[first[0], first[1]]];
  for (const [w, e] of pieces.slice(1)) {
    const current = merged[merged.length - 1] as [number, number];
    if (w <= current[1]) current[1] = Math.max(current[1], e);
    else merged.push([w, e]);
  }
  const firstMerged = merged[0] as [number, number];
  const lastMerged = merged[merged.length - 1] as [number, number];
  // The gap that wraps around the antimeridian, from the last interval's east to the first's west.
  let widestGap = firstMerged[0] + 360 - lastMerged[1];
  let arc: [number, number] = [firstMerged[0], lastMerged[1]];
  for (let i = 1; i < merged.length; i++) {
    const before = merged[i - 1] as [number, number];
    const after = merged[i] as [number, number];
    const gap = after[0] - before[1];
    if (gap > widestGap) {
      widestGap = gap;
      arc = [after[0], before[1]];
    }
  }
  return arc;
}

/** East as a longitude past 180 where the arc crosses the antimeridian, for camera fitting. */
export function continuousEast([west, east]: LongitudeInterval): number {
  return east < west ? east + 360 : east;
}
