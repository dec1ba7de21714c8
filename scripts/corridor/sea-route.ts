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
 * connectors. Segments listed in {@link CLOSED_SEGMENTS} (the Corinth Canal) are left out. The result also carries the path walked (connectors included), which the build script
 * uses as the sea link's geometry, so that the geometry and the computed distance agree.
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
  /**
   * The path walked, `[lon, lat]`: the origin, the network vertices in order, the destination (an end
   * is not repeated when it coincides with its vertex). Its great-circle length is `km`.
   */
  readonly coordinates: readonly LonLat[];
}

/**
 * A lane of the network left out of the search, given by the end vertices of one of its segments (exact
 * coordinates as in the file; either order), with the reason.
 */
export interface ClosedSegment {
  readonly name: string;
  readonly from: LonLat;
  readonly to: LonLat;
  readonly reason: string;
}

/**
 * Segments left out by default. The MARNET subset crosses the Isthmus of Corinth through the Corinth
 * Canal (an untagged lane); the canal (about 25 m wide and 8 m deep) takes only small ships, none of the
 * tankers, ferries and container ships of this dataset's sea links. With it, the shortest paths from the
 * Aegean to the Adriatic ran across the Greek mainland and were too short (Dardanelles–Trieste by about
 * 190 km, Ceyhan–Trieste by about 80 km); without it they round the Peloponnese.
 */
export const CLOSED_SEGMENTS: readonly ClosedSegment[] = [
  {
    name: 'Corinth Canal',
    from: [23.020113, 37.909026],
    to: [22.947178, 37.960508],
    reason: 'too small for the tankers and cargo ships of these routes',
  },
];

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

  /** The segments left out of the search (all of them were found in the network). */
  readonly closedSegments: readonly ClosedSegment[];

  /**
   * @param geojson - the MARNET subset (a FeatureCollection of LineStrings).
   * @param closedSegments - segments to leave out (default {@link CLOSED_SEGMENTS}); each must occur in
   *   the network, else an error is thrown (so that a changed network file is noticed).
   */
  constructor(geojson: unknown, closedSegments: readonly ClosedSegment[] = CLOSED_SEGMENTS) {
    this.graph = new MultiUndirectedGraph();
    this.closedSegments = closedSegments;
    const closed = new Set(closedSegments.flatMap((c) => [`${vertexKey(c.from)}|${vertexKey(c.to)}`, `${vertexKey(c.to)}|${vertexKey(c.from)}`]));
    const found = new Set<string>();
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
          if (closed.has(`${previous}|${key}`)) {
            found.add(`${previous}|${key}`);
            found.add(`${key}|${previous}`);
          } else {
            const from = this.graph.getNodeAttribute(previous, 'lonLat');
            this.graph.addEdge(previous, key, { weight: greatCircleKm(from, lonLat), passage });
          }
        }
        previous = key;
      }
    }
    for (const c of closedSegments) {
      if (!found.has(`${vertexKey(c.from)}|${vertexKey(c.to)}`)) throw new Error(`SeaNetwork: closed segment "${c.name}" is not in the network`);
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
      return { km: a.km + b.km, fromConnectorKm: a.km, toConnectorKm: b.km, vertexCount: 1, passages: [], coordinates: pathCoordinates(from, [a.lonLat], to) };
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
    const vertices = path.map((key) => this.graph.getNodeAttribute(key, 'lonLat'));
    return { km, fromConnectorKm: a.km, toConnectorKm: b.km, vertexCount: path.length, passages: [...passages].sort(), coordinates: pathCoordinates(from, vertices, to) };
  }
}

/** `[from, ...vertices, to]`, without repeating an end that coincides with its vertex. */
function pathCoordinates(from: LonLat, vertices: readonly LonLat[], to: LonLat): LonLat[] {
  const out: LonLat[] = [];
  for (const p of [from, ...vertices, to]) {
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function vertexKey(lonLat: LonLat): string {
  return `${lonLat[0].toFixed(6)},${lonLat[1].toFixed(6)}`;
}

/** Reads the MARNET subset GeoJSON at `path` and builds a {@link SeaNetwork}. */
export function loadSeaNetwork(path: string): SeaNetwork {
  return new SeaNetwork(JSON.parse(readFileSync(path, 'utf8')));
}
