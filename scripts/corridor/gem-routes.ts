/**
 * Pipeline route geometries from Global Energy Monitor's GOIT-GGIT pipeline routes, for the build script
 * only.
 *
 * The files are the snapshot kept in `shared/data/gem-pipeline-routes/` (one GeoJSON per GEM project
 * id; GitHub `GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes`, commit 6bfab45, `data/individual-routes/`;
 * Global Energy Monitor, Global Oil Infrastructure Tracker / Global Gas Infrastructure Tracker,
 * CC BY 4.0; the TANAP and TAP files are OpenStreetMap pieces, ODbL). They are read at build time; the
 * generated dataset carries the resulting line, not the files.
 *
 * Three ways to turn a file into the line of a link, all oriented from the link's `from` node to its
 * `to` node:
 * - {@link cutLine}: the file's segments joined end to start (they must touch), then cut between the
 *   points of the line nearest to the two nodes (nearest point on a segment, not only on a vertex);
 * - {@link assemblePieces}: for files made of many OpenStreetMap pieces, a graph of every vertex, with
 *   each piece's end points snapped to the nearest vertex of another piece within a small tolerance,
 *   and the shortest path (graphology-shortest-path, bidirectional Dijkstra) between the vertices
 *   nearest to the two nodes; pieces off that path (branches, parallel lines, other pipelines) are left
 *   out;
 * - then {@link withConnectors}: a straight connector from each node to the line's end when the line
 *   stops more than {@link CONNECTOR_MIN_KM} short of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { greatCircleKm } from '../../src/geo/great-circle.js';
import type { LonLat } from '../../src/model/position.js';

/** Lines ending more than this far from their node (km) are joined to it by a straight connector. */
export const CONNECTOR_MIN_KM = 0.5;

/** Piece end points closer than this (km) to a vertex of another piece are joined to it. */
export const SNAP_KM = 1;

/** A GEM route file read as a list of LineString parts in file order (MultiLineStrings flattened). */
export interface GemRoute {
  readonly projectId: string;
  readonly parts: readonly (readonly LonLat[])[];
}

/**
 * Path of the committed extract of GEM route files that the shared snapshot lacks (written by
 * `scripts/extract-gem-routes.ts`).
 */
export const EXTRACT_PATH = fileURLToPath(new URL('./gem-routes-extract.json', import.meta.url));

/** Where the extract comes from, written into it (repository, commit, folder, licence, attribution). */
export const GEM_EXTRACT_SOURCE =
  'Derived extract (lines only, coordinates rounded to 5 decimals) of GitHub GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes, commit 6bfab45c1759ae3b4d6fd9f1a1171ebbf0002086, data/individual-routes/; Global Energy Monitor, Global Oil Infrastructure Tracker / Global Gas Infrastructure Tracker, CC BY 4.0.';

/** The extract file: its source statement and each project's lines (LineString parts in file order). */
export interface GemExtract {
  readonly source: string;
  readonly routes: Readonly<Record<string, number[][][]>>;
}

let extract: GemExtract | undefined;

/**
 * Reads `<dir>/<projectId>.geojson` (the shared snapshot); a project missing there is read from the
 * committed extract ({@link EXTRACT_PATH}). Throws when neither has it.
 */
export function loadGemRoute(dir: string, projectId: string): GemRoute {
  const file = path.join(dir, `${projectId}.geojson`);
  if (!existsSync(file)) {
    extract ??= JSON.parse(readFileSync(EXTRACT_PATH, 'utf8')) as GemExtract;
    const parts = extract.routes[projectId];
    if (parts === undefined) throw new Error(`loadGemRoute: ${projectId} is neither in ${dir} nor in ${EXTRACT_PATH} (run scripts/extract-gem-routes.ts)`);
    return { projectId, parts: parts.map((line) => line.map((p) => [p[0] as number, p[1] as number] as const)) };
  }
  const document = JSON.parse(readFileSync(file, 'utf8')) as { features?: { geometry?: { type?: string; coordinates?: unknown } }[] };
  if (!Array.isArray(document.features)) throw new Error(`loadGemRoute: ${file} is not a FeatureCollection`);
  const parts: LonLat[][] = [];
  for (const feature of document.features) {
    const geometry = feature.geometry;
    const lines =
      geometry?.type === 'LineString'
        ? [geometry.coordinates as number[][]]
        : geometry?.type === 'MultiLineString'
          ? (geometry.coordinates as number[][][])
          : [];
    for (const line of lines) parts.push(line.map((p) => [p[0] as number, p[1] as number] as const));
  }
  if (parts.length === 0) throw new Error(`loadGemRoute: ${file} has no lines`);
  return { projectId, parts };
}

/** Where a point projects on a line: segment `index` (from vertex `index` to `index + 1`), fraction `t`. */
export interface LinePoint {
  readonly index: number;
  readonly t: number;
  readonly lonLat: LonLat;
  /** Distance from the point to the line, km. */
  readonly km: number;
}

/**
 * The point of `line` nearest to `point`. Each segment is projected in a local equirectangular frame
 * centred on `point` (exact enough for choosing the nearest segment and placing the cut); the distance
 * is then measured by great circle. Ties: the first segment.
 */
export function nearestPointOnLine(line: readonly LonLat[], point: LonLat): LinePoint {
  const cos = Math.cos((point[1] * Math.PI) / 180);
  let best: LinePoint | undefined;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as LonLat;
    const b = line[i + 1] as LonLat;
    const ax = (a[0] - point[0]) * cos;
    const ay = a[1] - point[1];
    const dx = (b[0] - a[0]) * cos;
    const dy = b[1] - a[1];
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
    const lonLat: LonLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    const km = greatCircleKm(point, lonLat);
    if (best === undefined || km < best.km) best = { index: i, t, lonLat, km };
  }
  if (best === undefined) throw new Error('nearestPointOnLine: the line needs at least two positions');
  return best;
}

/** The part of `line` between two points on it, oriented from `start` to `end`. */
export function sliceLine(line: readonly LonLat[], start: LinePoint, end: LinePoint): LonLat[] {
  const forward = start.index < end.index || (start.index === end.index && start.t <= end.t);
  const [a, b] = forward ? [start, end] : [end, start];
  const out: LonLat[] = [a.lonLat];
  for (let i = a.index + 1; i <= b.index; i++) out.push(line[i] as LonLat);
  out.push(b.lonLat);
  const deduplicated = dropRepeats(out);
  return forward ? deduplicated : deduplicated.reverse();
}

/**
 * Joins the parts of a route end to start, in file order; consecutive parts must touch (their facing
 * ends within `toleranceKm`), else an error is thrown.
 */
export function joinParts(route: GemRoute, toleranceKm = 0.05): LonLat[] {
  const out: LonLat[] = [...(route.parts[0] as readonly LonLat[])];
  for (const part of route.parts.slice(1)) {
    const gap = greatCircleKm(out[out.length - 1] as LonLat, part[0] as LonLat);
    if (gap > toleranceKm) throw new Error(`joinParts: ${route.projectId}: parts do not touch (gap ${gap.toFixed(3)} km)`);
    out.push(...part.slice(1));
  }
  return dropRepeats(out);
}

/** What {@link cutLine} returns. */
export interface CutLine {
  readonly line: LonLat[];
  /** Distance from the from-node to the line, km. */
  readonly fromKm: number;
  /** Distance from the to-node to the line, km. */
  readonly toKm: number;
  /** Length of the joined route before the cut, km (great-circle segments). */
  readonly wholeKm: number;
}

/** The route's joined line, cut between its points nearest to `from` and `to`, oriented from → to. */
export function cutLine(route: GemRoute, from: LonLat, to: LonLat): CutLine {
  const whole = joinParts(route);
  const start = nearestPointOnLine(whole, from);
  const end = nearestPointOnLine(whole, to);
  return { line: sliceLine(whole, start, end), fromKm: start.km, toKm: end.km, wholeKm: polylineKm(whole) };
}

/** What {@link assemblePieces} returns. */
export interface AssembledLine {
  readonly line: LonLat[];
  /** Distance from the from-node to the nearest vertex of any piece, km. */
  readonly fromKm: number;
  /** Distance from the to-node to the nearest vertex of any piece, km. */
  readonly toKm: number;
  /** Number of pieces in the file. */
  readonly pieceCount: number;
  /** Indices (file order) of the pieces the path runs along. */
  readonly usedPieces: readonly number[];
  /** Total length of the pieces left out, km. */
  readonly unusedKm: number;
  /** Total length of all pieces, km. */
  readonly allKm: number;
  /** Snap joins (between a piece end and a vertex of another piece) on the path: count and total km. */
  readonly snaps: { readonly count: number; readonly km: number };
}

interface PieceEdge {
  weight: number;
  /** The piece the edge belongs to, or -1 for a snap join. */
  piece: number;
}

/**
 * One continuous line from `from` to `to` through a route made of many pieces (see the module comment).
 * Vertices with identical coordinates (1e-7°) are one graph node; consecutive vertices of a piece are
 * joined by an edge weighted with its great-circle length; each piece end is also joined to the nearest
 * vertex of another piece when it lies within `snapKm` (a snap join, weighted by its length). Throws when
 * no path joins the vertices nearest to `from` and `to`.
 */
export function assemblePieces(route: GemRoute, from: LonLat, to: LonLat, snapKm = SNAP_KM): AssembledLine {
  const graph = new UndirectedGraph<{ lonLat: LonLat }, PieceEdge>();
  const keyOf = (p: LonLat): string => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
  const addEdge = (a: string, b: string, weight: number, piece: number): void => {
    if (a === b) return;
    const existing = graph.edge(a, b);
    if (existing === undefined) graph.addEdge(a, b, { weight, piece });
    else if (weight < graph.getEdgeAttribute(existing, 'weight')) graph.replaceEdgeAttributes(existing, { weight, piece });
  };
  route.parts.forEach((part, piece) => {
    part.forEach((p, i) => {
      const key = keyOf(p);
      if (!graph.hasNode(key)) graph.addNode(key, { lonLat: p });
      if (i > 0) addEdge(keyOf(part[i - 1] as LonLat), key, greatCircleKm(part[i - 1] as LonLat, p), piece);
    });
  });
  route.parts.forEach((part, piece) => {
    for (const end of [part[0] as LonLat, part[part.length - 1] as LonLat]) {
      let best: LonLat | undefined;
      let bestKm = Infinity;
      route.parts.forEach((other, j) => {
        if (j === piece) return;
        for (const v of other) {
          const km = greatCircleKm(end, v);
          if (km < bestKm) {
            bestKm = km;
            best = v;
          }
        }
      });
      if (best !== undefined && bestKm > 0 && bestKm <= snapKm) addEdge(keyOf(end), keyOf(best), bestKm, -1);
    }
  });
  const nearest = (point: LonLat): { key: string; km: number } => {
    let bestKey = '';
    let bestKm = Infinity;
    graph.forEachNode((key, attributes) => {
      const km = greatCircleKm(point, attributes.lonLat);
      if (km < bestKm || (km === bestKm && key < bestKey)) {
        bestKm = km;
        bestKey = key;
      }
    });
    return { key: bestKey, km: bestKm };
  };
  const a = nearest(from);
  const b = nearest(to);
  const keys = dijkstra.bidirectional(graph, a.key, b.key, 'weight') as string[] | null;
  if (keys === null) throw new Error(`assemblePieces: ${route.projectId}: no path joins the pieces nearest to the two ends`);
  const used = new Set<number>();
  let snapCount = 0;
  let snapKmTotal = 0;
  for (let i = 1; i < keys.length; i++) {
    const edge = graph.getEdgeAttributes(graph.edge(keys[i - 1], keys[i]) as string);
    if (edge.piece === -1) {
      snapCount++;
      snapKmTotal += edge.weight;
    } else {
      used.add(edge.piece);
    }
  }
  const pieceKm = route.parts.map((part) => polylineKm(part));
  const allKm = pieceKm.reduce((s, x) => s + x, 0);
  const unusedKm = pieceKm.reduce((s, x, i) => (used.has(i) ? s : s + x), 0);
  return {
    line: dropRepeats(keys.map((key) => graph.getNodeAttribute(key, 'lonLat'))),
    fromKm: a.km,
    toKm: b.km,
    pieceCount: route.parts.length,
    usedPieces: [...used].sort((x, y) => x - y),
    unusedKm,
    allKm,
    snaps: { count: snapCount, km: snapKmTotal },
  };
}

/** What {@link withConnectors} returns: the line and the lengths of the connectors added (0 if none). */
export interface ConnectedLine {
  readonly line: LonLat[];
  readonly fromConnectorKm: number;
  readonly toConnectorKm: number;
}

/** Prepends `from` and appends `to` when the line ends more than {@link CONNECTOR_MIN_KM} from them. */
export function withConnectors(line: readonly LonLat[], from: LonLat, to: LonLat): ConnectedLine {
  const out = [...line];
  const fromKm = greatCircleKm(from, out[0] as LonLat);
  const toKm = greatCircleKm(to, out[out.length - 1] as LonLat);
  if (fromKm > CONNECTOR_MIN_KM) out.unshift(from);
  if (toKm > CONNECTOR_MIN_KM) out.push(to);
  return { line: out, fromConnectorKm: fromKm > CONNECTOR_MIN_KM ? fromKm : 0, toConnectorKm: toKm > CONNECTOR_MIN_KM ? toKm : 0 };
}

/** Length of a polyline, km (sum of great-circle segment lengths). */
export function polylineKm(line: readonly LonLat[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i++) km += greatCircleKm(line[i - 1] as LonLat, line[i] as LonLat);
  return km;
}

function dropRepeats(line: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** One file of a chain ({@link chainRoutes}): the route and how to take the line from it. */
export interface ChainInput {
  readonly route: GemRoute;
  /** `cut` ({@link cutLine}) or `pieces` ({@link assemblePieces}). */
  readonly method: 'cut' | 'pieces';
}

/** The part one file contributes to a chained line. */
export interface ChainPart {
  readonly projectId: string;
  /** Length of the part taken from the file, km. */
  readonly km: number;
  /** Gap from the previous part's end (or the from-node) to this part's start, km (a straight connector when over {@link CONNECTOR_MIN_KM}). */
  readonly gapBeforeKm: number;
}

/** What {@link chainRoutes} returns. */
export interface ChainedLine {
  /** The whole line from the first part's start to the last part's end (no end connectors yet). */
  readonly line: LonLat[];
  readonly parts: readonly ChainPart[];
}

/**
 * One line from `from` to `to` through several route files taken in order (e.g. the sections of a
 * trunk line that GEM keeps as separate projects). Where file `i` meets file `i + 1` is the point of
 * file `i`'s lines nearest to any vertex of file `i + 1` (ties: the first); each file is then cut (or
 * its pieces assembled) between where it is entered and where it is left, and consecutive parts are
 * joined end to start, by a straight connector where they do not touch. Oriented from → to.
 */
export function chainRoutes(inputs: readonly ChainInput[], from: LonLat, to: LonLat): ChainedLine {
  if (inputs.length === 0) throw new Error('chainRoutes: no route files');
  const linesOf = (input: ChainInput): readonly (readonly LonLat[])[] => (input.method === 'cut' ? [joinParts(input.route)] : input.route.parts);
  const junctions: LonLat[] = [];
  for (let i = 0; i + 1 < inputs.length; i++) {
    let best: LinePoint | undefined;
    for (const next of linesOf(inputs[i + 1] as ChainInput)) {
      for (const v of next) {
        for (const line of linesOf(inputs[i] as ChainInput)) {
          if (line.length < 2) continue;
          const p = nearestPointOnLine(line, v);
          if (best === undefined || p.km < best.km) best = p;
        }
      }
    }
    if (best === undefined) throw new Error(`chainRoutes: ${inputs[i]?.route.projectId} has no segment`);
    junctions.push(best.lonLat);
  }
  const line: LonLat[] = [];
  const parts: ChainPart[] = [];
  inputs.forEach((input, i) => {
    const entry = i === 0 ? from : (junctions[i - 1] as LonLat);
    const exit = i === inputs.length - 1 ? to : (junctions[i] as LonLat);
    const piece = input.method === 'cut' ? cutLine(input.route, entry, exit).line : assemblePieces(input.route, entry, exit).line;
    const last = line[line.length - 1];
    const gapBeforeKm = last === undefined ? greatCircleKm(from, piece[0] as LonLat) : greatCircleKm(last, piece[0] as LonLat);
    for (const p of piece) {
      const previous = line[line.length - 1];
      if (previous === undefined || previous[0] !== p[0] || previous[1] !== p[1]) line.push(p);
    }
    parts.push({ projectId: input.route.projectId, km: polylineKm(piece), gapBeforeKm });
  });
  return { line, parts };
}
