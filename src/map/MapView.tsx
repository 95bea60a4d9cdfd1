import { useEffect, useLayoutEffect, useRef } from "react";
import "maplibre-gl/dist/maplibre-gl.css";
import { compareAttribute } from "../domain/compare";
import { useCamera } from "./camera";
import {
  useCountryTiers,
  useLineEmphasis,
  useSelectedCountry,
  useSelectedLabels,
  useSelectedRelation,
} from "./feature-state";
import { selectedLabelPositions, useBlocLabels } from "./labels";
import { useMapColors } from "./map-colors";
import { MapFailureNotice } from "./MapFailureNotice";
import type { MapViewProps } from "./map-view-props";
import { useRelationLines } from "./relation-lines";
import { useMapInstance } from "./use-map-instance";

export type { MapViewProps } from "./map-view-props";

function sortedCodes(codes: readonly string[]): string {
  return [...codes].sort().join(",");
}

/**
 * The one component that owns a MapLibre map. It is driven by props (what to highlight, where to
 * look) and reports what the user does to it; nothing else holds the map instance.
 *
 * For automation it keeps attributes on its element: `data-ready="true"` once the map is idle with
 * the current props drawn, `data-highlighted`, the sorted ISO codes coloured as members,
 * `data-compare`, a comparison's three sets (`both=…;first=…;second=…` or
 * `stayed=…;joined=…;left=…`), and
 * `data-view`, the camera as "lon,lat,zoom", `data-relations`, the sorted ids of the agreements
 * and co-chairmanships drawn, `data-forward-relations`, those drawn forward for the selection, and
 * `data-selected-label`, the selected bloc's label point as "lon,lat".
 */
export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { handle, failure, retry } = useMapInstance(containerRef, props);
  const { onSettled } = props;
  useEffect(() => {
    if (failure) onSettled?.();
  }, [failure, onSettled]);
  const {
    highlight,
    compared,
    selectedCountry,
    labels,
    selectedBlocIds,
    relations,
    selectedRelationId,
    relationEmphasis,
    colors,
    labelScale = 1,
  } = props;

  // Layout effects, each: they run in the same task as the commit, so data-ready turns false before
  // anything can read the new data-highlighted or data-relations.
  useBlocLabels(handle, labels, labelScale);
  useMapColors(handle, colors);
  useCountryTiers(handle, highlight, compared);
  useSelectedCountry(handle, selectedCountry);
  useSelectedLabels(handle, selectedBlocIds);
  useRelationLines(handle, relations);
  useSelectedRelation(handle, relations, selectedRelationId);
  useLineEmphasis(handle, relations, relationEmphasis);
  useCamera(handle, props);
  const { drawRequest } = props;
  useLayoutEffect(() => {
    if (handle && drawRequest !== undefined) handle.awaitRedraw();
  }, [handle, drawRequest]);

  return (
    <div
      ref={containerRef}
      className="map-view"
      role="region"
      aria-label={props.ariaLabel}
      data-ready="false"
      data-failure={failure?.kind}
      data-highlighted={sortedCodes(highlight.members)}
      data-compare={compareAttribute(compared)}
      data-relations={sortedCodes(relations.map((r) => r.id))}
      data-forward-relations={sortedCodes(
        relations.filter((r) => relationEmphasis.get(r.id) === "forward").map((r) => r.id),
      )}
      data-selected-label={selectedLabelPositions(labels, selectedBlocIds)}
    >
      {failure ? (
        <MapFailureNotice
          failure={failure}
          words={props.mapWords}
          textAlternative={props.textAlternative}
          onRetry={retry}
        />
      ) : null}
    </div>
  );
}
