import { InvalidArgumentError, InvalidOptionError, UnknownNodeError } from '../errors.js';
import { present } from '../display/present.js';
import { rememberNetwork } from '../display/result-origin.js';
import { type EnginePath, noRouteAfterSearch, noRouteBeforeSearch, pathsInOrder, type RouteSpace, routeSpace, shortestPaths } from '../engine/index.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import { compareStrings } from '../internal/compare.js';
import type { FindRoutesResult } from '../results/find-routes.js';
import {
  type DefaultDwellHours,
  type ResolvedConstraints,
  type RouteConstraints,
  type RouteWeight,
  ownOption,
  resolveConstraints,
  resolveDwellDefaults,
} from './options.js';
import { assembleRoute } from './route.js';

/**
 * How the `k` routes of {@link findRoutes} must differ (option `distinct`):
 * - `'transit-countries'`: the best route for each distinct set of transit countries — so "the top
 *   5 routes" are five ways through different countries, not five variants of one line;
 * - `{ maxSharedShare }`: each route shares at most this share (0–1) of its length with every better
 *   route returned (shared = the lengths of the links both use).
 * Routes are taken in the route order from the enumeration of loopless routes, keeping those that
 * differ; at most `maxEnumerated` routes are looked at (default 5,000; 1–100,000), and the result's
 * `distinct` says how many were and whether the enumeration was exhaustive.
 */
export type RouteDiversity = 'transit-countries' | { readonly maxSharedShare: number };

/**
 * Options of {@link findRoutes}: the {@link RouteConstraints} plus
 * - `k`: how many routes to return at most (integer 1–10,000; default 1);
 * - `weight`: what to minimise (default `'lengthKm'`; see {@link RouteWeight} and `WEIGHT_TABLE`);
 * - `defaultDwellHours`: hours charged for a change of mode or gauge at a node without dwell data
 *   (see {@link DefaultDwellHours}; default: the median of the network's own entries);
 * - `distinct`: how routes must differ (see {@link RouteDiversity}; default: not at all);
 *   `maxEnumerated`: its enumeration limit.
 */
export interface FindRoutesOptions extends RouteConstraints {
  readonly k?: number;
  readonly weight?: RouteWeight;
  readonly defaultDwellHours?: DefaultDwellHours;
  readonly distinct?: RouteDiversity;
  readonly maxEnumerated?: number;
}

const FN = 'findRoutes';

/**
 * Finds up to `k` loopless routes from `origin` to `destination`, best first.
 *
 * Routes are searched over links, not node pairs: two parallel links between the same nodes give two
 * routes, and a `both` link may be travelled either way (each leg says which). Yen's k-shortest-paths
 * algorithm (with Lawler's refinement and an A* spur search) enumerates them.
 *
 * Order and tie rule: by total cost in the weight's unit; at equal cost (equal up to floating-point
 * rounding, so that the order in which legs are summed never decides, while a real difference however
 * small does) by fewer legs; then by the legs' link ids compared one by one (code-unit order), forward
 * before reverse. The answer therefore never depends on the order of features in the dataset.
 *
 * Time: with `weight: 'transitTimeHours'` a route's cost is its moving time plus the dwell its nodes
 * charge (see `DwellEntry`: a change of gauge, a change of mode, or every passage), so the search
 * labels the arc a route arrives by and the answer is exact with these costs; a change of mode or
 * gauge at a node without dwell data is charged `defaultDwellHours` and listed in `dwellAssumedAt`.
 * `movingHours` minimises moving time alone. Every route reports `movingHours`, `dwellHours`,
 * `transitTimeHours`, its `stops` and `transfers` whatever the weight.
 *
 * Constraints remove elements from the search (never weight them to infinity): only links whose status
 * is in `statuses` (default operational), of the given `modes`, carrying the `commodity`, not closed,
 * not crossing an avoided country, between nodes that are not avoided (`modes: ['rail']` for rail only;
 * `avoidModes: ['sea']` for no sea legs).
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param origin - id of the start node.
 * @param destination - id of the end node.
 * @param options - see {@link FindRoutesOptions}.
 * @returns `{ origin, destination, routes, reason?, linksWithoutWeight }`; no route is a normal
 *   result with a `reason`.
 * @throws {UnknownNodeError} when `origin`, `destination` or an `avoidNodes` id is not in the network
 *   (the closest ids are suggested).
 * @throws {UnknownLinkError} when a `closedLinks` id is not in the network.
 * @throws {InvalidOptionError} for a misspelt option, a `k` that is not an integer in 1–10,000, an
 *   unknown mode, status, commodity, country code or weight, or an invalid `defaultDwellHours`.
 * @throws {SearchLimitError} when nodes charge so much for changes of mode or gauge that loopless
 *   routes need an exhaustive search beyond its limit (see the error).
 * @throws {NetworkMutatedError} when `network.graph` was changed structurally.
 * @example
 * ```ts
 * const network = loadCorridorNetwork();
 * const { routes } = findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil', avoidCountries: ['RU'] });
 * routes[0]?.linkIds; // the links of the shortest route that avoids Russia
 * ```
 */
export function findRoutes(
  network: Network,
  origin: string,
  destination: string,
  options: FindRoutesOptions = {},
): FindRoutesResult {
  assertUnmodified(network, FN);
  const constraints = resolveConstraints(network, options, FN, ['k', 'weight', 'defaultDwellHours', 'distinct', 'maxEnumerated']);
  const givenK = ownOption(options, 'k');
  const k = givenK === undefined ? 1 : givenK;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > 10_000) {
    throw new InvalidOptionError(FN, 'k', k, 'expected an integer from 1 to 10,000');
  }
  const weight = ownOption(options, 'weight');
  const space = routeSpace(network, constraints, weight === undefined ? 'lengthKm' : weight, FN, resolveDwellDefaults(options, FN));
  const distinct = checkDistinct(ownOption(options, 'distinct'), ownOption(options, 'maxEnumerated'));
  return routesWithin(space, origin, destination, k, FN, distinct);
}

interface DistinctQuery {
  readonly by: RouteDiversity;
  readonly maxEnumerated: number;
}

function checkDistinct(distinct: unknown, maxEnumerated: unknown): DistinctQuery | undefined {
  if (distinct === undefined) {
    if (maxEnumerated !== undefined) throw new InvalidOptionError(FN, 'maxEnumerated', maxEnumerated, 'is only meaningful with `distinct`');
    return undefined;
  }
  const limit = maxEnumerated === undefined ? 5000 : maxEnumerated;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100_000) {
    throw new InvalidOptionError(FN, 'maxEnumerated', limit, 'expected an integer from 1 to 100,000');
  }
  if (distinct === 'transit-countries') return { by: distinct, maxEnumerated: limit };
  if (typeof distinct === 'object' && distinct !== null && !Array.isArray(distinct) && Object.keys(distinct).join() === 'maxSharedShare') {
    const share = (distinct as { maxSharedShare: unknown }).maxSharedShare;
    if (typeof share === 'number' && share >= 0 && share <= 1) return { by: { maxSharedShare: share }, maxEnumerated: limit };
  }
  throw new InvalidOptionError(FN, 'distinct', distinct, "expected 'transit-countries' or { maxSharedShare: a share from 0 to 1 }");
}

/**
 * Routes that differ as `distinct` asks, taken in route order from the enumeration of loopless routes
 * (internal): up to `k`, looking at no more than `maxEnumerated` routes.
 */
function distinctPaths(space: RouteSpace, origin: string, destination: string, k: number, fn: string, distinct: DistinctQuery): { paths: EnginePath[]; enumerated: number; exhausted: boolean } {
  const { network } = space;
  const ends = new Set([network.nodes.get(origin)!.country, network.nodes.get(destination)!.country]);
  const transitKey = (p: EnginePath) => {
    const set = new Set<string>();
    p.legs.forEach((leg, i) => {
      for (const c of network.links.get(leg.linkId)!.transitCountries) set.add(c);
      set.add(network.nodes.get(p.nodeIds[i + 1]!)!.country);
    });
    return [...set].filter((c) => !ends.has(c)).sort().join('+');
  };
  const lengthOf = (p: EnginePath) => p.legs.reduce((sum, leg) => sum + network.links.get(leg.linkId)!.lengthKm, 0);
  const kept: EnginePath[] = [];
  const keys = new Set<string>();
  let enumerated = 0;
  for (const path of pathsInOrder(space, origin, destination, fn)) {
    enumerated += 1;
    if (distinct.by === 'transit-countries') {
      const key = transitKey(path);
      if (!keys.has(key)) {
        keys.add(key);
        kept.push(path);
      }
    } else {
      const share = distinct.by.maxSharedShare;
      const own = new Set(path.legs.map((l) => l.linkId));
      const length = lengthOf(path);
      const differs = kept.every((other) => {
        const shared = new Set(other.legs.map((l) => l.linkId).filter((id) => own.has(id)));
        let km = 0;
        for (const id of shared) km += network.links.get(id)!.lengthKm;
        return km <= share * length + 1e-9 * length;
      });
      if (differs) kept.push(path);
    }
    if (kept.length >= k) return { paths: kept, enumerated, exhausted: false };
    if (enumerated >= distinct.maxEnumerated) return { paths: kept, enumerated, exhausted: false };
  }
  return { paths: kept, enumerated, exhausted: true };
}

/**
 * Checks that `id` names a node of `network`.
 *
 * @throws {InvalidArgumentError} when `id` is not a string.
 * @throws {UnknownNodeError} when it is not a node id (closest ids suggested).
 */
export function checkNodeId(network: Network, id: unknown, argument: string, fn: string): string {
  if (typeof id !== 'string') throw new InvalidArgumentError(fn, argument, `expected a node id string (got ${typeof id})`);
  if (!network.nodes.has(id)) throw new UnknownNodeError(fn, argument, id, closestIds(id, network.nodes.keys()));
  return id;
}

/** {@link findRoutes} after option checks (shared with the analyses). */
export function routesWithin(space: RouteSpace, origin: string, destination: string, k: number, fn: string, distinct?: DistinctQuery): FindRoutesResult {
  const { network } = space;
  checkNodeId(network, origin, 'origin', fn);
  checkNodeId(network, destination, 'destination', fn);
  const base = { kind: 'routes' as const, origin, destination, linksWithoutWeight: space.linksWithoutWeight };
  const title = `Routes ${origin} → ${destination}`;
  const early = noRouteBeforeSearch(space, origin, destination);
  if (early !== null) return present({ ...base, routes: [], dwellAssumedAt: [], reason: early }, network, title);
  const found = distinct === undefined ? undefined : distinctPaths(space, origin, destination, k, fn, distinct);
  const paths = found?.paths ?? shortestPaths(space, origin, destination, k, fn);
  const distinctInfo =
    found === undefined || distinct === undefined
      ? {}
      : { distinct: { by: distinct.by, enumerated: found.enumerated, complete: found.exhausted || found.paths.length >= k } };
  if (paths.length === 0) return present({ ...base, routes: [], dwellAssumedAt: [], reason: noRouteAfterSearch(space, origin, destination) }, network, title);
  const context = routeContext(space);
  const routes = paths.map((p, i) => rememberNetwork(assembleRoute(context, p, i + 1), network));
  const assumed = new Set<string>();
  for (const r of routes) for (const s of r.stops) if (s.dwell.some((d) => d.assumed)) assumed.add(s.nodeId);
  return present({ ...base, routes, dwellAssumedAt: [...assumed].sort(compareStrings), ...distinctInfo }, network, title);
}

/** What route assembly needs from a space. */
export function routeContext(space: RouteSpace): Parameters<typeof assembleRoute>[0] {
  return { network: space.network, weight: space.weightName, commodity: space.constraints.commodity, dwellDefaults: space.dwellDefaults };
}

/** Re-export for the analyses: constraints of a space. */
export type { ResolvedConstraints };
