import { LabelHeap } from './min-heap.js';
import type { SearchSpace } from './search-space.js';

const EMPTY = new Uint8Array(0);

/**
 * Relative tolerance within which two costs count as equal (10⁻⁹): sums of the same legs in another
 * order, or of different legs that add up to the same figure (0.2 + 0.4 and 0.1 + 0.5), differ in the
 * last bits, and the tie rule, not rounding, must decide between such routes.
 */
export const COST_TOLERANCE = 1e-9;

/** True when two costs are equal within {@link COST_TOLERANCE}. */
export function sameCost(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= COST_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}
const NO_HEURISTIC = new Float64Array(0);

const searches = new WeakMap<SearchSpace, PathSearch>();

/**
 * A path found by {@link PathSearch}: arc ids from origin to destination, its total cost in the
 * weight's unit (summed leg by leg from the origin) and its number of legs.
 */
export interface ArcPath {
  readonly arcs: readonly number[];
  readonly cost: number;
  readonly hops: number;
}

/** Elements to leave out of one search on top of the search space's own constraints. */
export interface SearchBlocks {
  /** 1 marks a node the search may not enter. */
  readonly nodes?: Uint8Array;
  /** 1 marks an arc the search may not use. */
  readonly arcs?: Uint8Array;
}

/**
 * Label-setting shortest-path search over a {@link SearchSpace} (Dijkstra, or A* with a consistent
 * heuristic), reusing its buffers across calls (internal).
 *
 * Tie rule (the library's documented order of routes): a path is better when its cost is lower; at
 * equal cost (within a relative 10⁻⁹, so that floating-point rounding of the sums never decides), when
 * it has fewer legs; at equal legs, when its sequence of legs is smaller compared leg by leg by link id
 * (code-unit order), then forward before reverse. Labels are ordered the same way, which is monotone
 * under extension, so the search returns the best path under this rule. The heap pops by (f, g, legs),
 * so every predecessor on a tight path settles before the node it leads to, and ties are compared
 * before a node settles.
 */
export class PathSearch {
  private readonly stamp: Int32Array;
  private readonly settled: Int32Array;
  private readonly g: Float64Array;
  private readonly hops: Int32Array;
  private readonly pred: Int32Array;
  private readonly heap = new LabelHeap();
  private current = 0;
  /** Number of nodes settled by the last search (for benchmarks). */
  lastSettled = 0;

  /**
   * The search of a space, made once and reused: its buffers are O(nodes), and allocating them for
   * every query costs more than a short search on a large network. Safe because a search runs to
   * completion before the next begins (nothing here is asynchronous or re-entrant).
   */
  static of(space: SearchSpace): PathSearch {
    let search = searches.get(space);
    if (search === undefined) {
      search = new PathSearch(space);
      searches.set(space, search);
    }
    return search;
  }

  private constructor(private readonly space: SearchSpace) {
    const n = space.topology.nodeIds.length;
    this.stamp = new Int32Array(n);
    this.settled = new Int32Array(n);
    this.g = new Float64Array(n);
    this.hops = new Int32Array(n);
    this.pred = new Int32Array(n);
  }

  /**
   * The best path from `source` to `target` (node indices) under the tie rule, or `null`.
   *
   * @param startCost - cost already accumulated before `source` (Yen's root path), so that costs of
   *   spur paths are summed exactly as the whole path's cost would be.
   * @param startHops - legs already travelled before `source`.
   * @param heuristic - exact or lower-bound costs to `target` per node (A*); `Infinity` = cannot reach.
   */
  best(
    source: number,
    target: number,
    blocks: SearchBlocks = {},
    startCost = 0,
    startHops = 0,
    heuristicOrNothing?: Float64Array,
  ): ArcPath | null {
    const heuristic = heuristicOrNothing ?? NO_HEURISTIC;
    const { topology, nodeAllowed, arcAllowed, arcWeight } = this.space;
    const { outStart, arcHead } = topology;
    const blockedNodes = blocks.nodes ?? EMPTY;
    const blockedArcs = blocks.arcs ?? EMPTY;
    const hasBlockedNodes = blocks.nodes !== undefined;
    const hasBlockedArcs = blocks.arcs !== undefined;
    const hasHeuristic = heuristicOrNothing !== undefined;
    const { stamp, settled, g, hops, pred, heap } = this;
    if (this.current === 0x7fffffff) {
      // Stamps mark what this search touched; on (theoretical) wrap-around, forget every old mark.
      this.stamp.fill(0);
      this.settled.fill(0);
      this.current = 0;
    }
    const s = ++this.current;
    heap.clear();
    let settledCount = 0;

    stamp[source] = s;
    g[source] = startCost;
    hops[source] = startHops;
    pred[source] = -1;
    heap.push(startCost + (hasHeuristic ? heuristic[source]! : 0), startCost, startHops, source);
    while (heap.size > 0) {
      const u = heap.topNode;
      const gu = heap.topG;
      const hu = heap.topHops;
      heap.pop();
      if (settled[u] === s || gu !== g[u] || hu !== hops[u]) continue;
      settled[u] = s;
      settledCount += 1;
      if (u === target) break;
      const end = outStart[u + 1]!;
      for (let a = outStart[u]!; a < end; a++) {
        if (arcAllowed[a] === 0 || (hasBlockedArcs && blockedArcs[a] === 1)) continue;
        const v = arcHead[a]!;
        if (nodeAllowed[v] === 0 || settled[v] === s || (hasBlockedNodes && blockedNodes[v] === 1)) continue;
        const h = hasHeuristic ? heuristic[v]! : 0;
        if (h === Infinity) continue;
        const ng = gu + arcWeight[a]!;
        const nh = hu + 1;
        if (stamp[v] !== s) {
          stamp[v] = s;
        } else {
          const gv = g[v]!;
          if (!sameCost(ng, gv)) {
            if (ng > gv) continue;
          } else {
            const hv = hops[v]!;
            if (nh > hv) continue;
            if (nh === hv) {
              if (!this.candidateWins(a, v)) continue;
              pred[v] = a;
              // The winner's own sum becomes the label; a changed key needs a fresh heap entry.
              if (ng !== gv) {
                g[v] = ng;
                heap.push(ng + h, ng, nh, v);
              }
              continue;
            }
          }
        }
        g[v] = ng;
        hops[v] = nh;
        pred[v] = a;
        heap.push(ng + h, ng, nh, v);
      }
    }
    this.lastSettled = settledCount;
    if (stamp[target] !== s || settled[target] !== s) return null;
    const arcs: number[] = [];
    for (let v = target; v !== source; ) {
      const a = pred[v]!;
      arcs.push(a);
      v = topology.arcTail[a]!;
    }
    arcs.reverse();
    return { arcs, cost: g[target]!, hops: hops[target]! - startHops };
  }

  /**
   * With equal cost and legs, is the path (current path to tail of `arc`) + `arc` smaller leg by leg
   * than the current path to `v`? Walks both predecessor chains back until they meet; the last
   * difference seen is the first one from the start.
   */
  private candidateWins(arc: number, v: number): boolean {
    const { arcTail, arcOrderKey } = this.space.topology;
    const pred = this.pred;
    let x = arc;
    let y = pred[v]!;
    let decision = 0;
    for (;;) {
      if (x === y) break;
      const kx = arcOrderKey[x]!;
      const ky = arcOrderKey[y]!;
      if (kx !== ky) decision = kx < ky ? -1 : 1;
      const tx = arcTail[x]!;
      const ty = arcTail[y]!;
      if (tx === ty) break;
      x = pred[tx]!;
      y = pred[ty]!;
      if (x < 0 || y < 0) break;
    }
    return decision < 0;
  }

  /**
   * Exact costs from every node to `target` under the space's constraints (reverse Dijkstra), for use
   * as an A* heuristic: `Infinity` where `target` cannot be reached.
   */
  costsTo(target: number): Float64Array {
    const { topology, nodeAllowed, arcAllowed, arcWeight } = this.space;
    const { inStart, inArcs, arcTail } = topology;
    const n = topology.nodeIds.length;
    const dist = new Float64Array(n).fill(Infinity);
    const done = new Uint8Array(n);
    const heap = this.heap;
    heap.clear();
    dist[target] = 0;
    heap.push(0, 0, 0, target);
    while (heap.size > 0) {
      const v = heap.topNode;
      const dv = heap.topG;
      heap.pop();
      if (done[v] === 1 || dv !== dist[v]) continue;
      done[v] = 1;
      const end = inStart[v + 1]!;
      for (let i = inStart[v]!; i < end; i++) {
        const a = inArcs[i]!;
        if (arcAllowed[a] === 0) continue;
        const u = arcTail[a]!;
        if (nodeAllowed[u] === 0 || done[u] === 1) continue;
        const nd = arcWeight[a]! + dv;
        if (nd < dist[u]!) {
          dist[u] = nd;
          heap.push(nd, nd, 0, u);
        }
      }
    }
    return dist;
  }
}
