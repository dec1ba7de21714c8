import Heap from 'mnemonist/heap.js';
import { SearchLimitError } from '../errors.js';
import { type ArcPath, type SearchBlocks, sameCost } from './path-search.js';
import type { SearchSpace } from './search-space.js';

/**
 * Expansions {@link bestSimplePath} may make before it gives up with a {@link SearchLimitError}.
 * Reached only on networks built to defeat it (see there); the bundled corridor never needs it.
 */
export const SIMPLE_PATH_EXPANSION_LIMIT = 2_000_000;

interface Partial {
  /** Cost so far plus the heuristic to the target: the queue's key. */
  readonly f: number;
  readonly arc: number;
  readonly node: number;
  readonly cost: number;
  readonly hops: number;
  readonly parent: Partial | null;
}

/**
 * The best loopless path from `source` to `target` under the tie rule, by best-first search over
 * partial paths that never revisit a node (internal).
 *
 * The label-setting search finds the best walk; when nodes charge by the arriving and leaving link,
 * the best walk may pass a node twice (to change mode or gauge where that is cheaper), and finding the
 * best loopless path is then NP-hard in general (it contains the problem of a path avoiding forbidden
 * transitions). This search is exact: partial paths are expanded in order of cost plus an admissible
 * bound of the cost still to come (`heuristic`, the best walk's cost from each state), so the first
 * complete path popped is optimal; paths equal in cost to it are collected and the tie rule picks
 * among them. It is called only when the walk found is not loopless, which takes a detour that costs
 * less than what it saves at a node — rare in real networks.
 *
 * @param sourceNode - the node the path starts at; `sourceArc` the arc it arrived by (−1 at an
 *   origin), so that the first node's charge is counted as in the walk search.
 * @param visitedBefore - nodes of the root path (not to be entered).
 * @throws {SearchLimitError} after {@link SIMPLE_PATH_EXPANSION_LIMIT} expansions.
 */
export function bestSimplePath(
  space: SearchSpace,
  fn: string,
  sourceNode: number,
  sourceArc: number,
  target: number,
  heuristicOfState: (node: number, arrivedBy: number) => number,
  blocks: SearchBlocks,
  startCost: number,
): ArcPath | null {
  const { topology, nodeAllowed, arcAllowed, arcWeight, transfers } = space;
  const { outStart, arcHead, arcLink, arcOrderKey } = topology;
  const open = new Heap<Partial>((a, b) => a.f - b.f);
  open.push({ f: startCost + heuristicOfState(sourceNode, sourceArc), arc: sourceArc, node: sourceNode, cost: startCost, hops: 0, parent: null });
  const onPath = (p: Partial, v: number): boolean => {
    for (let x: Partial | null = p; x !== null; x = x.parent) if (x.node === v) return true;
    return false;
  };
  let expansions = 0;
  let best: Partial | null = null;
  while (open.size > 0) {
    const p = open.pop()!;
    const f = p.f;
    if (best !== null && !sameCost(f, best.cost, Math.max(p.hops, best.hops) + 1) && f > best.cost) break;
    if (p.node === target) {
      if (best === null || better(p, best)) best = p;
      continue;
    }
    if (best !== null && p.cost > best.cost && !sameCost(p.cost, best.cost, p.hops + best.hops)) continue;
    if (++expansions > SIMPLE_PATH_EXPANSION_LIMIT) {
      throw new SearchLimitError(fn, `a loopless route needed more than ${SIMPLE_PATH_EXPANSION_LIMIT.toLocaleString('en-US')} expansions (nodes charge so much for changes of mode or gauge that the cheapest walks revisit nodes); ask with weight "movingHours" or "lengthKm", or fewer routes`);
    }
    for (let b = outStart[p.node]!; b < outStart[p.node + 1]!; b++) {
      if (arcAllowed[b] === 0 || blocks.arcs?.[b] === 1) continue;
      const v = arcHead[b]!;
      if (nodeAllowed[v] === 0 || blocks.nodes?.[v] === 1 || onPath(p, v)) continue;
      if (p.arc >= 0 && arcLink[p.arc] === arcLink[b]) continue;
      let cost = p.cost + arcWeight[b]!;
      if (p.arc >= 0 && transfers !== null) cost += transfers.cost(p.node, p.arc, b);
      const h = v === target ? 0 : heuristicOfState(v, b);
      if (h === Infinity) continue;
      open.push({ f: cost + h, arc: b, node: v, cost, hops: p.hops + 1, parent: p });
    }
  }
  if (best === null) return null;
  const arcs: number[] = [];
  for (let x: Partial | null = best; x !== null && x.parent !== null; x = x.parent) arcs.push(x.arc);
  arcs.reverse();
  return { arcs, cost: best.cost, hops: best.hops };

  function better(a: Partial, b: Partial): boolean {
    if (!sameCost(a.cost, b.cost, Math.max(a.hops, b.hops))) return a.cost < b.cost;
    if (a.hops !== b.hops) return a.hops < b.hops;
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
    return false;
  }
  function keys(p: Partial): number[] {
    const out: number[] = [];
    for (let x: Partial | null = p; x !== null && x.parent !== null; x = x.parent) out.push(arcOrderKey[x.arc]!);
    return out.reverse();
  }
}

