import { useLayoutEffect } from "react";
import type { GeoJSONSource } from "maplibre-gl";
import type { RelationFeature } from "../domain/map-model";
import type { MapHandle } from "./map-view-props";
import { RELATION_SOURCE } from "./style-ids";

/** The agreements' and co-chairmanships' lines (and single-party rings) as the GeoJSON of their source. */
export function relationFeatures(
  relations: readonly RelationFeature[],
): GeoJSON.FeatureCollection<GeoJSON.LineString | GeoJSON.Point> {
  return {
    type: "FeatureCollection",
    features: relations.flatMap((relation) => {
      const properties = {
        id: relation.id,
        kind: relation.kind,
        type: relation.type,
        group: relation.group,
      };
      const lines = relation.lines.map((line) => ({
        type: "Feature" as const,
        geometry: { type: "LineString" as const, coordinates: line.map(([lon, lat]) => [lon, lat]) },
        properties,
      }));
      const point = relation.point
        ? [
            {
              type: "Feature" as const,
              geometry: { type: "Point" as const, coordinates: [relation.point[0], relation.point[1]] },
              properties: { ...properties, ring: relation.ring ?? 0 },
            },
          ]
        : [];
      return [...lines, ...point];
    }),
  };
}

/** Keeps the relation lines on the props. */
export function useRelationLines(handle: MapHandle | null, relations: readonly RelationFeature[]): void {
  useLayoutEffect(() => {
    if (!handle) return;
    if (handle.createdWith?.relations !== relations)
      void handle.map.getSource<GeoJSONSource>(RELATION_SOURCE)?.setData(relationFeatures(relations));
    handle.awaitRedraw();
  }, [handle, relations]);
}
