import { compareArcPaths } from '../routing/k-shortest-paths.js';
import type { ArcPath, PathSearch, SearchBlocks } from '../routing/path-search.js';
import { countryBlocks, traverse } from './reachability.js';
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
    const reached = traverse(space, query.origins, { direction: 'forward', blocks, targets: new Set(query.destinations) });
    if (!reached.hit) out.push(topology.countries[c]!);
  }
  return out;
}

/**
 * Indices of countries touched by a permitted walk from any origin to any destination, excluding the
 * origins' and destinations' countries, in code order.
 */
export function transitCountriesBetween(query: FlowQuery): number[] {
  const { space } = query;
  const topology: Topology = space.topology;
  const forward = traverse(space, query.origins, { direction: 'forward' }).seen;
  const backward = traverse(space, query.destinations, { direction: 'backward' }).seen;
  const ends = new Set<number>([...query.origins, ...query.destinations].map((v) => topology.nodeCountry[v]!));
  const found = new Set<number>();
  for (let v = 0; v < topology.nodeIds.length; v++) if (forward[v] === 1 && backward[v] === 1) found.add(topology.nodeCountry[v]!);
  for (let a = 0; a < topology.arcCount; a++) {
    if (space.arcAllowed[a] === 0 || forward[topology.arcTail[a]!] === 0 || backward[topology.arcHead[a]!] === 0) continue;
    for (const code of topology.links[topology.arcLink[a]!]!.transitCountries) found.add(topology.countryIndex.get(code)!);
  }
  return [...found].filter((c) => !ends.has(c)).sort((a, b) => a - b);
}

/**
 * Transit countries crossed by a real route between the sets (internal): the countries of the best
 * route from any origin to any destination and of the best route avoiding each country a permitted walk
 * can touch — every one a loopless route, so a dead-end excursion (a two-way link out to a port and
 * back) never adds a country. Origins' and destinations' countries excluded; in code order.
 */
export function routeCountriesBetween(query: FlowQuery, search: PathSearch): number[] {
  const { topology } = query.space;
  const best = bestRouteBetween(query, search, {});
  if (best === null) return [];
  const found = new Set<number>(best.countries.map((code) => topology.countryIndex.get(code)!));
  for (const c of transitCountriesBetween(query)) {
    if (found.has(c)) continue;
    const alternative = bestRouteBetween(query, search, countryBlocks(topology, c));
    if (alternative !== null) for (const code of alternative.countries) found.add(topology.countryIndex.get(code)!);
  }
  const ends = new Set<number>([...query.origins, ...query.destinations].map((v) => topology.nodeCountry[v]!));
  return [...found].filter((c) => !ends.has(c)).sort((a, b) => a - b);
}
