import { LabelHeap } from './min-heap.js';
import type { SearchSpace } from './search-space.js';

const EMPTY = new Uint8Array(0);
const NO_HEURISTIC = new Float64Array(0);
const EPSILON = 2 ** -52;

/**
 * True when two route costs are equal up to floating-point rounding: they differ by at most what
 * summing their terms (one per leg and one per node passed) can round, 4 ulps per term of the larger.
 * Sums of the same legs in another order, or of different legs that add up to the same figure
 * (0.2 + 0.4 and 0.1 + 0.5), are equal; a real difference, however small (10 against 10.000000009), is
 * not, so near-equal steps never add up to a wrong order. `terms` is the larger number of legs.
 */
export function sameCost(a: number, b: number, terms: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= 4 * EPSILON * (2 * terms + 2) * scale;
}

/**
 * A path found by {@link PathSearch}: arc ids from the search's source onward, its total cost in the
 * weight's unit (summed leg by leg from the origin, with what the nodes charge) and its number of legs
 * from the source.
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

const searches = new WeakMap<SearchSpace, PathSearch>();

/**
 * Label-setting shortest-path search over a {@link SearchSpace} (Dijkstra, or A* with a consistent
 * heuristic), reusing its buffers across calls (internal).
 *
 * Labels ("states") are nodes when nothing is charged at the nodes. Otherwise ("arc mode") the state
 * of a route standing at a node that can charge (`Topology.nodeTransfer`) is the arc it arrived by,
 * since such a node charges by the arriving and the leaving link (a change of mode or gauge); at any
 * other node the state is the node itself (the same as the start state there), so that the search is
 * no larger than it needs to be; plus one state for the target. In arc mode a route never leaves a
 * node by the link it arrived on (a U-turn), and it may in principle pass a node twice (to change
 * mode or gauge where it is cheaper); callers check paths for loops.
 *
 * Tie rule (the library's documented order of routes): a path is better when its cost is lower; at
 * equal cost (see {@link sameCost}), when it has fewer legs; at equal legs, when its sequence of legs
 * is smaller compared leg by leg by link id (code-unit order), then forward before reverse. Labels are
 * ordered the same way, which is monotone under extension of a state, so the search returns the best
 * path under this rule.
 */
export class PathSearch {
  private readonly stamp: Int32Array;
  private readonly settled: Int32Array;
  private readonly g: Float64Array;
  private readonly hops: Int32Array;
  /** Arc by which each state was reached (−1 for a start state). */
  private readonly predArc: Int32Array;
  /** State each state was reached from (−1 for a start state). */
  private readonly predState: Int32Array;
  private readonly heap = new LabelHeap();
  private current = 0;
  /** Number of states: nodes (node mode), or arcs + start states + the target state (arc mode). */
  readonly stateCount: number;
  private readonly arcMode: boolean;

  /**
   * The search of a space, made once and reused: its buffers are O(states), and allocating them for
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
    const { topology } = space;
    this.arcMode = space.stateMode === 'arc';
    this.stateCount = this.arcMode ? topology.arcCount + topology.nodeIds.length + 1 : topology.nodeIds.length;
    const n = this.stateCount;
    this.stamp = new Int32Array(n);
    this.settled = new Int32Array(n);
    this.g = new Float64Array(n);
    this.hops = new Int32Array(n);
    this.predArc = new Int32Array(n);
    this.predState = new Int32Array(n);
  }

  /** The state of a route standing at `node` before its first leg. */
  startState(node: number): number {
    return this.arcMode ? this.space.topology.arcCount + node : node;
  }

  /** The state of a route that has just travelled `arc` (its head node is where it stands). */
  stateAfter(arc: number): number {
    const { arcHead, nodeTransfer, arcCount } = this.space.topology;
    const v = arcHead[arc]!;
    if (!this.arcMode) return v;
    return nodeTransfer[v] === 1 ? arc : arcCount + v;
  }

  /** The target state (arc mode), where every arc into the target leads. */
  private get targetState(): number {
    return this.stateCount - 1;
  }

  /** The node a state stands at. */
  nodeOf(state: number): number {
    if (!this.arcMode) return state;
    const { topology } = this.space;
    return state < topology.arcCount ? topology.arcHead[state]! : state - topology.arcCount;
  }

  /**
   * The best path from `source` (a state: {@link startState} or {@link stateAfter}) to the node
   * `target` under the tie rule, or `null`.
   *
   * @param startCost - cost already accumulated before `source` (Yen's root path), so that costs of
   *   spur paths are summed exactly as the whole path's cost would be.
   * @param startHops - legs already travelled before `source`.
   * @param heuristic - lower bounds of the cost to `target` per state (A*; see {@link costsTo});
   *   `Infinity` = cannot reach.
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
    const { topology, nodeAllowed, arcAllowed, arcWeight, transfers } = this.space;
    const { outStart, arcHead, arcLink, arcCount, nodeTransfer } = topology;
    const arcMode = this.arcMode;
    const blockedNodes = blocks.nodes ?? EMPTY;
    const blockedArcs = blocks.arcs ?? EMPTY;
    const hasBlockedNodes = blocks.nodes !== undefined;
    const hasBlockedArcs = blocks.arcs !== undefined;
    const hasHeuristic = heuristicOrNothing !== undefined;
    const { stamp, settled, g, hops, predArc, predState, heap } = this;
    if (this.current === 0x7fffffff) {
      // Stamps mark what this search touched; on (theoretical) wrap-around, forget every old mark.
      this.stamp.fill(0);
      this.settled.fill(0);
      this.current = 0;
    }
    const s = ++this.current;
    heap.clear();
    const goal = arcMode ? this.targetState : target;
    if (this.nodeOf(source) === target) return null;

    stamp[source] = s;
    g[source] = startCost;
    hops[source] = startHops;
    // An arc state stands for the arc it arrived by (what the node charges depends on it).
    predArc[source] = arcMode && source < arcCount ? source : -1;
    predState[source] = -1;
    heap.push(startCost + (hasHeuristic ? heuristic[source]! : 0), startCost, startHops, source);
    while (heap.size > 0) {
      const x = heap.topNode;
      const gx = heap.topG;
      const hx = heap.topHops;
      heap.pop();
      if (settled[x] === s || gx !== g[x] || hx !== hops[x]) continue;
      settled[x] = s;
      if (x === goal) break;
      const u = arcMode ? (x < arcCount ? arcHead[x]! : x - arcCount) : x;
      const arrived = arcMode ? predArc[x]! : -1;
      const end = outStart[u + 1]!;
      for (let b = outStart[u]!; b < end; b++) {
        if (arcAllowed[b] === 0 || (hasBlockedArcs && blockedArcs[b] === 1)) continue;
        const v = arcHead[b]!;
        if (nodeAllowed[v] === 0 || (hasBlockedNodes && blockedNodes[v] === 1)) continue;
        let ng = gx + arcWeight[b]!;
        let next: number;
        if (arcMode) {
          if (arrived >= 0) {
            if (arcLink[arrived] === arcLink[b]) continue; // no U-turn on the link just travelled
            ng += transfers!.cost(u, arrived, b);
          }
          next = v === target ? goal : nodeTransfer[v] === 1 ? b : arcCount + v;
        } else {
          next = v;
        }
        if (settled[next] === s) continue;
        const h = hasHeuristic && next !== goal ? heuristic[next]! : 0;
        if (h === Infinity) continue;
        const nh = hx + 1;
        if (stamp[next] !== s) {
          stamp[next] = s;
        } else {
          const gv = g[next]!;
          if (!sameCost(ng, gv, Math.max(nh, hops[next]!))) {
            if (ng > gv) continue;
          } else {
            const hv = hops[next]!;
            if (nh > hv) continue;
            if (nh === hv) {
              if (!this.candidateWins(x, b, next)) continue;
              predArc[next] = b;
              predState[next] = x;
              // The winner's own sum becomes the label; a changed key needs a fresh heap entry.
              if (ng !== gv) {
                g[next] = ng;
                heap.push(ng + h, ng, nh, next);
              }
              continue;
            }
          }
        }
        g[next] = ng;
        hops[next] = nh;
        predArc[next] = b;
        predState[next] = x;
        heap.push(ng + h, ng, nh, next);
      }
    }
    if (stamp[goal] !== s || settled[goal] !== s) return null;
    const arcs: number[] = [];
    for (let x = goal; x !== source; x = predState[x]!) arcs.push(predArc[x]!);
    arcs.reverse();
    return { arcs, cost: g[goal]!, hops: hops[goal]! - startHops };
  }

  /**
   * With equal cost and legs, is the path (path to state `from`) + `arc` smaller leg by leg than the
   * current path to state `to`? Walks both predecessor chains back until they meet; the last
   * difference seen is the first one from the start.
   */
  private candidateWins(from: number, arc: number, to: number): boolean {
    const { arcOrderKey } = this.space.topology;
    const { predArc, predState } = this;
    let xa = arc;
    let ya = predArc[to]!;
    let xs = from;
    let ys = predState[to]!;
    let decision = 0;
    for (;;) {
      if (xa !== ya) {
        const kx = arcOrderKey[xa]!;
        const ky = arcOrderKey[ya]!;
        if (kx !== ky) decision = kx < ky ? -1 : 1;
      }
      if (xs === ys || xs < 0 || ys < 0) break;
      xa = predArc[xs]!;
      ya = predArc[ys]!;
      xs = predState[xs]!;
      ys = predState[ys]!;
      if (xa < 0 || ya < 0) break;
    }
    return decision < 0;
  }

  /**
   * Exact costs from every state to `target` under the space's constraints (a reverse search), for use
   * as an A* heuristic: `Infinity` where `target` cannot be reached. In node mode the array is indexed
   * by node; in arc mode by state (a start state gets 0, a lower bound).
   */
  costsTo(target: number): Float64Array {
    const { topology, nodeAllowed, arcAllowed, arcWeight, transfers } = this.space;
    const { inStart, inArcs, arcTail, arcLink, outStart, arcCount } = topology;
    const dist = new Float64Array(this.stateCount).fill(Infinity);
    const heap = this.heap;
    heap.clear();
    if (!this.arcMode) {
      const done = new Uint8Array(this.stateCount);
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
    // Arc mode: the state of arc a (standing at its head) costs 0 when the head is the target;
    // otherwise the best over leaving arcs b of (what the head charges between a and b) + w(b) + the
    // cost from b. Searched backwards from the arcs into the target.
    const done = new Uint8Array(arcCount);
    for (let i = inStart[target]!; i < inStart[target + 1]!; i++) {
      const a = inArcs[i]!;
      if (arcAllowed[a] === 0 || nodeAllowed[arcTail[a]!] === 0) continue;
      dist[a] = 0;
      heap.push(0, 0, 0, a);
    }
    while (heap.size > 0) {
      const b = heap.topNode;
      const db = heap.topG;
      heap.pop();
      if (done[b] === 1 || db !== dist[b]) continue;
      done[b] = 1;
      const u = arcTail[b]!; // states arriving at u may continue by b
      if (u === target) continue;
      const through = db + arcWeight[b]!;
      for (let i = inStart[u]!; i < inStart[u + 1]!; i++) {
        const a = inArcs[i]!;
        if (arcAllowed[a] === 0 || done[a] === 1 || arcLink[a] === arcLink[b] || nodeAllowed[arcTail[a]!] === 0) continue;
        const nd = through + transfers!.cost(u, a, b);
        if (nd < dist[a]!) {
          dist[a] = nd;
          heap.push(nd, nd, 0, a);
        }
      }
    }
    // Start states: the best first leg, with nothing charged at the origin.
    for (let u = 0; u < topology.nodeIds.length; u++) {
      if (nodeAllowed[u] === 0) continue;
      let best = u === target ? 0 : Infinity;
      for (let b = outStart[u]!; b < outStart[u + 1]!; b++) {
        if (arcAllowed[b] === 0) continue;
        const c = arcWeight[b]! + dist[b]!;
        if (c < best) best = c;
      }
      dist[arcCount + u] = best;
    }
    return dist;
  }
}
