import { present } from '../display/present.js';
import { type FlowOutcome, routeCountriesBetween, solveFlowNetwork } from '../engine/index.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { compareStrings } from '../internal/compare.js';
import { type CountryCode, countryName } from '../model/country-code.js';
import type { CapacityDependency, CountryCapacityRow } from '../results/capacity-dependency.js';
import { type FlowQuery, type MaxFlowOptions, prepareFlowQuery } from './max-flow.js';

const FN = 'capacityDependency';

/**
 * How much capacity between sets of origins and destinations survives the loss of each transit
 * country (the multi-origin, multi-destination form of the capacity part of `transitDependency`).
 *
 * The countries considered are those crossed by the maximum flow and those of real (loopless) routes
 * between the sets — the best route and the best route avoiding each country — except the origins'
 * and destinations' own countries. Each is removed in turn (its nodes and every link crossing it) and
 * the maximum flow recomputed; a country not considered carries no flow, so its loss costs nothing.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param origins - one node id or a non-empty list.
 * @param destinations - one node id or a non-empty list, disjoint from `origins`.
 * @param options - `commodity` (required), route constraints, `barrelsPerTonne` (as in `maxFlow`).
 * @returns see {@link CapacityDependency}.
 * @throws as `maxFlow` does.
 * @example
 * ```ts
 * const dep = capacityDependency(loadCorridorNetwork(), ['tengiz', 'atyrau'], ['trieste'], { commodity: 'crude-oil' });
 * dep.shareLost['RU']; // share of Kazakh crude capacity to Trieste lost without Russia
 * ```
 */
export function capacityDependency(
  network: Network,
  origins: string | readonly string[],
  destinations: string | readonly string[],
  options: MaxFlowOptions,
): CapacityDependency {
  assertUnmodified(network, FN);
  return present(capacityDependencyOf(prepareFlowQuery(network, origins, destinations, options, FN, [])), network, 'Capacity kept without each transit country');
}

/** {@link capacityDependency} of a prepared query (internal, shared with `transitDependency`). */
export function capacityDependencyOf(query: FlowQuery): CapacityDependency {
  const base = solveFlowNetwork(query.flow);
  const unknown = new Set<string>(base.unknownCapacityLinks);
  const lower = new Set<string>(base.lowerBoundCapacities);
  const rows: CountryCapacityRow[] = [];
  for (const code of capacityCountries(query, base)) {
    const solved = solveFlowNetwork(query.flow, { countries: [code] });
    for (const id of solved.unknownCapacityLinks) unknown.add(id);
    for (const id of solved.lowerBoundCapacities) lower.add(id);
    rows.push({
      country: code,
      countryName: countryName(code),
      withoutCountry: solved.value,
      shareLost: shareLost(base.value, solved.value),
      complete: solved.unknownCapacityLinks.length === 0 && solved.lowerBoundCapacities.length === 0,
    });
  }
  rows.sort((a, b) => b.shareLost - a.shareLost || compareStrings(a.country, b.country));
  const lost = rows.map((r) => (base.value === Infinity ? (r.withoutCountry === Infinity ? 0 : 1) : base.value - r.withoutCountry));
  const lostTotal = lost.reduce((sum, x) => sum + Math.max(0, x), 0);
  const hhi = lostTotal > 0 ? 10_000 * lost.reduce((sum, x) => sum + (Math.max(0, x) / lostTotal) ** 2, 0) : 0;
  return {
    kind: 'capacity-dependency',
    commodity: query.commodity,
    unit: query.flow.unit,
    total: base.value,
    complete: base.unknownCapacityLinks.length === 0 && base.lowerBoundCapacities.length === 0 && rows.every((r) => r.complete),
    unknownCapacityLinks: [...unknown].sort(compareStrings),
    lowerBoundCapacities: [...lower].sort(compareStrings),
    withoutCountry: Object.fromEntries(rows.map((r) => [r.country, r.withoutCountry])),
    shareLost: Object.fromEntries(rows.map((r) => [r.country, r.shareLost])),
    hhi,
    rows,
    origins: query.origins,
    destinations: query.destinations,
    droppedOrigins: query.droppedOrigins,
    droppedDestinations: query.droppedDestinations,
  };
}

/**
 * Countries whose loss is measured (internal): those of real routes between the sets and those the
 * base flow crosses, except the origins' and destinations' own countries; in code order.
 */
export function capacityCountries(query: FlowQuery, base: FlowOutcome): CountryCode[] {
  const ends = new Set<CountryCode>([...query.origins, ...query.destinations].map((id) => query.network.nodes.get(id)!.country));
  const found = new Set<CountryCode>(routeCountriesBetween(query.space, query.origins, query.destinations, 'capacityDependency'));
  for (const c of base.carrying.countries) if (!ends.has(c)) found.add(c);
  return [...found].sort(compareStrings);
}

function shareLost(total: number, without: number): number {
  if (total === 0) return 0;
  if (total === Infinity) return without === Infinity ? 0 : 1;
  return Math.min(1, Math.max(0, 1 - without / total));
}
