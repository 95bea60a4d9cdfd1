import { useLayoutEffect } from "react";
import type { GeoJSONSource, MapGeoJSONFeature } from "maplibre-gl";
import type { BlocLabel } from "../domain/map-model";
import type { MapHandle } from "./map-view-props";
import { BLOC_LABEL_LAYERS, BLOC_LABEL_SOURCE, LABEL_SIZE, SELECTED_BLOC_LABEL_LAYER } from "./style-ids";

/** Labels as the GeoJSON of a label source. */
export function labelFeatures(labels: readonly BlocLabel[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: "FeatureCollection",
    features: labels.map((label) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [...label.position] },
      properties: { blocId: label.blocId, label: label.label, rank: label.rank },
    })),
  };
}

/**
 * Whether a label a query found is one the viewer sees: the selected-label layer holds every
 * label, seen only for the selected bloc, and the usual layer hides that one.
 */
export function isSeenLabel(feature: MapGeoJSONFeature): boolean {
  const selected = feature.state.selected === true;
  return feature.layer.id === SELECTED_BLOC_LABEL_LAYER ? selected : !selected;
}

/** The selected blocs' label points as "lon,lat;lon,lat", for a test to find on screen; empty for none. */
export function selectedLabelPositions(labels: readonly BlocLabel[], blocIds: readonly string[]): string {
  return blocIds
    .flatMap((blocId) => labels.find((l) => l.blocId === blocId) ?? [])
    .map((label) => label.position.join(","))
    .join(";");
}

/** Keeps the bloc labels on the props: their places and names, and their size. */
export function useBlocLabels(
  handle: MapHandle | null,
  labels: readonly BlocLabel[],
  labelScale: number,
): void {
  useLayoutEffect(() => {
    if (!handle) return;
    if (handle.createdWith?.labelScale !== labelScale) {
      for (const layer of BLOC_LABEL_LAYERS)
        handle.map.setLayoutProperty(layer, "text-size", LABEL_SIZE * labelScale);
    }
    handle.awaitRedraw();
  }, [handle, labelScale]);

  useLayoutEffect(() => {
    if (!handle) return;
    if (handle.createdWith?.labels !== labels)
      void handle.map.getSource<GeoJSONSource>(BLOC_LABEL_SOURCE)?.setData(labelFeatures(labels));
    handle.awaitRedraw();
  }, [handle, labels]);
}
