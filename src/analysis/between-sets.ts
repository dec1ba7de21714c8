import { compareArcPaths } from '../routing/k-shortest-paths.js';
import { type ArcPath, type PathSearch, type SearchBlocks } from '../routing/path-search.js';
import { countryBlocks } from './reachability.js';
import type { FlowQuery } from './max-flow.js';
import type { Topology } from '../graph/topology.js';

/** Analyses between sets of origins and destinations (internal). */

/**
 * The best route (by the search space's weight and the route order) from any origin to any
 * destination of a flow query, leaving out `blocks`; with its length in km and the countries it
 * crosses. `null` when none.
 */
export function bestRouteBetween(
  query: FlowQuery,
  search: PathSearch,
  blocks: SearchBlocks,
): { path: ArcPath; lengthKm: number; countries: string[] } | null {
  const { space } = query;
  const { topology } = space;
  let best: ArcPath | null = null;
  for (const o of query.origins) {
    if (blocks.nodes?.[o] === 1) continue;
    for (const d of query.destinations) {
      if (blocks.nodes?.[d] === 1) continue;
      const path = search.best(o, d, blocks);
      if (path !== null && (best === null || compareArcPaths(space, path, best) < 0)) best = path;
    }
  }
  if (best === null) return null;
  let lengthKm = 0;
  const countries = new Set<string>();
  for (const a of best.arcs) {
    const link = topology.links[topology.arcLink[a]!]!;
    lengthKm += link.lengthKm;
    for (const c of link.transitCountries) countries.add(c);
  }
  return { path: best, lengthKm, countries: [...countries] };
}

/**
 * Transit countries (as in `capacityDependency`) without which no permitted route joins any origin to
 * any destination, in code order. Decided by reachability with the country removed.
 */
export function mustPassCountriesBetween(query: FlowQuery): string[] {
  const { space } = query;
  const { topology } = space;
  const out: string[] = [];
  for (const c of transitCountriesBetween(query)) {
    const blocks = countryBlocks(topology, c);
    if (!anyReachable(query, blocks.nodes, blocks.arcs)) out.push(topology.countries[c]!);
  }
  return out;
}

function anyReachable(query: FlowQuery, blockedNodes: Uint8Array, blockedArcs: Uint8Array): boolean {
  const { space } = query;
  const { outStart, arcHead, nodeIds } = space.topology;
  const seen = new Uint8Array(nodeIds.length);
  const targets = new Set(query.destinations);
  const stack: number[] = [];
  for (const o of query.origins) {
    if (blockedNodes[o] === 1) continue;
    seen[o] = 1;
    stack.push(o);
  }
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (targets.has(u)) return true;
    for (let a = outStart[u]!; a < outStart[u + 1]!; a++) {
      if (space.arcAllowed[a] === 0 || blockedArcs[a] === 1) continue;
      const v = arcHead[a]!;
      if (seen[v] === 1 || space.nodeAllowed[v] === 0 || blockedNodes[v] === 1) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  return false;
}

/**
 * Indices of countries touched by a permitted walk from any origin to any destination, excluding the
 * origins' and destinations' countries, in code order.
 */
export function transitCountriesBetween(query: FlowQuery): number[] {
  const { space } = query;
  const topology: Topology = space.topology;
  const forward = multiReach(query, query.origins, 'forward');
  const backward = multiReach(query, query.destinations, 'backward');
  const ends = new Set<number>([...query.origins, ...query.destinations].map((v) => topology.nodeCountry[v]!));
  const found = new Set<number>();
  for (let v = 0; v < topology.nodeIds.length; v++) if (forward[v] === 1 && backward[v] === 1) found.add(topology.nodeCountry[v]!);
  for (let a = 0; a < topology.arcCount; a++) {
    if (space.arcAllowed[a] === 0 || forward[topology.arcTail[a]!] === 0 || backward[topology.arcHead[a]!] === 0) continue;
    for (const code of topology.links[topology.arcLink[a]!]!.transitCountries) found.add(topology.countryIndex.get(code)!);
  }
  return [...found].filter((c) => !ends.has(c)).sort((a, b) => a - b);
}

function multiReach(query: FlowQuery, starts: readonly number[], direction: 'forward' | 'backward'): Uint8Array {
  const { space } = query;
  const { outStart, inStart, inArcs, arcHead, arcTail, nodeIds } = space.topology;
  const seen = new Uint8Array(nodeIds.length);
  const stack = [...starts];
  for (const s of starts) seen[s] = 1;
  while (stack.length > 0) {
    const u = stack.pop()!;
    const forward = direction === 'forward';
    const from = forward ? outStart[u]! : inStart[u]!;
    const to = forward ? outStart[u + 1]! : inStart[u + 1]!;
    for (let i = from; i < to; i++) {
      const a = forward ? i : inArcs[i]!;
      if (space.arcAllowed[a] === 0) continue;
      const v = forward ? arcHead[a]! : arcTail[a]!;
      if (seen[v] === 1 || space.nodeAllowed[v] === 0) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  return seen;
}
