import { InvalidArgumentError } from '../errors.js';
import { mustPassCountriesOfPairs, routeSpace } from '../engine/index.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import type { MustPassCountries } from '../results/must-pass-countries.js';
import { checkNodeId } from '../routing/find-routes.js';
import { type RouteConstraints, resolveConstraints } from '../routing/options.js';

/** An origin–destination pair for {@link findMustPassCountries}: `[origin, destination]` node ids. */
export type OdPair = readonly [origin: string, destination: string];


const FN = 'findMustPassCountries';

/**
 * The countries every permitted route must cross, for many origin–destination pairs at once — the
 * must-pass part of `transitDependency`, without its per-country detours, for batch work on large
 * networks.
 *
 * Exact: for each country, the network without it is labelled once (connected components when every
 * permitted link can be used both ways, strongly connected components otherwise, with a
 * breadth-first search for the pairs those do not settle), and each pair is then answered by
 * comparing labels. Cost: one labelling per country plus a label comparison per pair and country.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param pairs - `[origin, destination]` node id pairs.
 * @param options - route constraints as for `findRoutes`.
 * @returns one {@link MustPassCountries} per pair, in the order given.
 * @throws {UnknownNodeError} for an id not in the network; {@link InvalidArgumentError} when `pairs`
 *   is not a list of two-id pairs.
 * @throws {InvalidOptionError} for an invalid option.
 * @example
 * ```ts
 * findMustPassCountries(loadCorridorNetwork(), [['alashankou', 'kars'], ['khorgos', 'kars']], { commodity: 'containers' });
 * // [{ origin: 'alashankou', destination: 'kars', reachable: true, mustPassCountries: ['AZ', 'GE', 'KZ'] }, …]
 * ```
 */
export function findMustPassCountries(network: Network, pairs: readonly OdPair[], options: RouteConstraints = {}): MustPassCountries[] {
  assertUnmodified(network, FN);
  if (!Array.isArray(pairs)) throw new InvalidArgumentError(FN, 'pairs', 'expected a list of [origin, destination] pairs');
  const constraints = resolveConstraints(network, options, FN, []);
  const space = routeSpace(network, constraints, 'lengthKm', FN);
  const checked = pairs.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new InvalidArgumentError(FN, `pairs[${i}]`, 'expected [origin, destination]');
    return [checkNodeId(network, pair[0], `pairs[${i}][0]`, FN), checkNodeId(network, pair[1], `pairs[${i}][1]`, FN)] as const;
  });
  const answers = mustPassCountriesOfPairs(space, checked);
  return checked.map(([origin, destination], i) => ({
    kind: 'must-pass-countries' as const,
    origin,
    destination,
    reachable: answers[i]!.reachable,
    mustPassCountries: answers[i]!.countries,
  }));
}
