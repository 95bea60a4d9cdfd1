import type { MapPadding } from "../domain/map-model";
import type { MapViewProps } from "../map/map-view-props";
import type { MapColors } from "../domain/palette";
import type { AtlasView } from "../store/use-atlas-view";

/** What the map draws for a view, the same on every page (and in the image it can be saved as). */
export type DrawnMapProps = Pick<
  MapViewProps,
  | "geoBaseUrl"
  | "highlight"
  | "compared"
  | "selectedCountry"
  | "labels"
  | "selectedBlocIds"
  | "relations"
  | "selectedRelationId"
  | "relationEmphasis"
  | "camera"
  | "padding"
  | "colors"
  | "textAlternative"
  | "mapWords"
>;

export function drawnMapProps(
  view: AtlasView,
  geoBaseUrl: string,
  padding: MapPadding,
  colors: MapColors,
): DrawnMapProps {
  const { selection } = view;
  return {
    geoBaseUrl,
    highlight: view.highlight,
    compared: view.comparison?.sets,
    selectedCountry: selection.country,
    labels: view.labels,
    selectedBlocIds: selection.compare
      ? [...new Set(selection.compare)]
      : selection.blocId === undefined
        ? []
        : [selection.blocId],
    relations: view.relations,
    selectedRelationId: selection.agreementId ?? selection.coChairId,
    relationEmphasis: view.relationEmphasis,
    camera: view.camera,
    padding,
    colors,
    textAlternative: view.mapText,
    mapWords: view.mapWords,
  };
}
