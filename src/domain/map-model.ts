/**
 * What the map is asked to show and what it reports, as plain data. The store derives these and
 * MapView draws them; neither needs the other's code to agree on them.
 */

/** Room, in CSS pixels, that the camera leaves at each edge of the map when it frames something. */
export type MapPadding = { top: number; right: number; bottom: number; left: number };

/** Countries to colour: members strongly, observers and partners lightly. */
export type CountryHighlight = {
  readonly members: readonly string[];
  readonly associates: readonly string[];
};

/** A camera move the app asks for; a new `key` asks again even for the same bounds. */
export type CameraRequest = {
  readonly key: string;
  /** [west, south, east, north] with east past 180 where the box crosses the antimeridian. */
  readonly bounds: readonly [number, number, number, number];
  /**
   * [south, north] of the countries' anchor points: the latitudes kept in view when the bounds are
   * taller than the map can show at a zoom where the world still fills its width.
   */
  readonly anchorLatitudes?: readonly [number, number];
  /**
   * [west, east] of the countries' anchor points, east past 180 across the antimeridian: the
   * longitudes kept in view when the bounds are wider than the map can show at that zoom.
   */
  readonly anchorArc?: readonly [number, number];
};

export type BlocLabel = {
  readonly blocId: string;
  readonly label: string;
  readonly position: readonly [number, number];
  /** Lower ranks win a place first when labels collide. */
  readonly rank: number;
};

/** An agreement or co-chairmanship to draw: lines between its parties, or a point for one party. */
export type RelationFeature = {
  readonly id: string;
  readonly kind: "agreement" | "co-chairmanship";
  /** Colour key: the agreement type, or "co-chairmanship". */
  readonly type: string;
  /** Dash key: "in-effect", "in-progress" or "proposed". */
  readonly group: string;
  readonly lines: readonly (readonly (readonly [number, number])[])[];
  readonly point: readonly [number, number] | undefined;
  /**
   * For a point: how many rings at the same place come before it (0 or absent: the first). The map
   * draws each a ring wider than the one before, so rings at one place are seen apart.
   */
  readonly ring?: number;
};

export type CountryHover = { readonly iso3: string; readonly x: number; readonly y: number };
