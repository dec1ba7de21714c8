import { present } from '../display/present.js';
import { rememberNetwork } from '../display/result-origin.js';
import { isReachable, mustPassElements, routeSpace, shortestPaths, transitCountryCandidates } from '../engine/index.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { compareStrings } from '../internal/compare.js';
import type { BarrelsPerTonne } from '../model/capacity-units.js';
import { countryName } from '../model/country-code.js';
import type { TransitCountryDependency, TransitDependencyResult } from '../results/transit-dependency.js';
import { routeContext, routesWithin } from '../routing/find-routes.js';
import { type DefaultDwellHours, ownOption, type RouteConstraints, type RouteWeight, resolveConstraints, resolveDwellDefaults } from '../routing/options.js';
import { assembleRoute } from '../routing/route.js';
import { capacityDependencyOf } from './capacity-dependency.js';
import { prepareFlowQuery } from './max-flow.js';

/**
 * Options of {@link transitDependency}: the {@link RouteConstraints} plus `weight` (what "best route"
 * minimises; default `'lengthKm'`), `defaultDwellHours` (as in `findRoutes`) and `barrelsPerTonne`
 * (for the capacity figures of crude oil; see `maxFlow`).
 */
export interface TransitDependencyOptions extends RouteConstraints {
  readonly weight?: RouteWeight;
  readonly defaultDwellHours?: DefaultDwellHours;
  readonly barrelsPerTonne?: BarrelsPerTonne;
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
  const constraints = resolveConstraints(network, options, FN, ['weight', 'barrelsPerTonne', 'defaultDwellHours']);
  const givenWeight = ownOption(options, 'weight');
  const space = routeSpace(network, constraints, givenWeight === undefined ? 'lengthKm' : givenWeight, FN, resolveDwellDefaults(options, FN));
  const best = routesWithin(space, origin, destination, 1, FN);
  const { weight: _weight, defaultDwellHours: _dwell, ...flowOptions } = options;
  const capacity =
    constraints.commodity === null || origin === destination
      ? null
      : capacityDependencyOf(prepareFlowQuery(network, origin, destination, { ...flowOptions, commodity: constraints.commodity }, FN, []));
  const base = { kind: 'transit-dependency' as const, origin, destination, linksWithoutWeight: best.linksWithoutWeight, capacity };
  const title = `Transit-country dependency ${origin} → ${destination}`;
  const bestRoute = best.routes[0];
  if (bestRoute === undefined) {
    return present(
      { ...base, bestRoute: null, countries: [], mustPassCountries: [], mustPassNodes: [], mustPassLinks: [], ...(best.reason ? { reason: best.reason } : {}) },
      network,
      title,
    );
  }

  const endCountries = new Set([network.nodes.get(origin)!.country, network.nodes.get(destination)!.country]);
  const context = routeContext(space);
  const rows: TransitCountryDependency[] = [];
  for (const code of transitCountryCandidates(space, origin, destination)) {
    if (endCountries.has(code)) continue;
    const exclusion = { countries: [code] };
    const mustPass = !isReachable(space, [origin], [destination], exclusion);
    const path = mustPass ? undefined : shortestPaths(space, origin, destination, 1, FN, exclusion)[0];
    const without = path === undefined ? null : rememberNetwork(assembleRoute(context, path, 1), network);
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
  rows.sort((a, b) => Number(b.mustPass) - Number(a.mustPass) || (b.extraCost ?? 0) - (a.extraCost ?? 0) || compareStrings(a.country, b.country));

  const mustPassSet = new Set(rows.filter((r) => r.mustPass).map((r) => r.country));
  const mustPassCountries = bestRoute.countries.filter((c, i, all) => mustPassSet.has(c) && all.indexOf(c) === i);
  const elements = mustPassElements(space, origin, destination);
  return present(
    {
      ...base,
      bestRoute,
      countries: rows,
      mustPassCountries,
      mustPassNodes: elements?.nodeIds ?? [],
      mustPassLinks: elements?.linkIds ?? [],
    },
    network,
    title,
  );
}
