import Heap from 'mnemonist/heap.js';
import { SearchLimitError } from '../errors.js';
import { LabelHeap } from './min-heap.js';
import { type ArcPath, type SearchBlocks, sameCost } from './path-search.js';
import type { SearchSpace } from './search-space.js';
import type { Topology } from './topology.js';

/**
 * An additive criterion of a multi-criteria search (internal): a value per arc (`NaN` leaves the arc
 * out: the link lacks the figure) plus, optionally, what a node charges between the arriving and the
 * leaving arc (dwell hours, a count of transfers). Smaller is better; values are ≥ 0.
 */
export interface AdditiveCriterion {
  readonly arcValue: Float64Array;
  readonly transition?: (node: number, arrived: number, leaving: number) => number;
  /** A lower bound of the value still to come from each node to the destination (for pruning); absent = 0. */
  readonly lowerBound?: Float64Array;
}

/**
 * A set criterion (internal): how many countries of `counted` (bit mask over `topology.countries`) a
 * route touches, its origin's and destination's countries excluded when `excludeEnds`. Smaller is
 * better. Labels carry the set itself, so that dominance stays exact (a label dominates another only
 * with a subset of its countries).
 */
export interface CountryCriterion {
  readonly counted: Uint32Array;
  readonly excludeEnds: boolean;
}

/** A non-dominated path with its criteria values (additive ones first, then the country counts). */
export interface ParetoPath extends ArcPath {
  readonly values: readonly number[];
}

/** Expansions a Pareto search may make before it gives up with a {@link SearchLimitError}. */
export const PARETO_LABEL_LIMIT = 5_000_000;

/**
 * Label comparisons (dominance checks against a state's labels and the destination's) a Pareto search
 * may make before it gives up with a {@link SearchLimitError}: a front that grows exponentially with
 * the route's length (two-way choices at every section) makes each check long while the label count
 * stays small, so the labels alone would not bound the work (a few seconds at this limit).
 */
export const PARETO_COMPARISON_LIMIT = 500_000_000;

interface Label {
  readonly state: number;
  readonly node: number;
  readonly arc: number;
  // A plain array: V8 stores it unboxed in about half the memory of a small typed array.
  readonly add: number[];
  readonly set: Uint32Array | null;
  readonly hops: number;
  readonly pred: Label | null;
}

/**
 * The Pareto front of routes from `origin` to `destination` over several criteria (internal):
 * multi-criteria label setting (Martins' algorithm) over arc states where a node can charge by the
 * arriving and leaving link (node states elsewhere), so that dwell is exact, with labels ordered
 * lexicographically by their values plus lower bounds to the destination and pruned against the
 * destination's labels (as in NAMOA*).
 *
 * Dominance: `a` dominates `b` when it is no worse on every additive criterion (equal up to rounding,
 * see `sameCost`), its country set is a subset of `b`'s, and it is not identical to `b` on every
 * criterion; identical labels at a state are one label (the first found, in a search whose order
 * depends only on the data's ids). Routes are loopless: when a front route passes a node twice (the
 * search runs over walks), the front is recomputed over loopless paths, with labels that also carry
 * the nodes they passed ({@link paretoFront} with `simple`); the walk front is exact whenever all its
 * routes are loopless, since every loopless path is a walk.
 *
 * @throws {SearchLimitError} after {@link PARETO_LABEL_LIMIT} labels or
 *   {@link PARETO_COMPARISON_LIMIT} label comparisons.
 */
export function paretoFront(
  space: SearchSpace,
  origin: number,
  destination: number,
  additive: readonly AdditiveCriterion[],
  countries: readonly CountryCriterion[],
  blocks: SearchBlocks,
  fn: string,
): ParetoPath[] {
  const walks = paretoFrontOf(space, origin, destination, additive, countries, blocks, fn, false);
  if (walks.every((p) => loopless(space.topology, origin, p.arcs))) return walks;
  return paretoFrontOf(space, origin, destination, additive, countries, blocks, fn, true);
}

function loopless(topology: Topology, origin: number, arcs: readonly number[]): boolean {
  const seen = new Set<number>([origin]);
  for (const a of arcs) {
    const v = topology.arcHead[a]!;
    if (seen.has(v)) return false;
    seen.add(v);
  }
  return true;
}

function paretoFrontOf(
  space: SearchSpace,
  origin: number,
  destination: number,
  additive: readonly AdditiveCriterion[],
  countryCriteria: readonly CountryCriterion[],
  blocks: SearchBlocks,
  fn: string,
  simple: boolean,
): ParetoPath[] {
  const { topology, nodeAllowed, arcAllowed } = space;
  const { outStart, arcHead, arcLink, arcCount, nodeCountry } = topology;
  const K = additive.length;
  const words = countryCriteria.length > 0 ? Math.ceil(topology.countries.length / 32) : 0;
  // Labels carry only the countries some criterion counts (an end country counts only for a criterion
  // that does not exclude the ends).
  const relevant = new Uint32Array(words);
  for (const c of countryCriteria) {
    for (let w = 0; w < words; w++) {
      let mask = c.counted[w]!;
      if (c.excludeEnds) {
        for (const end of [nodeCountry[origin]!, nodeCountry[destination]!]) if (end >> 5 === w) mask &= ~(1 << (end & 31));
      }
      relevant[w]! |= mask;
    }
  }
  const arcCountries = words > 0 ? countriesOfArcs(topology, words, relevant) : null;
  const permanent = new Map<number, Label[]>();
  const front: Label[] = [];
  const heap = new Heap<Label>(labelOrder(additive));
  const zero: number[] = new Array<number>(K).fill(0);
  const startSet = words > 0 ? new Uint32Array(words) : null;
  if (startSet !== null) startSet[nodeCountry[origin]! >> 5]! |= relevant[nodeCountry[origin]! >> 5]! & (1 << (nodeCountry[origin]! & 31));
  if (nodeAllowed[origin] === 0 || blocks.nodes?.[origin] === 1 || nodeAllowed[destination] === 0 || blocks.nodes?.[destination] === 1) return [];
  heap.push({ state: arcCount + origin, node: origin, arc: -1, add: zero, set: startSet, hops: 0, pred: null });
  let labels = 0;
  const bound = (label: Label, k: number) => label.add[k]! + (additive[k]!.lowerBound?.[label.node] ?? 0);

  let comparisons = 0;
  const spend = (state: number) => {
    comparisons += (simple ? 0 : (permanent.get(state)?.length ?? 0)) + front.length;
    if (comparisons > PARETO_COMPARISON_LIMIT) {
      throw new SearchLimitError(fn, `the Pareto front needed more than ${PARETO_COMPARISON_LIMIT.toLocaleString('en-US')} label comparisons (a front growing with every section of the route); ask with fewer criteria or tighter constraints`);
    }
  };

  while (heap.size > 0) {
    const label = heap.pop()!;
    spend(label.state);
    // Over loopless paths a label can only be dominated by one that passed a subset of its nodes; the
    // fallback search keeps every label the destination's labels do not prune (it is exhaustive).
    if (!simple && isDominatedBy(label, permanent.get(label.state), K, words)) continue;
    if (prunedByFront(label, front, K, words, bound)) continue;
    (permanent.get(label.state) ?? permanent.set(label.state, []).get(label.state)!).push(label);
    if (label.node === destination) {
      front.push(label);
      continue;
    }
    if (++labels > PARETO_LABEL_LIMIT) {
      throw new SearchLimitError(fn, `the Pareto front needed more than ${PARETO_LABEL_LIMIT.toLocaleString('en-US')} labels; ask with fewer criteria or tighter constraints`);
    }
    const u = label.node;
    for (let b = outStart[u]!; b < outStart[u + 1]!; b++) {
      if (arcAllowed[b] === 0 || blocks.arcs?.[b] === 1) continue;
      const v = arcHead[b]!;
      if (nodeAllowed[v] === 0 || blocks.nodes?.[v] === 1) continue;
      if (label.arc >= 0 && arcLink[label.arc] === arcLink[b]) continue; // no U-turn
      if (simple && onPath(label, v)) continue;
      const add: number[] = new Array<number>(K);
      let skip = false;
      for (let k = 0; k < K; k++) {
        const criterion = additive[k]!;
        const w = criterion.arcValue[b]!;
        if (Number.isNaN(w)) {
          skip = true;
          break;
        }
        add[k] = label.add[k]! + w + (label.arc >= 0 && criterion.transition !== undefined ? criterion.transition(u, label.arc, b) : 0);
      }
      if (skip) continue;
      if (additive.some((c) => c.lowerBound?.[v] === Infinity)) continue; // the destination is out of reach from v
      let set = label.set;
      if (arcCountries !== null && set !== null) {
        set = set.slice();
        for (let w = 0; w < words; w++) set[w]! |= arcCountries[b * words + w]!;
      }
      // The state: the arc it arrived by where the node can charge by it, else the node itself.
      const state = v === destination ? arcCount + topology.nodeIds.length : topology.nodeTransfer[v] === 1 ? b : arcCount + v;
      const next: Label = { state, node: v, arc: b, add, set, hops: label.hops + 1, pred: label };
      spend(next.state);
      if (!simple && isDominatedBy(next, permanent.get(next.state), K, words)) continue;
      if (prunedByFront(next, front, K, words, bound)) continue;
      heap.push(next);
    }
  }

  // The final filter compares every pair of front routes.
  comparisons += front.length * front.length;
  if (comparisons > PARETO_COMPARISON_LIMIT) {
    throw new SearchLimitError(fn, `the Pareto front needed more than ${PARETO_COMPARISON_LIMIT.toLocaleString('en-US')} label comparisons (a front growing with every section of the route); ask with fewer criteria or tighter constraints`);
  }
  const destinationCountry = nodeCountry[destination]!;
  const originCountry = nodeCountry[origin]!;
  const paths: ParetoPath[] = front.map((label) => {
    const arcs: number[] = [];
    for (let x: Label | null = label; x !== null && x.pred !== null; x = x.pred) arcs.push(x.arc);
    arcs.reverse();
    const counts = countryCriteria.map((c) => {
      let n = 0;
      for (let i = 0; i < topology.countries.length; i++) {
        if ((label.set![i >> 5]! & (1 << (i & 31))) === 0 || (c.counted[i >> 5]! & (1 << (i & 31))) === 0) continue;
        if (c.excludeEnds && (i === originCountry || i === destinationCountry)) continue;
        n += 1;
      }
      return n;
    });
    return { arcs, cost: label.add[0] ?? 0, hops: label.hops, values: [...label.add, ...counts] };
  });
  // Labels are compared with their country sets (exact for pruning); routes with the counts: keep the
  // non-dominated ones, and of routes identical on every criterion the first in the route order.
  const { arcOrderKey } = topology;
  const better = (a: ParetoPath, b: ParetoPath) => {
    if (a.hops !== b.hops) return a.hops < b.hops;
    for (let i = 0; i < a.arcs.length; i++) if (a.arcs[i] !== b.arcs[i]) return arcOrderKey[a.arcs[i]!]! < arcOrderKey[b.arcs[i]!]!;
    return false;
  };
  const terms = (a: ParetoPath, b: ParetoPath) => Math.max(a.hops, b.hops);
  return paths.filter((p) =>
    !paths.some((q) => {
      if (q === p) return false;
      let strictly = false;
      for (let k = 0; k < p.values.length; k++) {
        const qv = q.values[k]!;
        const pv = p.values[k]!;
        if (sameCost(qv, pv, terms(p, q))) continue;
        if (qv > pv) return false;
        strictly = true;
      }
      return strictly || better(q, p);
    }),
  );
}

function onPath(label: Label, node: number): boolean {
  for (let x: Label | null = label; x !== null; x = x.pred) if (x.node === node) return true;
  return false;
}

/** Bit masks of the `relevant` countries each arc touches: its link's transit countries and its head node's country. */
function countriesOfArcs(topology: Topology, words: number, relevant: Uint32Array): Uint32Array {
  const out = new Uint32Array(topology.arcCount * words);
  for (let a = 0; a < topology.arcCount; a++) {
    const link = topology.links[topology.arcLink[a]!]!;
    for (const code of link.transitCountries) {
      const c = topology.countryIndex.get(code)!;
      out[a * words + (c >> 5)]! |= 1 << (c & 31);
    }
    const c = topology.nodeCountry[topology.arcHead[a]!]!;
    out[a * words + (c >> 5)]! |= 1 << (c & 31);
    for (let w = 0; w < words; w++) out[a * words + w]! &= relevant[w]!;
  }
  return out;
}

/** True when some label of `list` dominates `label` or is identical to it on every criterion. */
function isDominatedBy(label: Label, list: readonly Label[] | undefined, K: number, words: number): boolean {
  if (list === undefined) return false;
  for (const other of list) if (noWorse(other, label, K, words, (o, k) => o.add[k]!)) return true;
  return false;
}

/**
 * True when a destination label is no worse than the best `label` can still become (its values plus
 * lower bounds, and a subset of its countries): every completion of `label` is then dominated by it or
 * identical to it on every criterion (and identical routes are represented once).
 */
function prunedByFront(label: Label, front: readonly Label[], K: number, words: number, bound: (l: Label, k: number) => number): boolean {
  for (const d of front) {
    let ok = true;
    for (let k = 0; k < K; k++) {
      const dv = d.add[k]!;
      const lv = bound(label, k);
      if (dv > lv && !sameCost(dv, lv, d.hops + label.hops)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (words > 0 && !subset(d.set!, label.set!, words)) continue;
    return true; // every completion is dominated by d, or identical to it on every criterion

  }
  return false;
}

/** `a` is no worse than `b` on every criterion (additive values from `value`), sets included. */
function noWorse(a: Label, b: Label, K: number, words: number, value: (l: Label, k: number) => number): boolean {
  for (let k = 0; k < K; k++) {
    const av = value(a, k);
    const bv = value(b, k);
    if (av > bv && !sameCost(av, bv, a.hops + b.hops)) return false;
  }
  return words === 0 || subset(a.set!, b.set!, words);
}

function subset(a: Uint32Array, b: Uint32Array, words: number): boolean {
  for (let w = 0; w < words; w++) if ((a[w]! & ~b[w]!) !== 0) return false;
  return true;
}

/**
 * The order in which labels leave the queue: lexicographic on their additive values plus the lower
 * bounds still to come (as in NAMOA*: with consistent bounds the order is that of the reduced costs,
 * which never decrease along a path, so the search heads for the destination), then fewer countries,
 * then fewer legs — a label that dominates another always comes out first (the order Martins'
 * algorithm needs). Negative when `a` comes first.
 */
function labelOrder(additive: readonly AdditiveCriterion[]): (a: Label, b: Label) => number {
  const K = additive.length;
  return (a, b) => {
    for (let k = 0; k < K; k++) {
      const bound = additive[k]!.lowerBound;
      const ka = a.add[k]! + (bound?.[a.node] ?? 0);
      const kb = b.add[k]! + (bound?.[b.node] ?? 0);
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    const ca = a.set === null ? 0 : popcount(a.set);
    const cb = b.set === null ? 0 : popcount(b.set);
    if (ca !== cb) return ca - cb;
    return a.hops - b.hops;
  };
}

function popcount(set: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < set.length; w++) {
    let x = set[w]!;
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    n += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/**
 * Exact costs from every node to `destination` over the arcs with a value (reverse Dijkstra, nothing
 * charged at the nodes): a lower bound of what a criterion adds from each node on.
 */
export function lowerBoundsTo(space: SearchSpace, arcValue: Float64Array, destination: number): Float64Array {
  const { topology, nodeAllowed, arcAllowed } = space;
  const { inStart, inArcs, arcTail } = topology;
  const dist = new Float64Array(topology.nodeIds.length).fill(Infinity);
  const done = new Uint8Array(topology.nodeIds.length);
  const heap = new LabelHeap();
  dist[destination] = 0;
  heap.push(0, 0, 0, destination);
  while (heap.size > 0) {
    const v = heap.topNode;
    const dv = heap.topG;
    heap.pop();
    if (done[v] === 1 || dv !== dist[v]) continue;
    done[v] = 1;
    for (let i = inStart[v]!; i < inStart[v + 1]!; i++) {
      const a = inArcs[i]!;
      const w = arcValue[a]!;
      if (arcAllowed[a] === 0 || Number.isNaN(w)) continue;
      const u = arcTail[a]!;
      if (nodeAllowed[u] === 0 || done[u] === 1) continue;
      if (dv + w < dist[u]!) {
        dist[u] = dv + w;
        heap.push(dist[u]!, dist[u]!, 0, u);
      }
    }
  }
  return dist;
}
