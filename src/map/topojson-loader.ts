import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { AddProtocolAction } from "maplibre-gl";
import { fetchUrlOf } from "./topojson-url";

/** Serves a `topojson://` URL: fetches the TopoJSON and turns its first object into GeoJSON. */
export const loadTopoJson: AddProtocolAction = async (params, abortController) => {
  const url = fetchUrlOf(params.url, self.location.href);
  const response = await fetch(url, { signal: abortController.signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology;
  const [name] = Object.keys(topology.objects);
  const object = name === undefined ? undefined : topology.objects[name];
  if (!object) throw new Error(`${url}: the topology has no object`);
  return { data: feature(topology, object as GeometryCollection) };
};
