/**
 * Sea-route distances over the searoute/MARNET maritime network, for the build script only.
 *
 * The network is the subset of the `searoute` Python package's MARNET graph kept in
 * `shared/data/searoute-subset/marnet-subset.geojson` (genthalili/searoute-py, Apache-2.0, itself derived
 * from Eurostat's MARNET). It is read at build time; the generated dataset only carries the resulting
 * numbers, never the network.
 *
 * Method: every LineString vertex becomes a graph node (vertices with the same coordinates, rounded to
 * 1e-6 degrees, are one node, so edges that share an end point are joined); consecutive vertices are
 * joined by an edge weighted with its great-circle length in km (`greatCircleKm`, haversine with Turf's
 * mean Earth radius). A port is joined to its nearest network vertex by a straight connector, and the
 * distance is a weighted bidirectional Dijkstra search between the two connector vertices plus both
 * connectors.
 */
import { readFileSync } from 'node:fs';
import { MultiUndirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { greatCircleKm } from '../../src/geo/great-circle.js';
import type { LonLat } from '../../src/model/position.js';

/** One sea-route computation: the distance and how it was obtained. */
export interface SeaRouteResult {
  /** Total length in km (connectors included), not rounded. */
  readonly km: number;
  /** Length of the connector from the origin to its nearest network vertex, km. */
  readonly fromConnectorKm: number;
  /** Length of the connector from the destination to its nearest network vertex, km. */
  readonly toConnectorKm: number;
  /** Number of network vertices on the path. */
  readonly vertexCount: number;
  /** Names of the MARNET `passage` edges used (e.g. `bosporus`), sorted. */
  readonly passages: readonly string[];
}

interface Vertex {
  readonly key: string;
  readonly lonLat: LonLat;
}

interface EdgeAttributes {
  weight: number;
  passage: string | null;
}

/** A searchable MARNET graph; build it once with {@link loadSeaNetwork}. */
export class SeaNetwork {
  private readonly graph: MultiUndirectedGraph<{ lonLat: LonLat }, EdgeAttributes>;
  private readonly vertices: readonly Vertex[];

  constructor(geojson: unknown) {
    this.graph = new MultiUndirectedGraph();
    const vertices: Vertex[] = [];
    const features = (geojson as { features?: unknown }).features;
    if (!Array.isArray(features)) throw new Error('SeaNetwork: expected a GeoJSON FeatureCollection');
    for (const feature of features as { geometry?: { type?: string; coordinates?: number[][] }; properties?: { passage?: string } }[]) {
      const geometry = feature.geometry;
      if (geometry?.type !== 'LineString' || !Array.isArray(geometry.coordinates)) continue;
      const passage = typeof feature.properties?.passage === 'string' ? feature.properties.passage : null;
      let previous: string | null = null;
      for (const position of geometry.coordinates) {
        const lonLat: LonLat = [position[0] as number, position[1] as number];
        const key = vertexKey(lonLat);
        if (!this.graph.hasNode(key)) {
          this.graph.addNode(key, { lonLat });
          vertices.push({ key, lonLat });
        }
        if (previous !== null && previous !== key) {
          const from = this.graph.getNodeAttribute(previous, 'lonLat');
          this.graph.addEdge(previous, key, { weight: greatCircleKm(from, lonLat), passage });
        }
        previous = key;
      }
    }
    this.vertices = vertices;
  }

  /** The nearest network vertex to `lonLat` and its distance in km (ties: first vertex in file order). */
  nearestVertex(lonLat: LonLat): { key: string; lonLat: LonLat; km: number } {
    let best: Vertex | undefined;
    let bestKm = Infinity;
    for (const vertex of this.vertices) {
      const km = greatCircleKm(lonLat, vertex.lonLat);
      if (km < bestKm) {
        best = vertex;
        bestKm = km;
      }
    }
    if (best === undefined) throw new Error('SeaNetwork.nearestVertex: the network has no vertices');
    return { key: best.key, lonLat: best.lonLat, km: bestKm };
  }

  /**
   * The sea-route distance between two points (km), or `null` when the network joins no path between
   * their nearest vertices.
   */
  distance(from: LonLat, to: LonLat): SeaRouteResult | null {
    const a = this.nearestVertex(from);
    const b = this.nearestVertex(to);
    if (a.key === b.key) {
      return { km: a.km + b.km, fromConnectorKm: a.km, toConnectorKm: b.km, vertexCount: 1, passages: [] };
    }
    const path = dijkstra.bidirectional(this.graph, a.key, b.key, 'weight') as string[] | null;
    if (path === null) return null;
    let km = a.km + b.km;
    const passages = new Set<string>();
    for (let i = 1; i < path.length; i++) {
      // On a multigraph the search result is a node list: take the lightest edge of each hop.
      let hopKm = Infinity;
      let hopPassage: string | null = null;
      for (const edge of this.graph.edges(path[i - 1] as string, path[i] as string)) {
        const attributes = this.graph.getEdgeAttributes(edge);
        if (attributes.weight < hopKm) {
          hopKm = attributes.weight;
          hopPassage = attributes.passage;
        }
      }
      km += hopKm;
      if (hopPassage !== null) passages.add(hopPassage);
    }
    return { km, fromConnectorKm: a.km, toConnectorKm: b.km, vertexCount: path.length, passages: [...passages].sort() };
  }
}

function vertexKey(lonLat: LonLat): string {
  return `${lonLat[0].toFixed(6)},${lonLat[1].toFixed(6)}`;
}

/** Reads the MARNET subset GeoJSON at `path` and builds a {@link SeaNetwork}. */
export function loadSeaNetwork(path: string): SeaNetwork {
  return new SeaNetwork(JSON.parse(readFileSync(path, 'utf8')));
}
