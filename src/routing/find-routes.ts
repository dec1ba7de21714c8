import { InvalidArgumentError, InvalidOptionError, UnknownNodeError } from '../errors.js';
import { rememberNetwork } from '../graph/result-origin.js';
import { present } from '../export/present.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import { kShortestArcPaths } from './k-shortest-paths.js';
import { type NoRouteReason, reasonBeforeSearch, unreachableReason } from './no-route-reason.js';
import { type ResolvedConstraints, type RouteConstraints, type RouteWeight, ownOption, resolveConstraints } from './options.js';
import { assembleRoute, type Route } from './route.js';
import { type SearchSpace, searchSpaceOf } from './search-space.js';

/**
 * Options of {@link findRoutes}: the {@link RouteConstraints} plus
 * - `k`: how many routes to return at most (integer 1–10,000; default 1);
 * - `weight`: what to minimise (default `'lengthKm'`; see {@link RouteWeight}).
 */
export interface FindRoutesOptions extends RouteConstraints {
  readonly k?: number;
  readonly weight?: RouteWeight;
}

/**
 * Result of {@link findRoutes}.
 *
 * - `origin`, `destination`: the node ids asked for.
 * - `routes`: up to `k` routes, best first (see {@link findRoutes} for the order); empty when none.
 * - `reason`: why `routes` is empty (absent when it is not).
 * - `linksWithoutWeight`: ids of links that passed the constraints but were left out because they
 *   lack the weight attribute (e.g. no `transitTimeHours`), sorted; empty for `lengthKm`.
 */
export interface FindRoutesResult {
  readonly origin: string;
  readonly destination: string;
  readonly routes: readonly Route[];
  readonly reason?: NoRouteReason;
  readonly linksWithoutWeight: readonly string[];
}

const FN = 'findRoutes';

/**
 * Finds up to `k` loopless routes from `origin` to `destination`, best first.
 *
 * Routes are searched over links, not node pairs: two parallel links between the same nodes give two
 * routes, and a `both` link may be travelled either way (each leg says which). Yen's k-shortest-paths
 * algorithm (with Lawler's refinement and an A* spur search) enumerates them.
 *
 * Order and tie rule: by total cost in the weight's unit; at equal cost (within a relative 10⁻⁹, so
 * that rounding in floating-point sums never decides) by fewer legs; then by the legs' link ids
 * compared one by one (code-unit order), forward before reverse. The answer therefore never depends on
 * the order of features in the dataset.
 *
 * Constraints remove elements from the search (never weight them to infinity): only links whose status
 * is in `statuses` (default operational), of the given `modes`, carrying the `commodity`, not closed,
 * not crossing an avoided country, between nodes that are not avoided.
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
 * @throws {InvalidOptionError} for a misspelt option, a `k` that is not an integer in 1–10,000, or an
 *   unknown mode, status, commodity, country code or weight.
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
  const constraints = resolveConstraints(network, options, FN, ['k', 'weight']);
  const givenK = ownOption(options, 'k');
  const k = givenK === undefined ? 1 : givenK;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > 10_000) {
    throw new InvalidOptionError(FN, 'k', k, 'expected an integer from 1 to 10,000');
  }
  const weight = ownOption(options, 'weight');
  return routesWithin(network, origin, destination, constraints, weight === undefined ? 'lengthKm' : weight, k, FN);
}

/**
 * Checks that `id` names a node of `network` and returns its index in the topology.
 *
 * @throws {InvalidArgumentError} when `id` is not a string.
 * @throws {UnknownNodeError} when it is not a node id (closest ids suggested).
 */
export function nodeIndexOf(space: SearchSpace, network: Network, id: unknown, argument: string, fn: string): number {
  if (typeof id !== 'string') throw new InvalidArgumentError(fn, argument, `expected a node id string (got ${typeof id})`);
  const index = space.topology.nodeIndex.get(id);
  if (index === undefined) throw new UnknownNodeError(fn, argument, id, closestIds(id, network.nodes.keys()));
  return index;
}

/** {@link findRoutes} after option checks (shared with the analyses). */
export function routesWithin(
  network: Network,
  origin: string,
  destination: string,
  constraints: ResolvedConstraints,
  weight: RouteWeight,
  k: number,
  fn: string,
): FindRoutesResult {
  const space = searchSpaceOf(network, constraints, weight, fn);
  const o = nodeIndexOf(space, network, origin, 'origin', fn);
  const d = nodeIndexOf(space, network, destination, 'destination', fn);
  const base = { origin, destination, linksWithoutWeight: space.linksWithoutWeight };
  const early = reasonBeforeSearch(space, o, d);
  if (early !== null) return present({ ...base, routes: [], reason: early }, network, `Routes ${origin} → ${destination}`);
  const paths = kShortestArcPaths(space, o, d, k);
  if (paths.length === 0) return present({ ...base, routes: [], reason: unreachableReason(space, o, d) }, network, `Routes ${origin} → ${destination}`);
  const routes = paths.map((p, i) => rememberNetwork(assembleRoute(space.topology, p, o, i + 1, space.weightName), network));
  return present({ ...base, routes }, network, `Routes ${origin} → ${destination}`);
}
