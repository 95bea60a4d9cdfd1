import { useLayoutEffect, useRef } from "react";
import type { ComparedSets } from "../domain/compare";
import { EMPHASIS_LEVEL, type LineEmphasis } from "../domain/line-emphasis";
import type { CountryHighlight, RelationFeature } from "../domain/map-model";
import type { MapHandle } from "./map-view-props";
import { BLOC_LABEL_SOURCE, COUNTRY_SOURCE, COUNTRY_SOURCE_LAYERS, RELATION_SOURCE, TIER } from "./style-ids";

/** Where a country's feature-state lives: each layer of the country tiles that draws it. */
export const COUNTRY_FEATURES = Object.values(COUNTRY_SOURCE_LAYERS).map((sourceLayer) => ({
  source: COUNTRY_SOURCE,
  sourceLayer,
}));

/**
 * What was last set on a map, with the handle it was set through: a map handed over anew (a retry,
 * a restored context) holds none of it, so the effects set it all again.
 */
type LastSet<T> = { handle: MapHandle | null; value: T };

function lastSetOn<T>(last: LastSet<T>, handle: MapHandle, initial: T): T {
  return last.handle === handle ? last.value : initial;
}

/** Each country's tier (member, associate, a comparison's set), set only where it changed. */
export function useCountryTiers(
  handle: MapHandle | null,
  highlight: CountryHighlight,
  compared: ComparedSets | undefined,
): void {
  const tiers = useRef<LastSet<ReadonlyMap<string, number>>>({ handle: null, value: new Map() });
  useLayoutEffect(() => {
    if (!handle) return;
    const { map, awaitRedraw } = handle;
    const next = new Map<string, number>();
    for (const code of highlight.associates) next.set(code, TIER.associate);
    for (const code of highlight.members) next.set(code, TIER.member);
    if (compared) {
      for (const code of compared.first) next.set(code, TIER.first);
      for (const code of compared.second) next.set(code, TIER.second);
      for (const code of compared.both) next.set(code, TIER.both);
    }
    const previous = lastSetOn(tiers.current, handle, new Map());
    for (const code of new Set([...previous.keys(), ...next.keys()])) {
      const tier = next.get(code) ?? TIER.none;
      if (previous.get(code) === tier) continue;
      for (const target of COUNTRY_FEATURES) map.setFeatureState({ ...target, id: code }, { tier });
    }
    tiers.current = { handle, value: next };
    awaitRedraw();
  }, [handle, highlight, compared]);
}

/** The selected country's outline. */
export function useSelectedCountry(handle: MapHandle | null, selectedCountry: string | undefined): void {
  const selected = useRef<LastSet<string | undefined>>({ handle: null, value: undefined });
  useLayoutEffect(() => {
    if (!handle) return;
    const { map, awaitRedraw } = handle;
    for (const code of [lastSetOn(selected.current, handle, undefined), selectedCountry]) {
      if (!code) continue;
      for (const target of COUNTRY_FEATURES) {
        map.setFeatureState({ ...target, id: code }, { selected: code === selectedCountry });
      }
    }
    selected.current = { handle, value: selectedCountry };
    awaitRedraw();
  }, [handle, selectedCountry]);
}

/** The labels of the selected blocs, drawn above the rest. */
export function useSelectedLabels(handle: MapHandle | null, selectedBlocIds: readonly string[]): void {
  const selectedLabels = useRef<LastSet<readonly string[]>>({ handle: null, value: [] });
  // A new array each render with the same blocs is no change: the effect keys on their ids.
  const selectedLabelKey = selectedBlocIds.join(",");
  useLayoutEffect(() => {
    if (!handle) return;
    const { map, awaitRedraw } = handle;
    const now = selectedLabelKey === "" ? [] : selectedLabelKey.split(",");
    for (const blocId of new Set([...lastSetOn(selectedLabels.current, handle, []), ...now])) {
      map.setFeatureState({ source: BLOC_LABEL_SOURCE, id: blocId }, { selected: now.includes(blocId) });
    }
    selectedLabels.current = { handle, value: now };
    awaitRedraw();
  }, [handle, selectedLabelKey]);
}

/** The selected agreement's or co-chairmanship's lines, drawn thicker. */
export function useSelectedRelation(
  handle: MapHandle | null,
  relations: readonly RelationFeature[],
  selectedRelationId: string | undefined,
): void {
  const selectedRelation = useRef<LastSet<string | undefined>>({ handle: null, value: undefined });
  useLayoutEffect(() => {
    if (!handle) return;
    const { map, awaitRedraw } = handle;
    for (const id of [lastSetOn(selectedRelation.current, handle, undefined), selectedRelationId]) {
      if (!id) continue;
      map.setFeatureState({ source: RELATION_SOURCE, id }, { selected: id === selectedRelationId });
    }
    selectedRelation.current = { handle, value: selectedRelationId };
    awaitRedraw();
    // A new set of lines holds no state: the selected one is set on it again.
  }, [handle, relations, selectedRelationId]);
}

/** How strongly each line is drawn: forward, shown, receded or dimmed. */
export function useLineEmphasis(
  handle: MapHandle | null,
  relations: readonly RelationFeature[],
  relationEmphasis: ReadonlyMap<string, LineEmphasis>,
): void {
  useLayoutEffect(() => {
    if (!handle) return;
    const { map, awaitRedraw } = handle;
    // Every line, each time: a few dozen at most, and a line back from a filter needs its state.
    for (const relation of relations) {
      const level = EMPHASIS_LEVEL[relationEmphasis.get(relation.id) ?? "receded"];
      map.setFeatureState({ source: RELATION_SOURCE, id: relation.id }, { emphasis: level });
    }
    awaitRedraw();
  }, [handle, relations, relationEmphasis]);
}
