import { type ArcPath, PathSearch, sameCost } from './path-search.js';
import type { SearchSpace } from './search-space.js';

/**
 * Compares two paths by the library's route order: cost (equal within a relative 10⁻⁹), then number
 * of legs, then legs compared one by one by link id (code-unit order) and direction (forward first).
 * Returns < 0, 0 or > 0.
 */
export function compareArcPaths(space: SearchSpace, a: ArcPath, b: ArcPath): number {
  if (!sameCost(a.cost, b.cost)) return a.cost < b.cost ? -1 : 1;
  if (a.hops !== b.hops) return a.hops - b.hops;
  const key = space.topology.arcOrderKey;
  for (let i = 0; i < a.arcs.length; i++) {
    const d = key[a.arcs[i]!]! - key[b.arcs[i]!]!;
    if (d !== 0) return d;
  }
  return 0;
}

interface FoundPath extends ArcPath {
  /** Node indices along the path, origin first. */
  readonly nodes: readonly number[];
  /** prefixCost[i] = cost of the first i legs, summed from the origin. */
  readonly prefixCost: readonly number[];
  /** Index of the node where this path left its parent (Lawler's refinement): spur from here on. */
  readonly deviation: number;
}

/**
 * Up to `k` loopless paths from `origin` to `destination` in route order (see
 * {@link compareArcPaths}), by Yen's algorithm over arcs (so parallel links give distinct paths) with
 * Lawler's refinement (a path's spur searches start at its deviation node) and an A* spur search
 * guided by exact costs to the destination, computed once by a reverse search.
 *
 * Written here because graphology's standard library has no k-shortest-paths algorithm and the npm
 * package `k-shortest-path` was found to miss paths (see the project's reference notes).
 *
 * @returns the paths, best first; fewer than `k` when fewer loopless paths exist; empty when none.
 */
export function kShortestArcPaths(space: SearchSpace, origin: number, destination: number, k: number): ArcPath[] {
  const search = PathSearch.of(space);
  const first = search.best(origin, destination);
  if (first === null) return [];
  const { arcHead, arcWeight, nodeCount } = {
    arcHead: space.topology.arcHead,
    arcWeight: space.arcWeight,
    nodeCount: space.topology.nodeIds.length,
  };
  const complete = (path: ArcPath, deviation: number): FoundPath => {
    const nodes = [origin];
    const prefixCost = [0];
    let cost = 0;
    for (const a of path.arcs) {
      nodes.push(arcHead[a]!);
      cost += arcWeight[a]!;
      prefixCost.push(cost);
    }
    return { ...path, nodes, prefixCost, deviation };
  };
  const accepted: FoundPath[] = [complete(first, 0)];
  if (k === 1) return accepted;

  const heuristic = search.costsTo(destination);
  const blockedNodes = new Uint8Array(nodeCount);
  const blockedArcs = new Uint8Array(space.topology.arcCount);
  const candidates: FoundPath[] = [];
  const seen = new Set<string>([first.arcs.join(',')]);

  while (accepted.length < k) {
    const last = accepted[accepted.length - 1]!;
    for (let i = last.deviation; i < last.arcs.length; i++) {
      const spur = last.nodes[i]!;
      // Leave out the root's nodes (looplessness) and, from the spur node, the next leg of every
      // accepted path that shares this root (so the spur path is new).
      for (let j = 0; j < i; j++) blockedNodes[last.nodes[j]!] = 1;
      const blockedHere: number[] = [];
      for (const path of accepted) {
        if (path.arcs.length <= i || !sharesRoot(path, last, i)) continue;
        const a = path.arcs[i]!;
        blockedArcs[a] = 1;
        blockedHere.push(a);
      }
      const spurPath = search.best(spur, destination, { nodes: blockedNodes, arcs: blockedArcs }, last.prefixCost[i]!, i, heuristic);
      for (let j = 0; j < i; j++) blockedNodes[last.nodes[j]!] = 0;
      for (const a of blockedHere) blockedArcs[a] = 0;
      if (spurPath === null) continue;
      const arcs = [...last.arcs.slice(0, i), ...spurPath.arcs];
      const key = arcs.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(complete({ arcs, cost: spurPath.cost, hops: arcs.length }, i));
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      if (compareArcPaths(space, candidates[c]!, candidates[best]!) < 0) best = c;
    }
    accepted.push(candidates[best]!);
    candidates[best] = candidates[candidates.length - 1]!;
    candidates.pop();
  }
  return accepted;
}

function sharesRoot(a: FoundPath, b: FoundPath, length: number): boolean {
  for (let j = 0; j < length; j++) if (a.arcs[j] !== b.arcs[j]) return false;
  return true;
}
