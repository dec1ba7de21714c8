/**
 * The routing and flow engine: the only module that reads the network's typed-array index (CSR
 * topology, masks, labels). Analyses ask it questions in ids — node ids, link ids, country codes —
 * and get ids back.
 *
 * - {@link routeSpace}: the part of a network a question may use (constraints) and what it minimises
 *   (a weight, with what the nodes charge); cached per network.
 * - Routes: {@link shortestPaths} (k loopless routes), {@link bestPathBetween} (between sets),
 *   {@link paretoPaths} (non-dominated routes over several criteria), {@link diversePaths} (the best
 *   route per set of transit countries).
 * - Structure: {@link isReachable}, {@link mustPassElements}, {@link mustPassCountriesOfPairs},
 *   {@link transitCountryCandidates}, the set versions, {@link permittedLinkIds}.
 * - Flows: {@link flowNetwork} and {@link solveFlowNetwork} (maximum flow and minimum cut, with
 *   elements removed).
 * - What a route pays at its nodes: {@link routeStops}.
 *
 * Every question can leave out more elements through an {@link Exclusion} (countries with their nodes
 * and every link crossing them, nodes, links).
 *
 * @module
 */
import type { Network } from '../graph/network.js';
import type { BarrelsPerTonne } from '../model/capacity-units.js';
import type { CanonicalCapacityUnit, Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';
import type { TravelDirection } from '../model/direction.js';
import { MODES, type Mode } from '../model/mode.js';
import { type RouteWeight, WEIGHT_TABLE, type WeightName } from '../model/weight.js';
import type { NoRouteReason } from '../results/find-routes.js';
import { bestRouteBetween, mustPassCountriesBetween as mustPassBetween, type NodeSets, routeCountriesBetween as routeCountries } from './between-sets.js';
import { componentLabels, isSymmetric, strongComponentLabels } from './components.js';
import type { DwellDefaults, EngineConstraints, Exclusion } from './constraints.js';
import { mustPassElements as dominators } from './dominators.js';
import { buildFlowModel, type FlowModel, type FlowOutcome, outcomeOf, solveFlow } from './flow-model.js';
import { kShortestArcPaths, loopless } from './k-shortest-paths.js';
import { type AdditiveCriterion, type CountryCriterion, lowerBoundsTo, paretoFront } from './pareto.js';
import { reasonBeforeSearch, unreachableReason } from './no-route-reason.js';
import { type ArcPath, type SearchBlocks } from './path-search.js';
import { countryBlocks, isReachable as reachable, traverse } from './reachability.js';
import { MEDIAN_DWELL_DEFAULTS, type SearchSpace, searchSpaceOf } from './search-space.js';
import { type Topology, topologyOf } from './topology.js';
import { TransferModel } from './transfers.js';

export type { DwellDefaults, EngineConstraints, Exclusion } from './constraints.js';
export type { FlowOutcome } from './flow-model.js';
export { MEDIAN_DWELL_DEFAULTS } from './search-space.js';
export { sameCost } from './path-search.js';

/**
 * A prepared question space: a network under constraints, with a weight (internal). Opaque: only the
 * engine reads its index.
 */
export interface RouteSpace {
  readonly network: Network;
  readonly constraints: EngineConstraints;
  /** A key of `WEIGHT_TABLE`, or `'custom'`. */
  readonly weightName: string;
  /** Links admitted by the constraints but left out because they lack the weight (sorted ids). */
  readonly linksWithoutWeight: readonly string[];
  readonly dwellDefaults: DwellDefaults;
}

const internals = new WeakMap<RouteSpace, SearchSpace>();

/** The {@link RouteSpace} of a network under `constraints`, minimising `weight` (see `searchSpaceOf`). */
export function routeSpace(network: Network, constraints: EngineConstraints, weight: RouteWeight, fn: string, dwellDefaults: DwellDefaults = MEDIAN_DWELL_DEFAULTS): RouteSpace {
  const space = searchSpaceOf(network, constraints, weight, fn, dwellDefaults);
  const handle: RouteSpace = Object.freeze({ network, constraints, weightName: space.weightName, linksWithoutWeight: space.linksWithoutWeight, dwellDefaults });
  internals.set(handle, space);
  return handle;
}

function inner(space: RouteSpace): SearchSpace {
  return internals.get(space)!;
}

/** One leg of an {@link EnginePath}: a link and the direction it is travelled. */
export interface EngineLeg {
  readonly linkId: string;
  readonly direction: TravelDirection;
}

/** A route as the engine finds it: node ids in order, its legs, and its cost in the weight's unit. */
export interface EnginePath {
  readonly nodeIds: readonly string[];
  readonly legs: readonly EngineLeg[];
  readonly cost: number;
}

function pathOf(topology: Topology, origin: number, path: ArcPath): EnginePath {
  const nodeIds = [topology.nodeIds[origin]!];
  const legs: EngineLeg[] = [];
  for (const a of path.arcs) {
    nodeIds.push(topology.nodeIds[topology.arcHead[a]!]!);
    legs.push({ linkId: topology.linkIds[topology.arcLink[a]!]!, direction: topology.arcReverse[a] === 1 ? 'reverse' : 'forward' });
  }
  return { nodeIds, legs, cost: path.cost };
}

function nodeIndex(space: SearchSpace, id: string): number {
  const i = space.topology.nodeIndex.get(id);
  if (i === undefined) throw new Error(`internal: unknown node ${id}`);
  return i;
}

/** Node and arc masks leaving out an exclusion's countries, nodes and links (`{}` when empty). */
function blocksOf(space: SearchSpace, exclusion: Exclusion | undefined): SearchBlocks {
  if (exclusion === undefined) return {};
  const { topology } = space;
  const countries = exclusion.countries ?? [];
  const nodes = exclusion.nodes ?? [];
  const links = exclusion.links ?? [];
  if (countries.length === 0 && nodes.length === 0 && links.length === 0) return {};
  const nodeMask = countries.length + nodes.length > 0 ? new Uint8Array(topology.nodeIds.length) : undefined;
  const arcMask = countries.length + links.length > 0 ? new Uint8Array(topology.arcCount) : undefined;
  for (const code of countries) {
    const c = topology.countryIndex.get(code);
    if (c === undefined) continue; // a country with no node or link here removes nothing
    for (const v of topology.countryNodes[c]!) nodeMask![v] = 1;
    for (const l of topology.countryLinks[c]!) markLink(topology, arcMask!, l);
  }
  for (const id of nodes) nodeMask![nodeIndex(space, id)] = 1;
  for (const id of links) {
    const l = topology.linkIndex.get(id);
    if (l === undefined) throw new Error(`internal: unknown link ${id}`);
    markLink(topology, arcMask!, l);
  }
  return { ...(nodeMask === undefined ? {} : { nodes: nodeMask }), ...(arcMask === undefined ? {} : { arcs: arcMask }) };
}

function markLink(topology: Topology, arcMask: Uint8Array, l: number): void {
  arcMask[topology.linkArcs[2 * l]!] = 1;
  const reverse = topology.linkArcs[2 * l + 1]!;
  if (reverse >= 0) arcMask[reverse] = 1;
}

/** True when the node is not excluded by the constraints (avoided node or country). */
export function isNodePermitted(space: RouteSpace, id: string): boolean {
  const s = inner(space);
  return s.nodeAllowed[nodeIndex(s, id)] === 1;
}

/** Why no route can exist before searching (same node, excluded or isolated ends, nothing permitted), or `null`. */
export function noRouteBeforeSearch(space: RouteSpace, origin: string, destination: string): NoRouteReason | null {
  const s = inner(space);
  return reasonBeforeSearch(s, nodeIndex(s, origin), nodeIndex(s, destination));
}

/** The reason to give when a search found no route although both ends have permitted links. */
export function noRouteAfterSearch(space: RouteSpace, origin: string, destination: string): NoRouteReason {
  const s = inner(space);
  return unreachableReason(s, nodeIndex(s, origin), nodeIndex(s, destination));
}

/**
 * Up to `k` loopless routes from `origin` to `destination`, best first in the library's route order
 * (cost, then fewer legs, then legs by link id; see `kShortestArcPaths`), leaving out `exclusion`.
 *
 * @throws {SearchLimitError} see `bestSimplePath` (only when nodes charge for transfers).
 */
export function shortestPaths(space: RouteSpace, origin: string, destination: string, k: number, fn: string, exclusion?: Exclusion): EnginePath[] {
  const s = inner(space);
  const o = nodeIndex(s, origin);
  const d = nodeIndex(s, destination);
  if (o === d) return [];
  return kShortestArcPaths(s, o, d, k, fn, blocksOf(s, exclusion)).map((p) => pathOf(s.topology, o, p));
}

/**
 * The loopless routes from `origin` to `destination` one at a time, best first (the order of
 * {@link shortestPaths}), for callers that stop on a condition rather than at a count.
 */
export function* pathsInOrder(space: RouteSpace, origin: string, destination: string, fn: string, exclusion?: Exclusion): Generator<EnginePath> {
  const s = inner(space);
  const o = nodeIndex(s, origin);
  const d = nodeIndex(s, destination);
  if (o === d) return;
  for (const p of loopless(s, o, d, fn, blocksOf(s, exclusion))) yield pathOf(s.topology, o, p);
}

/** The best loopless route from any origin to any destination (ids), leaving out `exclusion`; `null` when none. */
export function bestPathBetween(space: RouteSpace, origins: readonly string[], destinations: readonly string[], fn: string, exclusion?: Exclusion): (EnginePath & { readonly lengthKm: number }) | null {
  const s = inner(space);
  const best = bestRouteBetween(setsOf(s, origins, destinations), blocksOf(s, exclusion), fn);
  return best === null ? null : { ...pathOf(s.topology, best.origin, best.path), lengthKm: best.lengthKm };
}

function setsOf(space: SearchSpace, origins: readonly string[], destinations: readonly string[]): NodeSets {
  return { space, origins: origins.map((id) => nodeIndex(space, id)), destinations: destinations.map((id) => nodeIndex(space, id)) };
}

/** True when a permitted route joins some origin to some destination, leaving out `exclusion`. */
export function isReachable(space: RouteSpace, origins: readonly string[], destinations: readonly string[], exclusion?: Exclusion): boolean {
  const s = inner(space);
  const blocks = blocksOf(s, exclusion);
  const targets = new Set(destinations.map((id) => nodeIndex(s, id)));
  const starts = origins.map((id) => nodeIndex(s, id));
  if (starts.some((o) => targets.has(o) && s.nodeAllowed[o] === 1 && blocks.nodes?.[o] !== 1)) return true;
  if (starts.length === 1 && targets.size === 1) return reachable(s, starts[0]!, [...targets][0]!, blocks);
  return traverse(s, starts, { direction: 'forward', blocks, targets }).hit;
}

/**
 * Countries some permitted walk from `origin` to `destination` can touch (nodes on such walks, and
 * the `transitCountries` of their links), not passing the origin or destination on the way; the
 * candidates of a transit-country analysis, in code order (the ends' own countries included).
 */
export function transitCountryCandidates(space: RouteSpace, origin: string, destination: string): CountryCode[] {
  const s = inner(space);
  const { topology } = s;
  const o = nodeIndex(s, origin);
  const d = nodeIndex(s, destination);
  const fromOrigin = traverse(s, [o], { direction: 'forward', stop: d }).seen;
  const toDestination = traverse(s, [d], { direction: 'backward', stop: o }).seen;
  const found = new Set<number>();
  for (let v = 0; v < topology.nodeIds.length; v++) {
    if (fromOrigin[v] === 1 && toDestination[v] === 1) found.add(topology.nodeCountry[v]!);
  }
  for (let a = 0; a < topology.arcCount; a++) {
    if (s.arcAllowed[a] === 0) continue;
    const u = topology.arcTail[a]!;
    const v = topology.arcHead[a]!;
    if (u === d || v === o || fromOrigin[u] === 0 || toDestination[v] === 0) continue;
    for (const code of topology.links[topology.arcLink[a]!]!.transitCountries) found.add(topology.countryIndex.get(code)!);
  }
  return [...found].sort((a, b) => a - b).map((c) => topology.countries[c]!);
}

/**
 * The nodes and links every permitted route from `origin` to `destination` uses (single points of
 * failure; ends excluded), in route order; `null` when the destination is unreachable. Exact
 * (dominators of the link-split graph; see `dominators.ts`).
 */
export function mustPassElements(space: RouteSpace, origin: string, destination: string): { readonly nodeIds: string[]; readonly linkIds: string[] } | null {
  const s = inner(space);
  const found = dominators(s, nodeIndex(s, origin), nodeIndex(s, destination));
  if (found === null) return null;
  return { nodeIds: found.nodes.map((v) => s.topology.nodeIds[v]!), linkIds: found.links.map((l) => s.topology.linkIds[l]!) };
}

/**
 * For each `[origin, destination]` pair: whether a permitted route joins them, and the countries
 * (other than the ends') without which none does, in code order. The network without each country is
 * labelled once (connected components when every permitted link can be used both ways, strongly
 * connected components otherwise, with a breadth-first search for the pairs those do not settle).
 */
export function mustPassCountriesOfPairs(space: RouteSpace, pairs: readonly (readonly [string, string])[]): { readonly reachable: boolean; readonly countries: CountryCode[] }[] {
  const s = inner(space);
  const { topology } = s;
  const indexed = pairs.map(([o, d]) => [nodeIndex(s, o), nodeIndex(s, d)] as const);
  const symmetric = isSymmetric(s);
  const label = (blocks: SearchBlocks) => (symmetric ? componentLabels(s, blocks) : strongComponentLabels(s, blocks));
  const connected = (labels: Int32Array, blocks: SearchBlocks, o: number, d: number) => {
    if (labels[o]! < 0 || labels[d]! < 0) return false;
    if (labels[o] === labels[d]) return true;
    return symmetric ? false : reachable(s, o, d, blocks);
  };
  const baseLabels = label({});
  const isReached = indexed.map(([o, d]) => o !== d && connected(baseLabels, {}, o, d));
  const found: CountryCode[][] = indexed.map(() => []);
  topology.countries.forEach((code, c) => {
    const relevant = indexed.some(([o, d], i) => isReached[i] && topology.nodeCountry[o] !== c && topology.nodeCountry[d] !== c);
    if (!relevant) return;
    const blocks = countryBlocks(topology, c);
    const labels = label(blocks);
    indexed.forEach(([o, d], i) => {
      if (!isReached[i] || topology.nodeCountry[o] === c || topology.nodeCountry[d] === c) return;
      if (!connected(labels, blocks, o, d)) found[i]!.push(code);
    });
  });
  return indexed.map((_, i) => ({ reachable: isReached[i]!, countries: found[i]! }));
}

/** Transit countries every permitted route from any origin to any destination crosses (code order). */
export function mustPassCountriesBetween(space: RouteSpace, origins: readonly string[], destinations: readonly string[]): CountryCode[] {
  const s = inner(space);
  return mustPassBetween(setsOf(s, origins, destinations)).map((c) => s.topology.countries[c]!);
}

/**
 * Transit countries crossed by real (loopless) routes between the sets: the best route's and those of
 * the best route avoiding each country a walk can touch; ends' countries excluded; code order.
 */
export function routeCountriesBetween(space: RouteSpace, origins: readonly string[], destinations: readonly string[], fn: string): CountryCode[] {
  const s = inner(space);
  return routeCountries(setsOf(s, origins, destinations), fn).map((c) => s.topology.countries[c]!);
}

/** Ids of the links with a permitted direction, and of the permitted nodes, in id order. */
export function permittedElements(space: RouteSpace): { readonly linkIds: string[]; readonly nodeIds: string[] } {
  const s = inner(space);
  const { topology } = s;
  const linkIds: string[] = [];
  for (let l = 0; l < topology.linkIds.length; l++) {
    const forward = topology.linkArcs[2 * l]!;
    const reverse = topology.linkArcs[2 * l + 1]!;
    if (s.arcAllowed[forward] === 1 || (reverse >= 0 && s.arcAllowed[reverse] === 1)) linkIds.push(topology.linkIds[l]!);
  }
  const nodeIds = topology.nodeIds.filter((_, v) => s.nodeAllowed[v] === 1);
  return { linkIds, nodeIds };
}

/** Ids of the nodes located in a country and of the links crossing it. */
export function countryElements(space: RouteSpace, country: CountryCode): { readonly nodeIds: string[]; readonly linkIds: string[] } {
  const { topology } = inner(space);
  const c = topology.countryIndex.get(country);
  if (c === undefined) return { nodeIds: [], linkIds: [] };
  return {
    nodeIds: [...topology.countryNodes[c]!].map((v) => topology.nodeIds[v]!),
    linkIds: [...topology.countryLinks[c]!].map((l) => topology.linkIds[l]!),
  };
}

// ------------------------------------------------------------------------------------------- Pareto

/**
 * A criterion of {@link paretoPaths}: a named weight (its link values, plus what the nodes charge
 * when the weight has dwell, see `WEIGHT_TABLE`), the number of `transfers` (changes of mode or
 * gauge), of `border-crossings` (changes of country along the route), or of `countries` touched (the
 * listed ones, or every country when `countries` is null; the route's end countries excluded when
 * `excludeEnds`).
 */
export type EngineCriterion =
  | { readonly kind: 'weight'; readonly name: WeightName }
  | { readonly kind: 'transfers' }
  | { readonly kind: 'border-crossings' }
  | { readonly kind: 'countries'; readonly countries: readonly CountryCode[] | null; readonly excludeEnds: boolean };

/** A route of the Pareto front with its value on each criterion, in the order asked. */
export interface ParetoEnginePath extends EnginePath {
  readonly values: readonly number[];
}

/**
 * The Pareto front of loopless routes from `origin` to `destination` over `criteria` (see
 * `paretoFront`), in the space's constraints (its weight is not used). Links lacking the figure of a
 * weight criterion are left out; `linksWithoutCriterion` lists them per weight name (sorted ids).
 *
 * @throws {SearchLimitError} see `paretoFront`.
 */
export function paretoPaths(
  space: RouteSpace,
  origin: string,
  destination: string,
  criteria: readonly EngineCriterion[],
  fn: string,
): { readonly paths: ParetoEnginePath[]; readonly linksWithoutCriterion: Readonly<Record<string, readonly string[]>> } {
  const s = inner(space);
  const { topology } = s;
  const o = nodeIndex(s, origin);
  const d = nodeIndex(s, destination);
  const additive: AdditiveCriterion[] = [];
  const countries: CountryCriterion[] = [];
  const order: { kind: 'additive' | 'countries'; index: number }[] = [];
  const linksWithoutCriterion: Record<string, string[]> = {};
  const words = Math.ceil(topology.countries.length / 32);
  for (const criterion of criteria) {
    if (criterion.kind === 'countries') {
      const counted = new Uint32Array(words);
      topology.countries.forEach((code, c) => {
        if (criterion.countries === null || criterion.countries.includes(code)) counted[c >> 5]! |= 1 << (c & 31);
      });
      order.push({ kind: 'countries', index: countries.length });
      countries.push({ counted, excludeEnds: criterion.excludeEnds });
      continue;
    }
    const arcValue = new Float64Array(topology.arcCount);
    let transition: AdditiveCriterion['transition'];
    if (criterion.kind === 'weight') {
      const row = WEIGHT_TABLE[criterion.name];
      const missing = new Set<string>();
      for (let a = 0; a < topology.arcCount; a++) {
        if (s.arcAllowed[a] === 0) continue;
        const link = topology.links[topology.arcLink[a]!]!;
        const value = row.ofLink(link);
        if (value === undefined) missing.add(link.id);
        arcValue[a] = value ?? NaN;
      }
      linksWithoutCriterion[criterion.name] = [...missing].sort();
      if (row.dwell !== null) {
        const model = new TransferModel(topology, row.dwell, s.constraints.commodity, space.dwellDefaults);
        transition = (v, a, b) => model.cost(v, a, b);
      }
    } else if (criterion.kind === 'transfers') {
      transition = (_v, a, b) => {
        const la = topology.arcLink[a]!;
        const lb = topology.arcLink[b]!;
        if (topology.linkMode[la] !== topology.linkMode[lb]) return 1;
        const ga = topology.linkGauge[la]!;
        const gb = topology.linkGauge[lb]!;
        return MODES[topology.linkMode[la]!] === 'rail' && ga !== 0 && gb !== 0 && ga !== gb ? 1 : 0;
      };
    } else {
      for (let a = 0; a < topology.arcCount; a++) {
        const link = topology.links[topology.arcLink[a]!]!;
        const sequence = [topology.nodes[topology.arcTail[a]!]!.country, ...(topology.arcReverse[a] === 1 ? [...link.transitCountries].reverse() : link.transitCountries), topology.nodes[topology.arcHead[a]!]!.country];
        let changes = 0;
        for (let i = 1; i < sequence.length; i++) if (sequence[i] !== sequence[i - 1]) changes += 1;
        arcValue[a] = changes;
      }
    }
    const lowerBound = lowerBoundsTo(s, arcValue, d);
    order.push({ kind: 'additive', index: additive.length });
    additive.push(transition === undefined ? { arcValue, lowerBound } : { arcValue, transition, lowerBound });
  }
  if (o === d) return { paths: [], linksWithoutCriterion };
  const front = paretoFront(s, o, d, additive, countries, {}, fn);
  const paths = front.map((p) => {
    const values = order.map(({ kind, index }) => (kind === 'additive' ? p.values[index]! : p.values[additive.length + index]!));
    return { ...pathOf(topology, o, p), cost: values[0] ?? 0, values };
  });
  return { paths, linksWithoutCriterion };
}

// ------------------------------------------------------------------------------------------- flows

/** A flow network of one commodity between node sets (internal, opaque). */
export interface FlowNetwork {
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
}

const flowModels = new WeakMap<FlowNetwork, FlowModel>();

/**
 * The flow network of `commodity` from `origins` to `destinations` (node ids, all permitted) within a
 * space: links and node throughputs with published capacities, in the commodity's canonical unit
 * (see `buildFlowModel`).
 */
export function flowNetwork(space: RouteSpace, commodity: Commodity, origins: readonly string[], destinations: readonly string[], barrelsPerTonne: BarrelsPerTonne): FlowNetwork {
  const s = inner(space);
  const model = buildFlowModel(s, commodity, origins.map((id) => nodeIndex(s, id)), destinations.map((id) => nodeIndex(s, id)), barrelsPerTonne);
  const handle: FlowNetwork = Object.freeze({ commodity, unit: model.unit });
  flowModels.set(handle, model);
  return handle;
}

/**
 * Maximum flow and minimum cut of a flow network, with `exclusion` taken out (their capacities set
 * to 0): see {@link FlowOutcome}.
 */
export function solveFlowNetwork(flow: FlowNetwork, exclusion?: Exclusion): FlowOutcome {
  const model = flowModels.get(flow)!;
  const { topology } = model.space;
  const blocks = blocksOf(model.space, exclusion);
  let links: Uint8Array | undefined;
  if (blocks.arcs !== undefined) {
    links = new Uint8Array(topology.linkIds.length);
    for (let a = 0; a < topology.arcCount; a++) if (blocks.arcs[a] === 1) links[topology.arcLink[a]!] = 1;
  }
  return outcomeOf(solveFlow(model, { ...(blocks.nodes === undefined ? {} : { nodes: blocks.nodes }), ...(links === undefined ? {} : { links }) }));
}

// ------------------------------------------------------------------------------------------- stops

/** What a route pays at one node between two legs (see `RouteStop`). */
export interface EngineStop {
  readonly nodeId: string;
  /** Index of the leg arriving at the node (the leg after it is `afterLeg + 1`). */
  readonly afterLeg: number;
  readonly fromMode: Mode;
  readonly toMode: Mode;
  readonly modeChange: boolean;
  readonly gaugeChange: boolean;
  readonly dwell: readonly { readonly trigger: 'gauge-change' | 'mode-change' | 'passage'; readonly activity: string; readonly amount: number; readonly assumed: boolean }[];
  readonly total: number;
}

const stopModels = new WeakMap<Network, Map<string, TransferModel>>();

/**
 * What a route pays at each node between two of its legs, in hours (dwell) or US dollars per tonne
 * (handling costs), for `commodity` (or, without one, the most demanding commodity the two legs
 * share; see `TransferModel`): one entry per node where the route changes mode or gauge or where
 * something is charged, in route order.
 */
export function routeStops(
  network: Network,
  legs: readonly EngineLeg[],
  quantity: 'hours' | 'costUsdPerTonne',
  commodity: Commodity | null,
  defaults: DwellDefaults,
): EngineStop[] {
  const topology = topologyOf(network);
  let models = stopModels.get(network);
  if (models === undefined) stopModels.set(network, (models = new Map()));
  const key = `${quantity}|${commodity}|${defaults.modeChangeHours}|${defaults.gaugeChangeHours}`;
  let model = models.get(key);
  if (model === undefined) models.set(key, (model = new TransferModel(topology, quantity, commodity, defaults)));
  const arcs = legs.map((leg) => {
    const l = topology.linkIndex.get(leg.linkId)!;
    return topology.linkArcs[2 * l + (leg.direction === 'reverse' ? 1 : 0)]!;
  });
  const stops: EngineStop[] = [];
  for (let i = 1; i < arcs.length; i++) {
    const a = arcs[i - 1]!;
    const b = arcs[i]!;
    const v = topology.arcHead[a]!;
    if (topology.nodeTransfer[v] === 0) continue;
    const at = model.explain(v, a, b);
    if (!at.modeChange && !at.gaugeChange && at.charged.length === 0) continue;
    stops.push({
      nodeId: topology.nodeIds[v]!,
      afterLeg: i - 1,
      fromMode: MODES[topology.linkMode[topology.arcLink[a]!]!]!,
      toMode: MODES[topology.linkMode[topology.arcLink[b]!]!]!,
      modeChange: at.modeChange,
      gaugeChange: at.gaugeChange,
      dwell: at.charged,
      total: at.total,
    });
  }
  return stops;
}
