import type { TransitDependencyResult } from '../analysis/transit-dependency.js';
import type { FindRoutesResult } from '../routing/find-routes.js';
import type { Route } from '../routing/route.js';
import type { Row } from './format-table.js';

/**
 * Flat records of a result, with units in the column names, for `console.table`, CSV writers,
 * `formatTable` and notebook tables.
 *
 * - a `findRoutes` result or a list of routes → one row per route: `rank`, `origin`, `destination`,
 *   `lengthKm`, `transitTimeHours`, `tariffUsdPerTonne`, `cost` (+ `weight`), `legs`, `modes`,
 *   `countries`, `transitCountries`, `nodeIds`, `linkIds`;
 * - a `transitDependency` result → one row per transit country: `country`, `countryName`,
 *   `mustPass`, `onBestRoute`, `extraLengthKm`, `extraCost`, `bestRouteWithoutKm`,
 *   `bestRouteWithoutLinkIds`.
 *
 * @param result - what to flatten.
 * @returns the rows, in the result's order; empty when it has no routes or countries.
 */
export function toRows(result: FindRoutesResult | readonly Route[] | TransitDependencyResult): Row[] {
  if (isRouteList(result)) return result.map(routeRow);
  if ('routes' in result) return result.routes.map(routeRow);
  return result.countries.map((c) => ({
    country: c.country,
    countryName: c.countryName,
    mustPass: c.mustPass,
    onBestRoute: c.onBestRoute,
    extraLengthKm: c.extraLengthKm,
    extraCost: c.extraCost,
    bestRouteWithoutKm: c.bestRouteWithout?.lengthKm ?? null,
    bestRouteWithoutLinkIds: c.bestRouteWithout?.linkIds ?? null,
  }));
}

function isRouteList(value: unknown): value is readonly Route[] {
  return Array.isArray(value);
}

function routeRow(route: Route): Row {
  return {
    rank: route.rank,
    origin: route.origin,
    destination: route.destination,
    lengthKm: route.lengthKm,
    transitTimeHours: route.transitTimeHours,
    tariffUsdPerTonne: route.tariffUsdPerTonne,
    cost: route.cost,
    weight: route.weight,
    legs: route.legs.length,
    modes: route.modes,
    countries: route.countries,
    transitCountries: route.transitCountries,
    nodeIds: route.nodeIds,
    linkIds: route.linkIds,
  };
}
