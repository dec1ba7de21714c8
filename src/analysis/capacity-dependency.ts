import { assertUnmodified, type Network } from '../graph/network.js';
import { present } from '../export/present.js';
import { compareStrings } from '../internal/compare.js';
import { type CountryCode, countryName } from '../model/country-code.js';
import type { Commodity } from '../model/commodity.js';
import type { CanonicalCapacityUnit } from './capacity-units.js';
import { countriesCarryingFlow, type SolvedFlow, solveFlow } from './flow-model.js';
import { type FlowQuery, type MaxFlowOptions, prepareFlowQuery } from './max-flow.js';
import { countryBlocks } from './reachability.js';
import { routeCountriesBetween } from './between-sets.js';
import { PathSearch } from '../routing/path-search.js';

/**
 * Capacity kept without one transit country.
 *
 * - `withoutCountry`: maximum flow in the result's unit with the country removed (its nodes and every
 *   link crossing it);
 * - `shareLost`: `1 − withoutCountry / total` (0 when `total` is 0);
 * - `complete`: false when that figure depends on links of unknown capacity.
 */
export interface CountryCapacityRow {
  readonly country: CountryCode;
  readonly countryName: string;
  readonly withoutCountry: number;
  readonly shareLost: number;
  readonly complete: boolean;
}

/**
 * How an origin–destination capacity depends on transit countries.
 *
 * - `unit`: canonical unit of the commodity (`t/yr`, `bcm/yr`, `TEU/yr`); `total`: maximum flow with
 *   every country available.
 * - `withoutCountry`, `shareLost`: keyed by country code (see {@link CountryCapacityRow}); `rows`: the
 *   same as a list, largest share lost first, ties by code.
 * - `hhi`: Herfindahl–Hirschman index of the dependence on countries, on the 0–10,000 scale:
 *   with `lost(c) = total − withoutCountry(c)` and shares `s(c) = lost(c) / Σ lost`, HHI =
 *   10,000 × Σ s(c)². 10,000 means all capacity at risk hangs on one country; lower values mean the
 *   dependence is spread over several. 0 when no country's loss reduces the capacity.
 * - `complete`: false when any figure depends on links of unknown capacity; `unknownCapacityLinks`:
 *   those links (union over all figures, sorted).
 * - `origins`, `destinations`, `droppedOrigins`, `droppedDestinations`: as in `maxFlow`.
 */
export interface CapacityDependency {
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
  readonly total: number;
  readonly complete: boolean;
  readonly unknownCapacityLinks: readonly string[];
  readonly withoutCountry: Readonly<Record<CountryCode, number>>;
  readonly shareLost: Readonly<Record<CountryCode, number>>;
  readonly hhi: number;
  readonly rows: readonly CountryCapacityRow[];
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly droppedOrigins: readonly string[];
  readonly droppedDestinations: readonly string[];
}

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
  const { topology } = query.space;
  const base = solveFlow(query.model);
  const unknown = new Set<number>(base.dependsOnUnknownArcs.map((a) => topology.arcLink[a]!));
  const rows: CountryCapacityRow[] = [];
  for (const c of capacityCountries(query, base)) {
    const blocks = countryBlocks(topology, c);
    const linkMask = new Uint8Array(topology.linkIds.length);
    for (const l of topology.countryLinks[c]!) linkMask[l] = 1;
    const solved = solveFlow(query.model, { nodes: blocks.nodes, links: linkMask });
    for (const a of solved.dependsOnUnknownArcs) unknown.add(topology.arcLink[a]!);
    const code = topology.countries[c]!;
    rows.push({
      country: code,
      countryName: countryName(code),
      withoutCountry: solved.value,
      shareLost: shareLost(base.value, solved.value),
      complete: solved.dependsOnUnknownArcs.length === 0,
    });
  }
  rows.sort((a, b) => b.shareLost - a.shareLost || compareStrings(a.country, b.country));
  const lost = rows.map((r) => (base.value === Infinity ? (r.withoutCountry === Infinity ? 0 : 1) : base.value - r.withoutCountry));
  const lostTotal = lost.reduce((sum, x) => sum + Math.max(0, x), 0);
  const hhi = lostTotal > 0 ? 10_000 * lost.reduce((sum, x) => sum + (Math.max(0, x) / lostTotal) ** 2, 0) : 0;
  return {
    commodity: query.commodity,
    unit: query.model.unit,
    total: base.value,
    complete: base.dependsOnUnknownArcs.length === 0 && rows.every((r) => r.complete),
    unknownCapacityLinks: [...unknown].map((l) => topology.linkIds[l]!).sort(compareStrings),
    withoutCountry: Object.fromEntries(rows.map((r) => [r.country, r.withoutCountry])),
    shareLost: Object.fromEntries(rows.map((r) => [r.country, r.shareLost])),
    hhi,
    rows,
    origins: query.origins.map((o) => topology.nodeIds[o]!),
    destinations: query.destinations.map((d) => topology.nodeIds[d]!),
    droppedOrigins: query.droppedOrigins,
    droppedDestinations: query.droppedDestinations,
  };
}

/**
 * The countries whose loss could change the capacity or the best route: those crossed by the flow
 * (removing a country that carries none leaves the flow feasible) and those of the real routes between
 * the sets (see `routeCountriesBetween`); origins' and destinations' countries excluded; code order.
 */
export function capacityCountries(query: FlowQuery, base: SolvedFlow): number[] {
  const { topology } = query.space;
  const ends = new Set<number>([...query.origins, ...query.destinations].map((v) => topology.nodeCountry[v]!));
  const found = new Set<number>(routeCountriesBetween(query, PathSearch.of(query.space)));
  for (const c of countriesCarryingFlow(base)) if (!ends.has(c)) found.add(c);
  return [...found].sort((a, b) => a - b);
}

function shareLost(total: number, without: number): number {
  if (total === 0) return 0;
  if (total === Infinity) return without === Infinity ? 0 : 1;
  return Math.min(1, Math.max(0, 1 - without / total));
}
