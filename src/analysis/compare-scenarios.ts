import { present } from '../display/present.js';
import { rememberNetwork } from '../display/result-origin.js';
import { bestPathBetween, mustPassCountriesBetween, solveFlowNetwork } from '../engine/index.js';
import { InvalidArgumentError } from '../errors.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import type { CanonicalCapacityUnit, Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';
import type { Scenario } from '../model/scenario.js';
import type { ScenarioComparisonRow } from '../results/scenario-comparison.js';
import { applyScenario } from './apply-scenario.js';
import { type MaxFlowOptions, prepareFlowQuery } from './max-flow.js';

/**
 * One question asked of every scenario: the best route, the must-pass countries and the capacity of
 * one commodity between origins and destinations.
 *
 * - `id`: a name for the row; `origins`, `destinations`: node ids (one or several);
 * - `commodity`: sets the capacity unit and which links count;
 * - `options`: route constraints and `barrelsPerTonne`, as for `maxFlow` (without `commodity`).
 */
export interface ScenarioQuery {
  readonly id: string;
  readonly origins: string | readonly string[];
  readonly destinations: string | readonly string[];
  readonly commodity: Commodity;
  readonly options?: Omit<MaxFlowOptions, 'commodity'>;
}


const FN = 'compareScenarios';

/**
 * Compares scenarios on a set of queries: a tidy table with one row per scenario × query (the
 * baseline, i.e. the network as given, first; then the scenarios in the order given; queries in the
 * order given within each).
 *
 * @param network - the baseline network.
 * @param scenarios - scenarios to apply, each on its own to the baseline (see `applyScenario`); ids
 *   must be unique and not `baseline`.
 * @param queries - see {@link ScenarioQuery}; ids must be unique.
 * @returns the rows; see {@link ScenarioComparisonRow}.
 * @throws {ScenarioValidationError} for an invalid scenario (see `applyScenario`).
 * @throws {InvalidArgumentError} for repeated scenario or query ids.
 * @throws as `maxFlow` does for a query's ids and options.
 * @example
 * ```ts
 * const rows = compareScenarios(loadCorridorNetwork(), corridorScenarios(), [
 *   { id: 'kz-crude', origins: ['tengiz'], destinations: ['trieste'], commodity: 'crude-oil' },
 * ]);
 * console.log(formatTable(rows));
 * ```
 */
export function compareScenarios(
  network: Network,
  scenarios: readonly Scenario[],
  queries: readonly ScenarioQuery[],
): ScenarioComparisonRow[] {
  assertUnmodified(network, FN);
  if (!Array.isArray(scenarios)) throw new InvalidArgumentError(FN, 'scenarios', 'expected a list of scenarios (it may be empty)');
  if (!Array.isArray(queries) || queries.length === 0) throw new InvalidArgumentError(FN, 'queries', 'expected a non-empty list of queries');
  scenarios.forEach((s, i) => {
    if (typeof s !== 'object' || s === null) throw new InvalidArgumentError(FN, `scenarios[${i}]`, 'expected a scenario object');
  });
  queries.forEach((q, i) => checkQuery(q, i));
  unique(scenarios.map((s) => (s as { id?: unknown }).id), 'scenarios', ['baseline']);
  unique(queries.map((q) => q.id), 'queries', []);
  const baseline = queries.map((q) => measure(network, q));
  const rows: ScenarioComparisonRow[] = baseline.map((m, i) => rememberNetwork(row('baseline', 'Baseline (network as given)', queries[i]!, m, m), network));
  for (const scenario of scenarios) {
    const changed = applyScenario(network, scenario);
    queries.forEach((q, i) => rows.push(rememberNetwork(row(scenario.id, scenario.name, q, measure(changed, q), baseline[i]!), changed)));
  }
  return present(rows, network, 'Scenario comparison');
}

interface Measures {
  readonly unit: CanonicalCapacityUnit;
  readonly bestRouteKm: number | null;
  readonly bestRouteNodeIds: readonly string[] | null;
  readonly bestRouteLinkIds: readonly string[] | null;
  readonly mustPassCountries: readonly CountryCode[];
  readonly capacity: number;
  readonly capacityComplete: boolean;
}

function measure(network: Network, q: ScenarioQuery): Measures {
  const query = prepareFlowQuery(network, q.origins, q.destinations, { ...(q.options ?? {}), commodity: q.commodity }, FN, []);
  const flow = solveFlowNetwork(query.flow);
  const best = bestPathBetween(query.space, query.origins, query.destinations, FN);
  return {
    unit: query.flow.unit,
    bestRouteKm: best?.lengthKm ?? null,
    bestRouteNodeIds: best?.nodeIds ?? null,
    bestRouteLinkIds: best?.legs.map((leg) => leg.linkId) ?? null,
    // In the order the best route crosses them.
    mustPassCountries:
      best === null
        ? []
        : orderAlong(
            mustPassCountriesBetween(query.space, query.origins, query.destinations),
            best.legs.flatMap((leg) => network.links.get(leg.linkId)!.transitCountries),
          ),
    capacity: flow.value,
    capacityComplete: flow.unknownCapacityLinks.length === 0 && flow.lowerBoundCapacities.length === 0,
  };
}

function row(id: string, name: string, q: ScenarioQuery, m: Measures, base: Measures): ScenarioComparisonRow {
  return {
    kind: 'scenario-comparison-row',
    scenarioId: id,
    scenarioName: name,
    queryId: q.id,
    commodity: q.commodity,
    unit: m.unit,
    bestRouteKm: m.bestRouteKm,
    bestRouteNodeIds: m.bestRouteNodeIds,
    bestRouteLinkIds: m.bestRouteLinkIds,
    deltaBestRouteKm: m.bestRouteKm === null || base.bestRouteKm === null ? null : m.bestRouteKm - base.bestRouteKm,
    mustPassCountries: m.mustPassCountries,
    capacity: m.capacity,
    deltaCapacity: m.capacity === base.capacity ? 0 : m.capacity - base.capacity, // ±Infinity when one side is unbounded
    capacityShareOfBaseline: base.capacity === 0 ? null : base.capacity === Infinity ? (m.capacity === Infinity ? 1 : 0) : m.capacity / base.capacity,
    capacityComplete: m.capacityComplete,
  };
}

const QUERY_KEYS = ['id', 'origins', 'destinations', 'commodity', 'options'];

function checkQuery(q: unknown, i: number): void {
  if (typeof q !== 'object' || q === null || Array.isArray(q)) throw new InvalidArgumentError(FN, `queries[${i}]`, 'expected { id, origins, destinations, commodity, options? }');
  const record = q as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!QUERY_KEYS.includes(key)) throw new InvalidArgumentError(FN, `queries[${i}].${key}`, `unknown key (expected ${QUERY_KEYS.join(', ')})`);
  }
  if (typeof record['id'] !== 'string' || record['id'] === '') throw new InvalidArgumentError(FN, `queries[${i}].id`, 'expected a non-empty string');
  const options = record['options'];
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new InvalidArgumentError(FN, `queries[${i}].options`, 'expected an object of route constraints');
  }
  if (options !== undefined && 'commodity' in options) {
    throw new InvalidArgumentError(FN, `queries[${i}].options.commodity`, 'give the commodity as the query’s own `commodity`');
  }
}

function orderAlong(codes: readonly CountryCode[], sequence: readonly CountryCode[]): CountryCode[] {
  return [...codes].sort((a, b) => sequence.indexOf(a) - sequence.indexOf(b));
}

function unique(ids: readonly unknown[], argument: string, reserved: readonly string[]): void {
  const seen = new Set<unknown>();
  for (const id of ids) {
    if (typeof id === 'string' && reserved.includes(id)) throw new InvalidArgumentError(FN, argument, `the id "${id}" is reserved`);
    if (seen.has(id)) throw new InvalidArgumentError(FN, argument, `the id ${JSON.stringify(id)} is used twice`);
    seen.add(id);
  }
}
