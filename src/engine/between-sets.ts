import { bestLoopless, compareArcPaths } from './k-shortest-paths.js';
import { type ArcPath, PathSearch, type SearchBlocks } from './path-search.js';
import { countryBlocks, traverse } from './reachability.js';
import type { SearchSpace } from './search-space.js';

/** Origins and destinations (node indices) within a search space (internal). */
export interface NodeSets {
  readonly space: SearchSpace;
  readonly origins: readonly number[];
  readonly destinations: readonly number[];
}

/**
 * The best loopless route (by the search space's weight and the route order) from any origin to any
 * destination, leaving out `blocks`; with its length in km and the countries its links cross. `null`
 * when none.
 */
export function bestRouteBetween(
  sets: NodeSets,
  blocks: SearchBlocks,
  fn: string,
): { path: ArcPath; origin: number; lengthKm: number; countries: string[] } | null {
  const { space } = sets;
  const { topology } = space;
  const search = PathSearch.of(space);
  const scratch = new Uint8Array(topology.nodeIds.length);
  let best: ArcPath | null = null;
  let bestOrigin = -1;
  for (const o of sets.origins) {
    if (blocks.nodes?.[o] === 1) continue;
    for (const d of sets.destinations) {
      if (blocks.nodes?.[d] === 1 || o === d) continue;
      const path = bestLoopless(space, search, fn, o, null, 0, d, blocks, undefined, scratch);
      if (path !== null && (best === null || compareArcPaths(space, path, best) < 0)) {
        best = path;
        bestOrigin = o;
      }
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
  return { path: best, origin: bestOrigin, lengthKm, countries: [...countries] };
}

/**
 * Transit countries (indices) without which no permitted route joins any origin to any destination,
 * in code order. Decided by reachability with the country removed.
 */
export function mustPassCountriesBetween(sets: NodeSets): number[] {
  const { space } = sets;
  const out: number[] = [];
  for (const c of transitCountriesBetween(sets)) {
    const blocks = countryBlocks(space.topology, c);
    const reached = traverse(space, sets.origins, { direction: 'forward', blocks, targets: new Set(sets.destinations) });
    if (!reached.hit) out.push(c);
  }
  return out;
}

/**
 * Indices of countries touched by a permitted walk from any origin to any destination, excluding the
 * origins' and destinations' countries, in code order.
 */
export function transitCountriesBetween(sets: NodeSets): number[] {
  const { space } = sets;
  const { topology } = space;
  const forward = traverse(space, sets.origins, { direction: 'forward' }).seen;
  const backward = traverse(space, sets.destinations, { direction: 'backward' }).seen;
  const ends = endCountries(sets);
  const found = new Set<number>();
  for (let v = 0; v < topology.nodeIds.length; v++) if (forward[v] === 1 && backward[v] === 1) found.add(topology.nodeCountry[v]!);
  for (let a = 0; a < topology.arcCount; a++) {
    if (space.arcAllowed[a] === 0 || forward[topology.arcTail[a]!] === 0 || backward[topology.arcHead[a]!] === 0) continue;
    for (const code of topology.links[topology.arcLink[a]!]!.transitCountries) found.add(topology.countryIndex.get(code)!);
  }
  return [...found].filter((c) => !ends.has(c)).sort((a, b) => a - b);
}

/**
 * Transit countries crossed by a real route between the sets: the countries of the best route from
 * any origin to any destination and of the best route avoiding each country a permitted walk can
 * touch — every one a loopless route, so a dead-end excursion (a two-way link out to a port and back)
 * never adds a country. Origins' and destinations' countries excluded; indices in code order.
 */
export function routeCountriesBetween(sets: NodeSets, fn: string): number[] {
  const { topology } = sets.space;
  const best = bestRouteBetween(sets, {}, fn);
  if (best === null) return [];
  const found = new Set<number>(best.countries.map((code) => topology.countryIndex.get(code)!));
  for (const c of transitCountriesBetween(sets)) {
    if (found.has(c)) continue;
    const alternative = bestRouteBetween(sets, countryBlocks(topology, c), fn);
    if (alternative !== null) for (const code of alternative.countries) found.add(topology.countryIndex.get(code)!);
  }
  const ends = endCountries(sets);
  return [...found].filter((c) => !ends.has(c)).sort((a, b) => a - b);
}

function endCountries(sets: NodeSets): Set<number> {
  const { topology } = sets.space;
  return new Set<number>([...sets.origins, ...sets.destinations].map((v) => topology.nodeCountry[v]!));
}
