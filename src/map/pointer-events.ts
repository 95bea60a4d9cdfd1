import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from "maplibre-gl";
import { EMPHASIS_LEVEL } from "../domain/line-emphasis";
import { COUNTRY_FEATURES } from "./feature-state";
import { isSeenLabel } from "./labels";
import type { LatestProps } from "./map-view-props";
import { BLOC_LABEL_LAYERS, COUNTRY_HIT_LAYERS, COUNTRY_POINT_LAYER, RELATION_HIT_LAYERS } from "./style-ids";

function iso3Of(feature: MapGeoJSONFeature | undefined): string | undefined {
  const iso3: unknown = feature?.properties.iso3;
  return typeof iso3 === "string" ? iso3 : undefined;
}

/**
 * Turns pointer moves and clicks on the map into the props' events: a country hovered or clicked,
 * a bloc's label clicked, a line clicked; and shows the hovered country and a pointer cursor over
 * what can be clicked.
 */
export function wirePointerEvents(map: MapLibreMap, latestProps: LatestProps): void {
  const countryAt = (event: MapMouseEvent): string | undefined => {
    const features = map.queryRenderedFeatures(event.point, { layers: COUNTRY_HIT_LAYERS });
    // Points sit on top of the polygons they stand for, and are what a person aims at.
    const point = features.find((f) => f.layer.id === COUNTRY_POINT_LAYER);
    return iso3Of(point ?? features.find((f) => iso3Of(f) !== undefined));
  };
  let hovered: string | undefined;
  const setHovered = (iso3: string | undefined) => {
    if (hovered === iso3) return;
    for (const code of [hovered, iso3]) {
      if (!code) continue;
      for (const target of COUNTRY_FEATURES)
        map.setFeatureState({ ...target, id: code }, { hover: code === iso3 });
    }
    hovered = iso3;
  };
  map.on("mousemove", (event) => {
    const iso3 = countryAt(event);
    setHovered(iso3);
    map.getCanvas().style.cursor = iso3 ? "pointer" : "";
    latestProps.current.onCountryHover?.(iso3 ? { iso3, x: event.point.x, y: event.point.y } : undefined);
  });
  map.getCanvas().addEventListener("mouseleave", () => {
    setHovered(undefined);
    latestProps.current.onCountryHover?.(undefined);
  });
  map.on("click", (event) => {
    const label = map.queryRenderedFeatures(event.point, { layers: BLOC_LABEL_LAYERS }).find(isSeenLabel);
    const blocId: unknown = label?.properties.blocId;
    if (typeof blocId === "string") {
      latestProps.current.onBlocLabelClick?.(blocId);
      return;
    }
    // A small country's dot is an explicit target and wins over a line ending on it.
    const dot = map.queryRenderedFeatures(event.point, { layers: [COUNTRY_POINT_LAYER] })[0];
    const dotIso3 = iso3Of(dot);
    if (dotIso3) {
      latestProps.current.onCountryClick?.(dotIso3);
      return;
    }
    // Lines are thin: a few pixels either side of the pointer still hit them. A dimmed line, all
    // but invisible beside a selection, does not take a click meant for the country under it.
    const { x, y } = event.point;
    const relation = map
      .queryRenderedFeatures(
        [
          [x - 3, y - 3],
          [x + 3, y + 3],
        ],
        { layers: RELATION_HIT_LAYERS },
      )
      .find((feature) => feature.state.emphasis !== EMPHASIS_LEVEL.dimmed);
    const relationId: unknown = relation?.properties.id;
    const relationKind: unknown = relation?.properties.kind;
    if (
      typeof relationId === "string" &&
      (relationKind === "agreement" || relationKind === "co-chairmanship")
    ) {
      latestProps.current.onRelationClick?.(relationKind, relationId);
      return;
    }
    const iso3 = countryAt(event);
    if (iso3) latestProps.current.onCountryClick?.(iso3);
  });
  for (const layer of BLOC_LABEL_LAYERS) {
    map.on("mousemove", layer, (event) => {
      if (event.features?.some(isSeenLabel)) map.getCanvas().style.cursor = "pointer";
    });
  }
  for (const layer of RELATION_HIT_LAYERS) {
    map.on("mousemove", layer, () => {
      map.getCanvas().style.cursor = "pointer";
    });
  }
}
