import { present } from '../display/present.js';
import { rememberNetwork } from '../display/result-origin.js';
import { type EngineCriterion, noRouteAfterSearch, noRouteBeforeSearch, paretoPaths, routeSpace, sameCost } from '../engine/index.js';
import { InvalidOptionError } from '../errors.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { compareStrings } from '../internal/compare.js';
import { type CountryCode, isCountryCode } from '../model/country-code.js';
import { isWeightName, WEIGHT_NAMES, type WeightName } from '../model/weight.js';
import type { ParetoRoute, ParetoRoutesResult } from '../results/pareto-routes.js';
import { checkNodeId, routeContext } from './find-routes.js';
import { type DefaultDwellHours, ownOption, type RouteConstraints, resolveConstraints, resolveDwellDefaults } from './options.js';
import { assembleRoute } from './route.js';

/**
 * A criterion of {@link paretoRoutes} (smaller is better on each):
 * - a weight name (`lengthKm`, `transitTimeHours` — moving time plus dwell at the nodes —,
 *   `movingHours`, `tariffUsdPerTonne`; see `WEIGHT_TABLE`);
 * - `'transitCountries'`: how many transit countries the route crosses (its ends' countries excluded);
 * - `'transfers'`: how many times it changes mode or rail gauge;
 * - `'borderCrossings'`: how many times it passes from one country to another;
 * - `{ crosses: ['RU', 'BY'] }`: how many of these countries it touches (ends included), e.g. 0 for a
 *   route avoiding Russia and Belarus; its label is `crosses:BY+RU`.
 */
export type ParetoCriterion = WeightName | 'transitCountries' | 'transfers' | 'borderCrossings' | { readonly crosses: readonly CountryCode[] };

/**
 * Options of {@link paretoRoutes}: the route constraints of `findRoutes` plus
 * - `criteria`: what to trade off, in order of importance for sorting (2–6 criteria; default
 *   `['lengthKm', 'transitTimeHours', 'transitCountries']`);
 * - `maxRoutes`: the most routes to return (1–1,000; default 20): the front is computed whole and
 *   `frontSize` says how large it is;
 * - `defaultDwellHours`: as in `findRoutes`.
 */
export interface ParetoRoutesOptions extends RouteConstraints {
  readonly criteria?: readonly ParetoCriterion[];
  readonly maxRoutes?: number;
  readonly defaultDwellHours?: DefaultDwellHours;
}

const FN = 'paretoRoutes';
const DEFAULT_CRITERIA: readonly ParetoCriterion[] = ['lengthKm', 'transitTimeHours', 'transitCountries'];

/**
 * The routes no other route beats on every criterion at once — the trade-offs between, say, the
 * shortest route, the fastest, and the one crossing the fewest countries or avoiding Russia.
 *
 * Exact: a multi-criteria label-setting search (Martins' algorithm) over the arcs a route arrives by,
 * so that dwell at the nodes (by arriving and leaving link) counts exactly, pruned by the front found
 * so far with lower bounds to the destination; routes are loopless. Two routes equal on every
 * criterion are one entry of the front (the first the search finds; the search order depends only on
 * the data's ids, so the answer is the same every time).
 *
 * Order: by the first criterion, then the next (values equal up to rounding count as equal), then
 * fewer legs, then legs by link id. Constraints as in `findRoutes` (a criterion that a link lacks —
 * e.g. no `transitTimeHours` — leaves the link out; see `linksWithoutCriterion`).
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param origin - id of the start node.
 * @param destination - id of the end node.
 * @param options - see {@link ParetoRoutesOptions}.
 * @returns see `ParetoRoutesResult`; no route is a normal result with a `reason`.
 * @throws {UnknownNodeError} for an unknown origin, destination or `avoidNodes` id.
 * @throws {InvalidOptionError} for an invalid option, an unknown criterion or a repeated one.
 * @throws {SearchLimitError} when the front needs more than `PARETO_LABEL_LIMIT` labels or
 *   `PARETO_COMPARISON_LIMIT` label comparisons (e.g. a front that doubles with every section).
 * @example
 * ```ts
 * const front = paretoRoutes(loadCorridorNetwork(), 'xian', 'duisburg', {
 *   commodity: 'containers',
 *   criteria: ['transitTimeHours', 'lengthKm', { crosses: ['RU', 'BY'] }],
 * });
 * front.routes.map((r) => [r.criteria['transitTimeHours']! / 24, r.transitCountries]);
 * ```
 */
export function paretoRoutes(network: Network, origin: string, destination: string, options: ParetoRoutesOptions = {}): ParetoRoutesResult {
  assertUnmodified(network, FN);
  const constraints = resolveConstraints(network, options, FN, ['criteria', 'maxRoutes', 'defaultDwellHours']);
  checkNodeId(network, origin, 'origin', FN);
  checkNodeId(network, destination, 'destination', FN);
  const criteria = checkCriteria(ownOption(options, 'criteria') ?? DEFAULT_CRITERIA);
  const givenMax = ownOption(options, 'maxRoutes');
  const maxRoutes = givenMax === undefined ? 20 : givenMax;
  if (typeof maxRoutes !== 'number' || !Number.isInteger(maxRoutes) || maxRoutes < 1 || maxRoutes > 1000) {
    throw new InvalidOptionError(FN, 'maxRoutes', maxRoutes, 'expected an integer from 1 to 1,000');
  }
  const space = routeSpace(network, constraints, 'lengthKm', FN, resolveDwellDefaults(options, FN));
  const labels = criteria.map(labelOf);
  const base = { kind: 'pareto-routes' as const, origin, destination, criteria: labels };
  const title = `Pareto routes ${origin} → ${destination} (${labels.join(', ')})`;
  const early = noRouteBeforeSearch(space, origin, destination);
  const engineCriteria = criteria.map(toEngine);
  const { paths, linksWithoutCriterion } = paretoPaths(space, origin, destination, engineCriteria, FN);
  if (early !== null || paths.length === 0) {
    let reason = early ?? noRouteAfterSearch(space, origin, destination);
    // The search left out links lacking a criterion's figure: say so, as findRoutes does for its weight.
    const lacking = Object.entries(linksWithoutCriterion).filter(([, ids]) => ids.length > 0);
    if (lacking.length > 0) {
      const what = lacking.map(([c, ids]) => `${ids.length} otherwise permitted link${ids.length === 1 ? '' : 's'} lack ${c}`).join('; ');
      reason = { code: reason.code, message: `${reason.message}; ${what} and were left out (see linksWithoutCriterion)` };
    }
    return present({ ...base, routes: [], frontSize: 0, truncated: false, linksWithoutCriterion, dwellAssumedAt: [], reason }, network, title);
  }
  const context = { ...routeContext(space), weight: labels[0]! };
  const legsOf = (p: (typeof paths)[number]) => p.legs;
  const ordered = [...paths].sort((a, b) => {
    for (let k = 0; k < labels.length; k++) {
      const x = a.values[k]!;
      const y = b.values[k]!;
      if (!sameCost(x, y, Math.max(a.legs.length, b.legs.length))) return x - y;
    }
    const la = legsOf(a);
    const lb = legsOf(b);
    if (la.length !== lb.length) return la.length - lb.length;
    for (let i = 0; i < la.length; i++) {
      if (la[i]!.linkId !== lb[i]!.linkId) return compareStrings(la[i]!.linkId, lb[i]!.linkId);
      if (la[i]!.direction !== lb[i]!.direction) return la[i]!.direction === 'forward' ? -1 : 1;
    }
    return 0;
  });
  const routes = ordered
    .slice(0, maxRoutes)
    .map((p, i) => rememberNetwork(assembleRoute(context, p, i + 1, { criteria: Object.fromEntries(labels.map((label, k) => [label, p.values[k]!])) }) as ParetoRoute, network));
  const assumed = new Set<string>();
  for (const r of routes) for (const s of r.stops) if (s.dwell.some((d) => d.assumed)) assumed.add(s.nodeId);
  return present(
    { ...base, routes, frontSize: paths.length, truncated: paths.length > routes.length, linksWithoutCriterion, dwellAssumedAt: [...assumed].sort(compareStrings) },
    network,
    title,
  );
}

function labelOf(criterion: ParetoCriterion): string {
  return typeof criterion === 'string' ? criterion : `crosses:${[...criterion.crosses].sort().join('+')}`;
}

function toEngine(criterion: ParetoCriterion): EngineCriterion {
  if (typeof criterion !== 'string') return { kind: 'countries', countries: criterion.crosses, excludeEnds: false };
  if (criterion === 'transitCountries') return { kind: 'countries', countries: null, excludeEnds: true };
  if (criterion === 'transfers') return { kind: 'transfers' };
  if (criterion === 'borderCrossings') return { kind: 'border-crossings' };
  return { kind: 'weight', name: criterion };
}

function checkCriteria(value: unknown): readonly ParetoCriterion[] {
  const allowed = `${WEIGHT_NAMES.join(', ')}, transitCountries, transfers, borderCrossings or { crosses: [country codes] }`;
  if (!Array.isArray(value) || value.length < 2 || value.length > 6) {
    throw new InvalidOptionError(FN, 'criteria', value, `expected a list of 2 to 6 criteria (${allowed})`);
  }
  const seen = new Set<string>();
  const out: ParetoCriterion[] = [];
  // An index loop, not `map`: a hole in a sparse list is read as `undefined` and rejected.
  for (let i = 0; i < value.length; i++) {
    const c: unknown = value[i];
    let criterion: ParetoCriterion;
    if (typeof c === 'string' && (isWeightName(c) || c === 'transitCountries' || c === 'transfers' || c === 'borderCrossings')) {
      criterion = c as ParetoCriterion;
    } else if (typeof c === 'object' && c !== null && !Array.isArray(c) && Object.keys(c).length === 1 && Object.prototype.hasOwnProperty.call(c, 'crosses') && Array.isArray((c as { crosses?: unknown }).crosses)) {
      const codes = (c as { crosses: unknown[] }).crosses;
      const given = new Set<unknown>();
      let valid = codes.length > 0;
      for (let j = 0; valid && j < codes.length; j++) {
        valid = isCountryCode(codes[j]) && !given.has(codes[j]);
        given.add(codes[j]);
      }
      if (!valid) {
        throw new InvalidOptionError(FN, `criteria[${i}].crosses`, codes, 'expected a non-empty list of distinct ISO 3166-1 alpha-2 codes such as "RU"');
      }
      criterion = { crosses: [...codes] as CountryCode[] };
    } else {
      throw new InvalidOptionError(FN, `criteria[${i}]`, c, `is not a criterion (expected ${allowed})`);
    }
    const label = labelOf(criterion);
    if (seen.has(label)) throw new InvalidOptionError(FN, `criteria[${i}]`, c, 'is asked for twice');
    seen.add(label);
    out.push(criterion);
  }
  return out;
}
