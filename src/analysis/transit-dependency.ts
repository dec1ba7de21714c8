import { assertUnmodified, type Network } from '../graph/network.js';
import { rememberNetwork } from '../graph/result-origin.js';
import { present } from '../export/present.js';
import { type CountryCode, countryName } from '../model/country-code.js';
import { routesWithin, nodeIndexOf } from '../routing/find-routes.js';
import type { NoRouteReason } from '../routing/no-route-reason.js';
import { type RouteConstraints, type RouteWeight, ownOption, resolveConstraints } from '../routing/options.js';
import { PathSearch } from '../routing/path-search.js';
import { assembleRoute, type Route } from '../routing/route.js';
import { searchSpaceOf } from '../routing/search-space.js';
import type { BarrelsPerTonne } from './capacity-units.js';
import { type CapacityDependency, capacityDependencyOf } from './capacity-dependency.js';
import { mustPassElements } from './dominators.js';
import { prepareFlowQuery } from './max-flow.js';
import { countryBlocks, isReachable, traverse } from './reachability.js';

/**
 * Options of {@link transitDependency}: the {@link RouteConstraints} plus `weight` (what "best route"
 * minimises; default `'lengthKm'`) and `barrelsPerTonne` (for the capacity figures of crude oil; see
 * `maxFlow`).
 */
export interface TransitDependencyOptions extends RouteConstraints {
  readonly weight?: RouteWeight;
  readonly barrelsPerTonne?: BarrelsPerTonne;
}

/**
 * How an origin–destination pair depends on one transit country.
 *
 * - `country`: ISO 3166-1 alpha-2 code; `countryName`: its English name.
 * - `mustPass`: every permitted route crosses the country (no route remains without it).
 * - `onBestRoute`: the best route crosses it.
 * - `bestRouteWithout`: the best route that avoids the country (its nodes and every link crossing it),
 *   or `null` when `mustPass`.
 * - `extraLengthKm`: `bestRouteWithout.lengthKm − bestRoute.lengthKm` in km (≥ 0 when the weight is
 *   length), `null` when `mustPass`; `extraCost`: the same difference in the weight's unit.
 */
export interface TransitCountryDependency {
  readonly country: CountryCode;
  readonly countryName: string;
  readonly mustPass: boolean;
  readonly onBestRoute: boolean;
  readonly bestRouteWithout: Route | null;
  readonly extraLengthKm: number | null;
  readonly extraCost: number | null;
}

/**
 * Result of {@link transitDependency}.
 *
 * - `bestRoute`: the best permitted route, `null` when none (then `reason` says why and the lists
 *   are empty).
 * - `countries`: one row per transit country crossed by the best route or by the best route avoiding
 *   some country (all loopless routes), ordered: must-pass countries first, then by `extraCost`
 *   (largest first), then by country code.
 * - `mustPassCountries`: countries every route crosses, in the order the best route crosses them.
 * - `mustPassNodes`, `mustPassLinks`: node and link ids every route uses (single points of failure;
 *   origin and destination excluded), in route order.
 * - `linksWithoutWeight`: as in `findRoutes`.
 * - `capacity`: when a `commodity` is given, how the pair's capacity depends on each transit country
 *   (total, without each country, share lost, Herfindahl–Hirschman index; see `CapacityDependency`);
 *   `null` without a commodity, since capacities of different commodities are never summed.
 */
export interface TransitDependencyResult {
  readonly origin: string;
  readonly destination: string;
  readonly bestRoute: Route | null;
  readonly countries: readonly TransitCountryDependency[];
  readonly mustPassCountries: readonly CountryCode[];
  readonly mustPassNodes: readonly string[];
  readonly mustPassLinks: readonly string[];
  readonly reason?: NoRouteReason;
  readonly linksWithoutWeight: readonly string[];
  readonly capacity: CapacityDependency | null;
}

const FN = 'transitDependency';

/**
 * How much an origin–destination pair depends on each transit country, and which countries, nodes and
 * links every permitted route must use.
 *
 * Transit countries are those of the nodes and links (through their `transitCountries`, so BTC
 * counts for Georgia although no Georgian node is on it) on the best route or on the best route
 * avoiding some country — each a loopless route — excluding the origin's and destination's own
 * countries. For each:
 * - `mustPass` is decided exactly, by removing the country (its nodes and every link crossing it) and
 *   testing whether the destination is still reachable, never by sampling routes;
 * - the best route avoiding it, and the extra kilometres (and cost) it takes.
 * `mustPassNodes` and `mustPassLinks` are exact too (dominators of the destination, see the
 * implementation notes), in route order. With a `commodity`, `capacity` adds how much of the pair's
 * maximum flow survives without each country.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param origin - id of the start node.
 * @param destination - id of the end node.
 * @param options - constraints as in `findRoutes`, and `weight`.
 * @returns see {@link TransitDependencyResult}; when no route exists, `bestRoute` is `null`, the
 *   lists are empty and `reason` says why.
 * @throws {UnknownNodeError} when `origin`, `destination` or an `avoidNodes` id is not in the network.
 * @throws {UnknownLinkError} when a `closedLinks` id is not in the network.
 * @throws {InvalidOptionError} for a misspelt or invalid option.
 * @throws {NetworkMutatedError} when `network.graph` was changed structurally.
 * @example
 * ```ts
 * const dep = transitDependency(loadCorridorNetwork(), 'tengiz', 'trieste', { commodity: 'crude-oil' });
 * dep.mustPassCountries; // e.g. ['TR'] (the Turkish Straits or Ceyhan)
 * ```
 */
export function transitDependency(
  network: Network,
  origin: string,
  destination: string,
  options: TransitDependencyOptions = {},
): TransitDependencyResult {
  assertUnmodified(network, FN);
  const constraints = resolveConstraints(network, options, FN, ['weight', 'barrelsPerTonne']);
  const givenWeight = ownOption(options, 'weight');
  const weight = givenWeight === undefined ? 'lengthKm' : givenWeight;
  const best = routesWithin(network, origin, destination, constraints, weight, 1, FN);
  const { weight: _weight, ...flowOptions } = options;
  const capacity =
    constraints.commodity === null || origin === destination
      ? null
      : capacityDependencyOf(prepareFlowQuery(network, origin, destination, { ...flowOptions, commodity: constraints.commodity }, FN, []));
  const base = { origin, destination, linksWithoutWeight: best.linksWithoutWeight, capacity };
  const bestRoute = best.routes[0];
  if (bestRoute === undefined) {
    return present({
      ...base,
      bestRoute: null,
      countries: [],
      mustPassCountries: [],
      mustPassNodes: [],
      mustPassLinks: [],
      ...(best.reason ? { reason: best.reason } : {}),
    }, network, `Transit-country dependency ${origin} → ${destination}`);
  }

  const space = searchSpaceOf(network, constraints, weight, FN);
  const { topology } = space;
  const o = nodeIndexOf(space, network, origin, 'origin', FN);
  const d = nodeIndexOf(space, network, destination, 'destination', FN);

  // Countries some permitted walk from o to d can touch (not passing o or d on the way).
  const fromOrigin = traverse(space, [o], { direction: 'forward', stop: d }).seen;
  const toDestination = traverse(space, [d], { direction: 'backward', stop: o }).seen;
  const candidates = new Set<number>();
  for (let v = 0; v < topology.nodeIds.length; v++) {
    if (fromOrigin[v] === 1 && toDestination[v] === 1) candidates.add(topology.nodeCountry[v]!);
  }
  for (let a = 0; a < topology.arcCount; a++) {
    if (space.arcAllowed[a] === 0) continue;
    const u = topology.arcTail[a]!;
    const v = topology.arcHead[a]!;
    if (u === d || v === o || fromOrigin[u] === 0 || toDestination[v] === 0) continue;
    for (const code of topology.links[topology.arcLink[a]!]!.transitCountries) candidates.add(topology.countryIndex.get(code)!);
  }
  const endCountries = new Set([topology.nodeCountry[o]!, topology.nodeCountry[d]!]);

  const search = PathSearch.of(space);
  const rows: TransitCountryDependency[] = [];
  for (const c of [...candidates].sort((a, b) => a - b)) {
    if (endCountries.has(c)) continue;
    const code = topology.countries[c]!;
    const blocks = countryBlocks(topology, c);
    const mustPass = !isReachable(space, o, d, blocks);
    const path = mustPass ? null : search.best(o, d, blocks);
    const without = path === null ? null : rememberNetwork(assembleRoute(topology, path, o, 1, space.weightName), network);
    rows.push({
      country: code,
      countryName: countryName(code),
      mustPass,
      onBestRoute: bestRoute.countries.includes(code),
      bestRouteWithout: without,
      extraLengthKm: without === null ? null : without.lengthKm - bestRoute.lengthKm,
      extraCost: without === null ? null : without.cost - bestRoute.cost,
    });
  }
  // Keep the countries real routes cross: the best route's and those of the best route avoiding each
  // candidate. A candidate only a walk reaches (out to a port and back along the same two-way link)
  // lies on no loopless route and is dropped.
  const onRoutes = new Set<string>(bestRoute.countries);
  for (const row of rows) for (const code of row.bestRouteWithout?.countries ?? []) onRoutes.add(code);
  for (let i = rows.length - 1; i >= 0; i--) if (!onRoutes.has(rows[i]!.country)) rows.splice(i, 1);
  rows.sort(
    (a, b) =>
      Number(b.mustPass) - Number(a.mustPass) ||
      (b.extraCost ?? 0) - (a.extraCost ?? 0) ||
      (a.country < b.country ? -1 : a.country > b.country ? 1 : 0),
  );

  const mustPassSet = new Set(rows.filter((r) => r.mustPass).map((r) => r.country));
  const mustPassCountries = bestRoute.countries.filter((c, i, all) => mustPassSet.has(c) && all.indexOf(c) === i);
  const elements = mustPassElements(space, o, d);
  return present({
    ...base,
    bestRoute,
    countries: rows,
    mustPassCountries,
    mustPassNodes: elements === null ? [] : elements.nodes.map((i) => topology.nodeIds[i]!),
    mustPassLinks: elements === null ? [] : elements.links.map((l) => topology.linkIds[l]!),
  }, network, `Transit-country dependency ${origin} → ${destination}`);
}
