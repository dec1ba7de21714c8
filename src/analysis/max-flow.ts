import { InvalidArgumentError, InvalidOptionError, UnknownNodeError } from '../errors.js';
import { present } from '../export/present.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import { compareStrings } from '../internal/compare.js';
import type { Commodity } from '../model/commodity.js';
import { ownOption, type ResolvedConstraints, type RouteConstraints, resolveConstraints } from '../routing/options.js';
import { type SearchSpace, searchSpaceOf } from '../routing/search-space.js';
import { type BarrelsPerTonne, type CanonicalCapacityUnit, DEFAULT_BARRELS_PER_TONNE, isBarrelsPerTonne } from './capacity-units.js';
import { buildFlowModel, type FlowModel, type FlowRemoval, flowTolerance, type SolvedFlow, solveFlow } from './flow-model.js';

/**
 * Options of {@link maxFlow}: the route constraints of `findRoutes` (`commodity` is required: it sets
 * the unit and which links count) plus `barrelsPerTonne` (see `BarrelsPerTonne`; default 7.33).
 */
export interface MaxFlowOptions extends RouteConstraints {
  readonly commodity: Commodity;
  readonly barrelsPerTonne?: BarrelsPerTonne;
}

/**
 * Result of {@link maxFlow}.
 *
 * - `value`: the maximum flow in `unit` (`t/yr` for oil and cargo, `bcm/yr` for gas, `TEU/yr` for
 *   containers) counting only known capacities; `Infinity` when a path of unlimited elements joins
 *   the sets. When `complete` is false it is a lower bound.
 * - `complete`: true when no link of unknown capacity could raise the value;
 *   `unknownCapacityLinks`: the ids of those that could (sorted). Links lacking a figure for the
 *   commodity are unknown, never zero or unlimited. Nodes without a throughput figure are not
 *   constraints.
 * - `flowByLink`: net flow per link id in `unit`, positive in the link's forward direction
 *   (`from` → `to`), negative when it runs the other way; links without flow are absent. One maximum
 *   flow among possibly several. When `value` is `Infinity`, the links on a path of unlimited
 *   elements from an origin to a destination show `Infinity` (or `-Infinity`); other links show a
 *   finite flow carried alongside it.
 * - `minCut`: the bottleneck closest to the origins: `linkIds` and `nodeIds` (node throughputs)
 *   whose capacities sum to `capacity` (= `value` when finite).
 * - `origins`, `destinations`: the node ids used; `droppedOrigins`, `droppedDestinations`: those
 *   removed because they lie in an avoided country or are avoided nodes.
 * - `reason`: set when the value is 0: `no-origins` / `no-destinations` (all excluded by the
 *   constraints), `unknown-capacity` (permitted paths exist, but every one has a link of unknown
 *   capacity: the true value is unknown, not 0) or `unreachable` (no permitted path).
 */
export interface MaxFlowResult {
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
  readonly value: number;
  readonly complete: boolean;
  readonly unknownCapacityLinks: readonly string[];
  readonly flowByLink: Readonly<Record<string, number>>;
  readonly minCut: { readonly linkIds: readonly string[]; readonly nodeIds: readonly string[]; readonly capacity: number };
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly droppedOrigins: readonly string[];
  readonly droppedDestinations: readonly string[];
  readonly reason?: { readonly code: 'no-origins' | 'no-destinations' | 'unknown-capacity' | 'unreachable'; readonly message: string };
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
  return present(describeFlow(query, solveFlow(query.model)), network, 'Maximum flow');
}

/** A checked flow query (internal, shared with the capacity analyses). */
export interface FlowQuery {
  readonly network: Network;
  readonly constraints: ResolvedConstraints;
  readonly space: SearchSpace;
  readonly commodity: Commodity;
  readonly barrelsPerTonne: BarrelsPerTonne;
  readonly origins: readonly number[];
  readonly destinations: readonly number[];
  readonly droppedOrigins: readonly string[];
  readonly droppedDestinations: readonly string[];
  readonly model: FlowModel;
  /** A finished result when the query is empty (no origin or destination left), else null. */
  readonly empty: MaxFlowResult | null;
}

/** Checks a flow query's arguments and builds its flow model (internal). */
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
  const space = searchSpaceOf(network, constraints, 'lengthKm', fn);
  const originIds = idList(network, origins, 'origins', fn);
  const destinationIds = idList(network, destinations, 'destinations', fn);
  const overlap = originIds.filter((id) => destinationIds.includes(id));
  if (overlap.length > 0) {
    throw new InvalidArgumentError(fn, 'destinations', `node "${overlap[0]}" is both an origin and a destination`);
  }
  const index = (id: string) => space.topology.nodeIndex.get(id)!;
  const keptOrigins = originIds.filter((id) => space.nodeAllowed[index(id)] === 1);
  const keptDestinations = destinationIds.filter((id) => space.nodeAllowed[index(id)] === 1);
  const droppedOrigins = originIds.filter((id) => !keptOrigins.includes(id));
  const droppedDestinations = destinationIds.filter((id) => !keptDestinations.includes(id));
  const model = buildFlowModel(space, constraints.commodity, keptOrigins.map(index), keptDestinations.map(index), barrelsPerTonne);
  let empty: MaxFlowResult | null = null;
  if (keptOrigins.length === 0 || keptDestinations.length === 0) {
    const which = keptOrigins.length === 0 ? 'origins' : 'destinations';
    empty = {
      commodity: constraints.commodity,
      unit: model.unit,
      value: 0,
      complete: true,
      unknownCapacityLinks: [],
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
    origins: keptOrigins.map(index),
    destinations: keptDestinations.map(index),
    droppedOrigins,
    droppedDestinations,
    model,
    empty,
  };
}

/**
 * Topology links with an arc on a path of unlimited arcs from the source to the sink of a solved
 * flow's model: the links that carry an unbounded flow (internal).
 */
function linksOnUnlimitedPaths(solved: SolvedFlow): Set<number> {
  const { model, capacity } = solved;
  const { topology } = model.space;
  const big = 2 * model.finiteTotal + 1;
  const n = model.nodeCount;
  const out: number[][] = Array.from({ length: n }, () => []);
  const into: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < model.tail.length; i++) {
    if (capacity[i]! < big) continue;
    out[model.tail[i]!]!.push(model.head[i]!);
    into[model.head[i]!]!.push(model.tail[i]!);
  }
  const reach = (start: number, next: number[][]) => {
    const seen = new Uint8Array(n);
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) for (const v of next[stack.pop()!]!) if (seen[v] === 0) (seen[v] = 1), stack.push(v);
    return seen;
  };
  const fromSource = reach(model.source, out);
  const toSink = reach(model.sink, into);
  const links = new Set<number>();
  for (let i = 0; i < model.tail.length; i++) {
    const arc = model.arcOf[i]!;
    if (arc >= 0 && capacity[i]! >= big && fromSource[model.tail[i]!] === 1 && toSink[model.head[i]!] === 1) links.add(topology.arcLink[arc]!);
  }
  return links;
}

/** Turns a solved flow into the public {@link MaxFlowResult} (internal). */
export function describeFlow(query: FlowQuery, solved: SolvedFlow, removal: FlowRemoval = {}): MaxFlowResult {
  const { model, solution } = solved;
  const { topology } = query.space;
  const eps = flowTolerance(model);
  const net = new Map<number, number>();
  for (let i = 0; i < model.tail.length; i++) {
    const arc = model.arcOf[i]!;
    const f = solution.arcFlow[i]!;
    if (arc < 0 || f === 0) continue;
    const l = topology.arcLink[arc]!;
    net.set(l, (net.get(l) ?? 0) + (topology.arcReverse[arc] === 1 ? -f : f));
  }
  // Under an unbounded flow, the engine's figures on the unlimited paths are only its stand-in bound.
  const unlimitedLinks = solved.value === Infinity ? linksOnUnlimitedPaths(solved) : new Set<number>();
  const flowByLink: Record<string, number> = {};
  for (const [l, f] of [...net].sort((a, b) => a[0] - b[0])) {
    if (Math.abs(f) > eps) flowByLink[topology.linkIds[l]!] = unlimitedLinks.has(l) ? Math.sign(f) * Infinity : f;
  }

  const cutLinks = new Set<number>();
  const cutNodes = new Set<number>();
  let cutCapacity = 0;
  for (let i = 0; i < model.tail.length; i++) {
    if (solution.sourceSide[model.tail[i]!] !== 1 || solution.sourceSide[model.head[i]!] === 1) continue;
    if (solved.capacity[i] === 0) continue;
    cutCapacity += solved.capacity[i]!;
    const arc = model.arcOf[i]!;
    if (arc >= 0) cutLinks.add(topology.arcLink[arc]!);
    else if (model.splitNodeOf[i]! >= 0) cutNodes.add(model.splitNodeOf[i]!);
  }
  const unknownLinks = [...new Set(solved.dependsOnUnknownArcs.map((a) => topology.arcLink[a]!))].map((l) => topology.linkIds[l]!).sort(compareStrings);
  const result: MaxFlowResult = {
    commodity: query.commodity,
    unit: model.unit,
    value: solved.value,
    complete: unknownLinks.length === 0,
    unknownCapacityLinks: unknownLinks,
    flowByLink,
    minCut: {
      linkIds: [...cutLinks].sort((a, b) => a - b).map((l) => topology.linkIds[l]!),
      nodeIds: [...cutNodes].sort((a, b) => a - b).map((v) => topology.nodeIds[v]!),
      capacity: solved.value === Infinity ? Infinity : cutCapacity,
    },
    origins: query.origins.map((o) => topology.nodeIds[o]!),
    destinations: query.destinations.map((d) => topology.nodeIds[d]!),
    droppedOrigins: query.droppedOrigins,
    droppedDestinations: query.droppedDestinations,
  };
  if (solved.value === 0 && removal.links === undefined && removal.nodes === undefined) {
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
