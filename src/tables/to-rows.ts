import { InvalidArgumentError } from '../errors.js';
import type { Network } from '../graph/network.js';
import { capacityText } from '../internal/capacity-text.js';
import { COMMODITY_TABLE, type CanonicalCapacityUnit } from '../model/commodity.js';
import type { AnalysisResult, ResultListItem } from '../results/index.js';
import type { CapacityDependency } from '../results/capacity-dependency.js';
import type { CriticalElementsResult } from '../results/critical-elements.js';
import type { MaxFlowResult } from '../results/max-flow.js';
import type { MustPassCountries } from '../results/must-pass-countries.js';
import type { Route } from '../results/route.js';
import type { ScenarioComparisonRow } from '../results/scenario-comparison.js';
import type { TransitDependencyResult } from '../results/transit-dependency.js';
import type { Row } from './format-table.js';

/** What {@link toRows} accepts: a network, a result, or a list of routes, scenario rows or must-pass rows. */
export type RowsSource = Network | AnalysisResult | readonly ResultListItem[];

/** The column-name suffix of a canonical capacity unit (`TonnesPerYear`, `BcmPerYear`, `TeuPerYear`; see `COMMODITY_TABLE`). */
export function unitSuffix(unit: CanonicalCapacityUnit): string {
  for (const row of Object.values(COMMODITY_TABLE)) if (row.canonicalUnit === unit) return row.columnSuffix;
  throw new Error(`internal: no column suffix for ${unit}`);
}

/**
 * Flat records of a network or a result, with units in the column names, for `console.table`, CSV
 * writers, `formatTable` and notebook tables. Lists (countries along a route, link ids) stay lists.
 * The source's `kind` decides the shape:
 *
 * - a network → one row per link: `id`, `name`, `from`, `to`, `mode`, `status`, `direction`,
 *   `lengthKm`, `lengthBasis`, `capacity` (as published, as text), `transitCountries`, `commodities`
 *   (comma-separated text: a set, not a sequence);
 * - a `findRoutes` result or a list of routes → one row per route: `rank`, `origin`, `destination`,
 *   `lengthKm`, `movingHours`, `dwellHours`, `transitTimeHours`, `transitTimeDays`, `transfers`,
 *   `transferNodeIds`, `borderCrossings`, `tariffUsdPerTonne`, `cost` (+ `weight`), `legs`,
 *   `modes`, `countries`, `transitCountries`, `nodeIds`, `linkIds`;
 * - a `paretoRoutes` result → one row per route: `rank`, one column per criterion (its label, e.g.
 *   `transitTimeHours`, `crosses:BY+RU`), then the route columns above;
 * - a `transitDependency` result → one row per transit country: `country`, `countryName`,
 *   `mustPass`, `onBestRoute`, `extraLengthKm`, `extraCost`, `bestRouteWithoutKm`,
 *   `bestRouteWithoutLinkIds`, and with capacities `capacityWithout<Unit>` and `capacityShareLost`;
 * - a `maxFlow` result → one row per link carrying flow: `linkId`, `direction` (`forward` when the
 *   flow runs from the link's `from` node to its `to` node), `flow<Unit>`, `minCut`;
 * - a `capacityDependency` result → one row per country: `country`, `countryName`,
 *   `capacityWithout<Unit>`, `shareLost`, `complete`;
 * - a `criticalElements` result → one row per element: `rank`, `element`, `id`, `capacityLost<Unit>`,
 *   `extraKm`, `disconnects`;
 * - `compareScenarios` rows → `scenarioId`, `scenarioName`, `queryId`, `commodity`, `bestRouteKm`,
 *   `deltaBestRouteKm`, `mustPassCountries`, `capacity<Unit>`, `deltaCapacity<Unit>`,
 *   `capacityShareOfBaseline`, `capacityComplete`;
 * - `findMustPassCountries` rows → `origin`, `destination`, `reachable`, `mustPassCountries`.
 * `<Unit>` is `TonnesPerYear`, `BcmPerYear` or `TeuPerYear`.
 *
 * @param source - what to flatten.
 * @returns the rows, in the source's order; empty when it has none.
 * @throws {InvalidArgumentError} when `source` is not one of the accepted kinds.
 */
export function toRows(source: RowsSource): Row[] {
  const fail = () =>
    new InvalidArgumentError(
      'toRows',
      'source',
      'expected a network, a list of routes, compareScenarios or findMustPassCountries rows, or a result of findRoutes, paretoRoutes, transitDependency, maxFlow, capacityDependency or criticalElements',
    );
  if (Array.isArray(source)) {
    if (source.length === 0) return [];
    const kind = (source[0] as { kind?: unknown } | null)?.kind;
    if (!source.every((x) => typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === kind)) throw fail();
    switch (kind) {
      case 'route':
        return (source as readonly Route[]).map(routeRow);
      case 'scenario-comparison-row':
        return (source as readonly ScenarioComparisonRow[]).map(scenarioRow);
      case 'must-pass-countries':
        return (source as readonly MustPassCountries[]).map(mustPassRow);
      default:
        throw fail();
    }
  }
  if (typeof source !== 'object' || source === null) throw fail();
  const s = source as Network | AnalysisResult;
  switch (s.kind) {
    case 'network':
      return linkRows(s);
    case 'routes':
      return s.routes.map(routeRow);
    case 'pareto-routes':
      return s.routes.map((r) => ({ rank: r.rank, ...r.criteria, ...routeRow(r) }));
    case 'transit-dependency':
      return dependencyRows(s);
    case 'max-flow':
      return flowRows(s);
    case 'capacity-dependency':
      return capacityRows(s);
    case 'critical-elements':
      return criticalRows(s);
    default:
      throw fail();
  }
}

function linkRows(network: Network): Row[] {
  return [...network.links.values()].map((link) => ({
    id: link.id,
    name: link.name,
    from: link.from,
    to: link.to,
    mode: link.mode,
    status: link.status,
    direction: link.direction,
    lengthKm: link.lengthKm,
    lengthBasis: link.lengthBasis,
    capacity: capacityText(link.capacity),
    transitCountries: link.transitCountries,
    commodities: link.commodities.join(', '), // a set, not a sequence
  }));
}

function routeRow(route: Route): Row {
  return {
    rank: route.rank,
    origin: route.origin,
    destination: route.destination,
    lengthKm: route.lengthKm,
    movingHours: route.movingHours,
    dwellHours: route.dwellHours,
    transitTimeHours: route.transitTimeHours,
    transitTimeDays: route.transitTimeHours === null ? null : route.transitTimeHours / 24,
    transfers: route.transfers,
    transferNodeIds: route.stops.filter((s) => s.modeChange || s.gaugeChange).map((s) => s.nodeId),
    borderCrossings: route.borderCrossings,
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

function dependencyRows(dep: TransitDependencyResult): Row[] {
  const capacity = dep.capacity;
  return dep.countries.map((c) => ({
    country: c.country,
    countryName: c.countryName,
    mustPass: c.mustPass,
    onBestRoute: c.onBestRoute,
    extraLengthKm: c.extraLengthKm,
    extraCost: c.extraCost,
    bestRouteWithoutKm: c.bestRouteWithout?.lengthKm ?? null,
    bestRouteWithoutLinkIds: c.bestRouteWithout?.linkIds ?? null,
    ...(capacity === null
      ? {}
      : {
          [`capacityWithout${unitSuffix(capacity.unit)}`]: capacity.withoutCountry[c.country] ?? null,
          // With no capacity at all there is no share to lose: shown as unknown rather than 0.
          capacityShareLost: capacity.total === 0 ? null : (capacity.shareLost[c.country] ?? null),
        }),
  }));
}

function flowRows(flow: MaxFlowResult): Row[] {
  const cut = new Set(flow.minCut.linkIds);
  return Object.entries(flow.flowByLink).map(([linkId, value]) => ({
    linkId,
    direction: value < 0 ? 'reverse' : 'forward',
    [`flow${unitSuffix(flow.unit)}`]: Math.abs(value),
    minCut: cut.has(linkId),
  }));
}

function capacityRows(dep: CapacityDependency): Row[] {
  return dep.rows.map((r) => ({
    country: r.country,
    countryName: r.countryName,
    [`capacityWithout${unitSuffix(dep.unit)}`]: r.withoutCountry,
    shareLost: r.shareLost,
    complete: r.complete,
  }));
}

function criticalRows(result: CriticalElementsResult): Row[] {
  return result.rows.map((r, i) => ({
    rank: i + 1,
    element: r.element,
    id: r.id,
    [`capacityLost${unitSuffix(result.unit)}`]: r.capacityLost,
    extraKm: r.extraKm,
    disconnects: r.disconnects,
  }));
}

function scenarioRow(r: ScenarioComparisonRow): Row {
  const suffix = unitSuffix(r.unit);
  return {
    scenarioId: r.scenarioId,
    scenarioName: r.scenarioName,
    queryId: r.queryId,
    commodity: r.commodity,
    bestRouteKm: r.bestRouteKm,
    deltaBestRouteKm: r.deltaBestRouteKm,
    mustPassCountries: r.mustPassCountries,
    [`capacity${suffix}`]: r.capacity,
    [`deltaCapacity${suffix}`]: r.deltaCapacity,
    capacityShareOfBaseline: r.capacityShareOfBaseline,
    capacityComplete: r.capacityComplete,
  };
}

function mustPassRow(r: MustPassCountries): Row {
  return { origin: r.origin, destination: r.destination, reachable: r.reachable, mustPassCountries: r.mustPassCountries };
}
