/**
 * Runs inside MapLibre's workers (loaded with importScriptInWorkers): serves `topojson://<url>` by
 * fetching the TopoJSON and turning its first object into GeoJSON there, off the main thread.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { AddProtocolAction, WorkerGlobalScopeInterface } from "maplibre-gl";
import { TOPOJSON_PROTOCOL, fetchUrlOf } from "./topojson-url";

const scope = self as unknown as WorkerGlobalScopeInterface;

const loadTopoJson: AddProtocolAction = async (params, abortController) => {
  const url = fetchUrlOf(params.url, self.location.href);
  const response = await fetch(url, { signal: abortController.signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology;
  const [name] = Object.keys(topology.objects);
  const object = name === undefined ? undefined : topology.objects[name];
  if (!object) throw new Error(`${url}: the topology has no object`);
  return { data: feature(topology, object as GeometryCollection) };
};

scope.addProtocol(TOPOJSON_PROTOCOL, loadTopoJson);
