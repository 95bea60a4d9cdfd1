import * as turf from "@turf/turf";
import type { DeepReadonly } from "../data/deep-freeze";
import type { CountryIndex } from "../data/country-index";
import type { AgreementType, Dataset, Party } from "../data/schema";
import type { StatusGroup } from "../data/vocabulary";
import { labelAnchorsOn } from "./label-anchors";
import type { RelationFeature } from "./map-model";
import {
  STATUS_GROUP_OF,
  agreementPasses,
  agreementStatusOn,
  coChairmanshipGroupOn,
  coChairmanshipPasses,
  type Filters,
} from "./relations";

type Data = DeepReadonly<{ dataset: Dataset; countries: CountryIndex }>;

/** Where a party sits on the map: a country's anchor, or its bloc's label, on a member, on the date. */
export function partyPosition(
  data: Data,
  party: DeepReadonly<Party>,
  date: string,
): [number, number] | undefined {
  if ("country" in party) {
    const anchor = data.countries[party.country]?.anchor;
    return anchor ? [anchor[0], anchor[1]] : undefined;
  }
  const anchor = labelAnchorsOn(data.dataset.blocs, data.countries, date).get(party.bloc);
  return anchor ? [anchor.position[0], anchor.position[1]] : undefined;
}

/**
 * The great circle from one point to another with continuous longitudes (past ±180 where it
 * crosses the antimeridian), so a flat map draws it across the Pacific rather than around the world.
 */
export function greatCircleArc(
  from: readonly [number, number],
  to: readonly [number, number],
): [number, number][] {
  const key = `${from[0]},${from[1]}|${to[0]},${to[1]}`;
  let arc = arcs.get(key);
  if (!arc) {
    if (arcs.size > MAX_ARCS_KEPT) arcs.clear();
    arc = computeArc(from, to);
    arcs.set(key, arc);
  }
  return arc;
}

/**
 * Arcs already worked out, by their ends: the same few hundred pairs of places recur on every date
 * and under every filter (and the build works out the lines for every date).
 */
const arcs = new Map<string, [number, number][]>();
const MAX_ARCS_KEPT = 50_000;

/** Degrees to five decimals (about a metre): all a line on this map can show, in a fifth of the text. */
function roundDegrees(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

function computeArc(from: readonly [number, number], to: readonly [number, number]): [number, number][] {
  if (from[0] === to[0] && from[1] === to[1]) return [[from[0], from[1]]];
  const line = turf.greatCircle([from[0], from[1]], [to[0], to[1]], { npoints: 48 });
  const parts = line.geometry.type === "LineString" ? [line.geometry.coordinates] : line.geometry.coordinates;
  const unwrapped: [number, number][] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of parts.flat()) {
    if (previous !== undefined) {
      if (lon - previous > 180) offset -= 360;
      if (lon - previous < -180) offset += 360;
    }
    previous = lon;
    const point: [number, number] = [roundDegrees(lon + offset), roundDegrees(lat)];
    const last = unwrapped.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) unwrapped.push(point);
  }
  return unwrapped;
}

export type RelationKind = "agreement" | "co-chairmanship";

/** A line (or, for a one-party agreement, a point) the map draws for an agreement or co-chairmanship. */
export type RelationShape = RelationFeature & {
  readonly kind: RelationKind;
  readonly type: AgreementType | "co-chairmanship";
  readonly group: StatusGroup;
};

/**
 * Lines stop short of the places they join, as links do in a node diagram, so that a click on a
 * country's centre reaches the country and not the lines that end there.
 */
function trimEnds(arc: [number, number][]): [number, number][] {
  const cut = Math.floor(arc.length * ARC_END_TRIM);
  return arc.length > 2 * cut + 2 ? arc.slice(cut, arc.length - cut) : arc;
}

const ARC_END_TRIM = 0.05;

/** How far apart lines that share both ends fan, as a share of the distance between the ends. */
const FAN_SPACING = 0.07;

/**
 * The great circle between two places, bent sideways by `offset` (a share of the distance between
 * them, most at the middle, none at the ends) so that several lines joining the same two places
 * lie side by side instead of on top of each other. The side is the same whichever end comes first.
 */
export function fannedArc(
  from: readonly [number, number],
  to: readonly [number, number],
  offset: number,
): [number, number][] {
  const arc = greatCircleArc(from, to);
  const first = arc[0];
  const last = arc.at(-1);
  if (offset === 0 || !first || !last || arc.length < 3) return arc;
  const dx = last[0] - first[0];
  const dy = last[1] - first[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return arc;
  // One side for both directions: flip when the ends come in the other order.
  const side = from[0] < to[0] || (from[0] === to[0] && from[1] < to[1]) ? 1 : -1;
  const [nx, ny] = [(-dy / length) * side, (dx / length) * side];
  return arc.map(([lon, lat], i) => {
    const bend = offset * length * Math.sin((Math.PI * i) / (arc.length - 1));
    return [roundDegrees(lon + nx * bend), roundDegrees(lat + ny * bend)];
  });
}

/** A key for the unordered pair of places a line joins, so A–B and B–A are one pair. */
function endsKey(a: readonly [number, number], b: readonly [number, number]): string {
  const [p, q] = [a, b].map(([lon, lat]) => `${lon.toFixed(2)},${lat.toFixed(2)}`).sort();
  return `${p}|${q}`;
}

type Drawable = {
  readonly id: string;
  readonly kind: RelationKind;
  readonly type: RelationShape["type"];
  readonly group: StatusGroup;
  readonly positions: readonly [number, number][];
};

/** Shapes for the drawables, the lines of those that join the same two places fanned apart. */
function shapesOf(drawables: readonly Drawable[]): RelationShape[] {
  const pairs = (positions: readonly [number, number][]) => {
    const [first, ...rest] = positions;
    return first ? rest.map((other) => [first, other] as const) : [];
  };
  const sharing = new Map<string, number>();
  for (const drawable of drawables) {
    for (const [a, b] of pairs(drawable.positions)) {
      const key = endsKey(a, b);
      sharing.set(key, (sharing.get(key) ?? 0) + 1);
    }
  }
  const placed = new Map<string, number>();
  const ringsAt = new Map<string, number>();
  return drawables.flatMap(({ id, kind, type, group, positions }): RelationShape[] => {
    const [first, ...rest] = positions;
    if (!first) return [];
    if (rest.length === 0) {
      const at = endsKey(first, first);
      const ring = ringsAt.get(at) ?? 0;
      ringsAt.set(at, ring + 1);
      return [{ id, kind, type, group, lines: [], point: first, ring }];
    }
    const lines = pairs(positions).map(([a, b]) => {
      const key = endsKey(a, b);
      const count = sharing.get(key) ?? 1;
      const slot = placed.get(key) ?? 0;
      placed.set(key, slot + 1);
      return trimEnds(fannedArc(a, b, (slot - (count - 1) / 2) * FAN_SPACING));
    });
    return [{ id, kind, type, group, lines, point: undefined }];
  });
}

/** Every agreement and co-chairmanship the filters let through, as shapes for the map. */
export function relationShapes(data: Data, filters: Filters, date: string): RelationShape[] {
  const drawables: Drawable[] = [];
  for (const agreement of data.dataset.agreements) {
    if (!agreementPasses(agreement, filters, date)) continue;
    const positions = agreement.parties.flatMap((party) => {
      const position = partyPosition(data, party, date);
      return position ? [position] : [];
    });
    const group = STATUS_GROUP_OF[agreementStatusOn(agreement, date)];
    drawables.push({ id: agreement.id, kind: "agreement", type: agreement.type, group, positions });
  }
  for (const cochair of data.dataset.coChairmanships) {
    if (!coChairmanshipPasses(cochair, filters, date)) continue;
    const positions = cochair.coChairs.flatMap((code) => {
      const anchor = data.countries[code]?.anchor;
      return anchor ? [[anchor[0], anchor[1]] as [number, number]] : [];
    });
    const group = coChairmanshipGroupOn(cochair, date);
    drawables.push({ id: cochair.id, kind: "co-chairmanship", type: "co-chairmanship", group, positions });
  }
  return shapesOf(drawables);
}
