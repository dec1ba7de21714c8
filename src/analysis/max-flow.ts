import { InvalidArgumentError, InvalidOptionError, UnknownNodeError } from '../errors.js';
import { present } from '../display/present.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import type { Commodity } from '../model/commodity.js';
import { ownOption, type ResolvedConstraints, type RouteConstraints, resolveConstraints } from '../routing/options.js';
import { type FlowNetwork, type FlowOutcome, flowNetwork, isNodePermitted, type RouteSpace, routeSpace, solveFlowNetwork } from '../engine/index.js';
import { type BarrelsPerTonne, DEFAULT_BARRELS_PER_TONNE, isBarrelsPerTonne } from '../model/capacity-units.js';
import type { MaxFlowResult } from '../results/max-flow.js';

/**
 * Options of {@link maxFlow}: the route constraints of `findRoutes` (`commodity` is required: it sets
 * the unit and which links count) plus `barrelsPerTonne` (see `BarrelsPerTonne`; default 7.33).
 */
export interface MaxFlowOptions extends RouteConstraints {
  readonly commodity: Commodity;
  readonly barrelsPerTonne?: BarrelsPerTonne;
}


const FN = 'maxFlow';

/**
 * Maximum flow of one commodity from one or several origins to one or several destinations, with the
 * minimum cut that bounds it.
 *
 * Capacities are converted to one canonical unit per commodity (see `toCanonicalCapacity`). Parallel
 * links count separately; a `both` link can be used either way up to its capacity; a node with a
 * throughput capacity (a port, a terminal) bounds the flow through it. Computed by push–relabel with
 * global relabelling.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param origins - one node id or a non-empty list (flow enters the network there).
 * @param destinations - one node id or a non-empty list, disjoint from `origins`.
 * @param options - `commodity` (required), route constraints, `barrelsPerTonne`.
 * @returns see {@link MaxFlowResult}.
 * @throws {UnknownNodeError} for an origin, destination or `avoidNodes` id not in the network.
 * @throws {InvalidArgumentError} for an empty or overlapping origin/destination list.
 * @throws {InvalidOptionError} without a `commodity`, or for an invalid option.
 * @throws {CommodityMismatchError} never for validated data (capacities are checked against the
 *   commodities they count when the network is parsed).
 * @example
 * ```ts
 * const flow = maxFlow(loadCorridorNetwork(), ['tengiz'], ['trieste'], { commodity: 'crude-oil' });
 * flow.value / 1e6; // Mt/yr
 * ```
 */
export function maxFlow(
  network: Network,
  origins: string | readonly string[],
  destinations: string | readonly string[],
  options: MaxFlowOptions,
): MaxFlowResult {
  assertUnmodified(network, FN);
  const query = prepareFlowQuery(network, origins, destinations, options, FN, []);
  if (query.empty !== null) return present(query.empty, network, 'Maximum flow');
  return present(describeFlow(query, solveFlowNetwork(query.flow)), network, 'Maximum flow');
}

/** A checked flow query (internal, shared with the capacity analyses): ids only, and the engine's handles. */
export interface FlowQuery {
  readonly network: Network;
  readonly constraints: ResolvedConstraints;
  /** The route space of the query (weight: length), for routes between the sets. */
  readonly space: RouteSpace;
  readonly commodity: Commodity;
  readonly barrelsPerTonne: BarrelsPerTonne;
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly droppedOrigins: readonly string[];
  readonly droppedDestinations: readonly string[];
  readonly flow: FlowNetwork;
  /** A finished result when the query is empty (no origin or destination left), else null. */
  readonly empty: MaxFlowResult | null;
}

/** Checks a flow query's arguments and builds its flow network (internal). */
export function prepareFlowQuery(
  network: Network,
  origins: string | readonly string[],
  destinations: string | readonly string[],
  options: MaxFlowOptions,
  fn: string,
  extraKeys: readonly string[],
): FlowQuery {
  if (options === undefined || options === null || typeof options !== 'object') {
    throw new InvalidOptionError(fn, 'options', options, 'expected an object with at least a commodity');
  }
  const constraints = resolveConstraints(network, options, fn, ['barrelsPerTonne', ...extraKeys]);
  if (constraints.commodity === null) {
    throw new InvalidOptionError(fn, 'commodity', undefined, 'is required: capacities of different commodities are never summed');
  }
  const barrelsPerTonne = checkBarrelsPerTonne(network, ownOption(options, 'barrelsPerTonne'), fn);
  const space = routeSpace(network, constraints, 'lengthKm', fn);
  const originIds = idList(network, origins, 'origins', fn);
  const destinationIds = idList(network, destinations, 'destinations', fn);
  const overlap = originIds.filter((id) => destinationIds.includes(id));
  if (overlap.length > 0) {
    throw new InvalidArgumentError(fn, 'destinations', `node "${overlap[0]}" is both an origin and a destination`);
  }
  const keptOrigins = originIds.filter((id) => isNodePermitted(space, id));
  const keptDestinations = destinationIds.filter((id) => isNodePermitted(space, id));
  const droppedOrigins = originIds.filter((id) => !keptOrigins.includes(id));
  const droppedDestinations = destinationIds.filter((id) => !keptDestinations.includes(id));
  const flow = flowNetwork(space, constraints.commodity, keptOrigins, keptDestinations, barrelsPerTonne);
  let empty: MaxFlowResult | null = null;
  if (keptOrigins.length === 0 || keptDestinations.length === 0) {
    const which = keptOrigins.length === 0 ? 'origins' : 'destinations';
    empty = {
      kind: 'max-flow',
      commodity: constraints.commodity,
      unit: flow.unit,
      value: 0,
      complete: true,
      unknownCapacityLinks: [],
      lowerBoundCapacities: [],
      flowByLink: {},
      minCut: { linkIds: [], nodeIds: [], capacity: 0 },
      origins: keptOrigins,
      destinations: keptDestinations,
      droppedOrigins,
      droppedDestinations,
      reason: {
        code: which === 'origins' ? 'no-origins' : 'no-destinations',
        message: `every ${which.slice(0, -1)} is excluded by the constraints (avoided country or node): ${(which === 'origins' ? droppedOrigins : droppedDestinations).join(', ')}`,
      },
    };
  }
  return {
    network,
    constraints,
    space,
    commodity: constraints.commodity,
    barrelsPerTonne,
    origins: keptOrigins,
    destinations: keptDestinations,
    droppedOrigins,
    droppedDestinations,
    flow,
    empty,
  };
}

/**
 * Turns a flow outcome into the public `MaxFlowResult` (internal). `removed` says the outcome is of a
 * network with elements taken out (N-1), where a value of 0 needs no reason.
 */
export function describeFlow(query: FlowQuery, outcome: FlowOutcome, removed = false): MaxFlowResult {
  const result: MaxFlowResult = {
    kind: 'max-flow',
    commodity: query.commodity,
    unit: query.flow.unit,
    value: outcome.value,
    complete: outcome.unknownCapacityLinks.length === 0 && outcome.lowerBoundCapacities.length === 0,
    unknownCapacityLinks: outcome.unknownCapacityLinks,
    lowerBoundCapacities: outcome.lowerBoundCapacities,
    flowByLink: outcome.flowByLink,
    minCut: outcome.minCut,
    origins: query.origins,
    destinations: query.destinations,
    droppedOrigins: query.droppedOrigins,
    droppedDestinations: query.droppedDestinations,
  };
  if (outcome.value === 0 && !removed) {
    const unknownLinks = outcome.unknownCapacityLinks;
    const reason =
      unknownLinks.length > 0
        ? ({
            code: 'unknown-capacity',
            message: `every permitted path has a link of unknown capacity for ${query.commodity} (${unknownLinks.length}: ${unknownLinks.slice(0, 5).join(', ')}${unknownLinks.length > 5 ? ', …' : ''}): the capacity is unknown, 0 is only a lower bound`,
          } as const)
        : ({ code: 'unreachable', message: 'no permitted path joins the origins to the destinations' } as const);
    return { ...result, reason };
  }
  return result;
}

function idList(network: Network, value: string | readonly string[], argument: string, fn: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw new InvalidArgumentError(fn, argument, 'expected a node id or a non-empty list of node ids');
  }
  const out: string[] = [];
  for (const id of list as readonly unknown[]) {
    if (typeof id !== 'string') throw new InvalidArgumentError(fn, argument, `expected node id strings (got ${typeof id})`);
    if (!network.nodes.has(id)) throw new UnknownNodeError(fn, argument, id, closestIds(id, network.nodes.keys()));
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Checks the `barrelsPerTonne` option: a number of barrels per tonne from 5 to 15, or
 * `{ default?, byId? }` with such numbers and `byId` keys naming links or nodes of the network.
 */
function checkBarrelsPerTonne(network: Network, value: unknown, fn: string): BarrelsPerTonne {
  if (value === undefined) return DEFAULT_BARRELS_PER_TONNE;
  if (isBarrelsPerTonne(value)) return value as number;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidOptionError(fn, 'barrelsPerTonne', value, 'expected 5 to 15 barrels per tonne, or { default?, byId? }');
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'default' && key !== 'byId') throw new InvalidOptionError(fn, `barrelsPerTonne.${key}`, record[key], 'unknown key (expected default and byId)');
  }
  if (record['default'] !== undefined && !isBarrelsPerTonne(record['default'])) {
    throw new InvalidOptionError(fn, 'barrelsPerTonne.default', record['default'], 'expected 5 to 15 barrels per tonne');
  }
  const byId = record['byId'];
  if (byId !== undefined) {
    if (typeof byId !== 'object' || byId === null || Array.isArray(byId)) {
      throw new InvalidOptionError(fn, 'barrelsPerTonne.byId', byId, 'expected an object of link or node id → barrels per tonne');
    }
    for (const [id, factor] of Object.entries(byId)) {
      if (!network.links.has(id) && !network.nodes.has(id)) {
        throw new InvalidOptionError(fn, `barrelsPerTonne.byId.${id}`, factor, `"${id}" is neither a link nor a node${suggest(id, [...network.links.keys(), ...network.nodes.keys()])}`);
      }
      if (!isBarrelsPerTonne(factor)) throw new InvalidOptionError(fn, `barrelsPerTonne.byId.${id}`, factor, 'expected 5 to 15 barrels per tonne');
    }
  }
  return record as BarrelsPerTonne;
}

function suggest(id: string, pool: readonly string[]): string {
  const near = closestIds(id, pool);
  return near.length > 0 ? `; did you mean ${near.map((x) => `"${x}"`).join(', ')}?` : '';
}
