import { compareStrings } from '../internal/compare.js';
import type { Topology } from './topology.js';
import type { Commodity } from '../model/commodity.js';
import type { Capacity } from '../model/capacity.js';
import type { SearchSpace } from './search-space.js';
import { type BarrelsPerTonne, canonicalUnitOf, type CanonicalCapacityUnit, resolveCapacity } from '../model/capacity-units.js';
import { type FlowSolution, FlowWorkspace, maxFlowPushRelabel } from './push-relabel.js';

/**
 * A flow network derived from a search space for one commodity (internal): node v is flow node v;
 * a node with a known throughput capacity is split (v → extra "out" node, all its out-arcs leave from
 * the out node); a super source feeds every origin and every destination drains to a super sink,
 * with a bound larger than any finite flow. Links with a known capacity give one arc per permitted
 * direction (a `both` link is usable either way up to its capacity; opposite flows are netted in the
 * result); unlimited links get the same large bound; links of unknown capacity carry no flow but are
 * remembered, to tell whether the answer depends on them.
 */
export interface FlowModel {
  readonly space: SearchSpace;
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
  readonly nodeCount: number;
  readonly source: number;
  readonly sink: number;
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly capacity: Float64Array;
  /** Topology arc of each flow arc, or −1 (split, source and sink arcs). */
  readonly arcOf: Int32Array;
  /** Network node whose throughput a split arc stands for, or −1. */
  readonly splitNodeOf: Int32Array;
  /** The flow arc that is the exact reverse of each flow arc (the other direction of a `both` link), or −1. */
  readonly reverseArc: Int32Array;
  /** Network node at each flow node (in and out halves map to the node; −1 for source and sink). */
  readonly networkNodeOf: Int32Array;
  /** Flow arcs of links whose capacity is unknown for the commodity (tail, head, topology arc). */
  readonly unknownTail: Int32Array;
  readonly unknownHead: Int32Array;
  readonly unknownArc: Int32Array;
  /** Flow arcs whose capacity is a published lower bound (`lowerBound: true`), and their elements' ids. */
  readonly lowerBoundArcs: Int32Array;
  readonly lowerBoundIds: readonly string[];
  /** Sum of all finite capacities: a flow above it is unbounded. */
  readonly finiteTotal: number;
}

/**
 * Builds the {@link FlowModel} of a search space for `commodity` between origin and destination node
 * sets (topology node indices, permitted by the space).
 *
 * Arcs are written straight into typed arrays, counted first: node splits (in node order), then one
 * arc per permitted direction of each link with a known or unlimited capacity (in topology arc
 * order), then the super source's and super sink's arcs. Capacities come from a per-network cache
 * (see `resolvedCapacities`), resolved on first need. The two directions of a `both` link between unsplit nodes are recorded as each other's
 * `reverseArc`, so that the engine gives them one pair of residual edges.
 */
export function buildFlowModel(
  space: SearchSpace,
  commodity: Commodity,
  origins: readonly number[],
  destinations: readonly number[],
  barrelsPerTonne: BarrelsPerTonne,
): FlowModel {
  const topology: Topology = space.topology;
  const n = topology.nodeIds.length;
  const arcCount = topology.arcCount;
  let finiteTotal = 0;

  const resolved = resolvedCapacities(topology, commodity, barrelsPerTonne);
  const lowerBoundArcs: number[] = [];
  const lowerBoundIds: string[] = [];

  // Node throughput: nodes with a known capacity for this commodity are split into v → out.
  const outNode = new Int32Array(n);
  const splitCapacity: number[] = [];
  const splitNodes: number[] = [];
  for (let v = 0; v < n; v++) {
    outNode[v] = v;
    if (space.nodeAllowed[v] === 0) continue;
    let c = resolved.node[v]!;
    if (Number.isNaN(c)) c = resolveInto(resolved.node, resolved.nodeLower, v, topology.nodes[v]!, commodity, barrelsPerTonne);
    if (c < 0) continue;
    if (resolved.nodeLower[v] === 1) {
      lowerBoundArcs.push(splitNodes.length); // split arcs come first, in this order
      lowerBoundIds.push(topology.nodes[v]!.id);
    }
    outNode[v] = n + splitNodes.length;
    splitNodes.push(v);
    splitCapacity.push(c);
    finiteTotal += c;
  }
  const splits = splitNodes.length;

  // Link capacities: a value, UNLIMITED or UNKNOWN per link, in link order.
  const linkCount = topology.links.length;
  const linkCapacity = resolved.link;
  let linkArcs = 0;
  let unknownArcs = 0;
  for (let l = 0; l < linkCount; l++) {
    const f = topology.linkArcs[2 * l]!;
    const r = topology.linkArcs[2 * l + 1]!;
    const arcs = (f >= 0 && space.arcAllowed[f] !== 0 ? 1 : 0) + (r >= 0 && space.arcAllowed[r] !== 0 ? 1 : 0);
    if (arcs === 0) continue;
    let c = linkCapacity[l]!;
    if (Number.isNaN(c)) c = resolveInto(linkCapacity, resolved.linkLower, l, topology.links[l]!, commodity, barrelsPerTonne);
    if (c >= 0) finiteTotal += c;
    if (c === UNKNOWN) unknownArcs += arcs;
    else linkArcs += arcs;
  }
  const m = splits + linkArcs + origins.length + destinations.length;
  const tail = new Int32Array(m);
  const head = new Int32Array(m);
  const capacity = new Float64Array(m);
  const arcOf = new Int32Array(m).fill(-1);
  const splitNodeOf = new Int32Array(m).fill(-1);
  const reverseArc = new Int32Array(m).fill(-1);
  const unknownTail = new Int32Array(unknownArcs);
  const unknownHead = new Int32Array(unknownArcs);
  const unknownArc = new Int32Array(unknownArcs);
  // Larger than any finite flow, with room to spare so that rounding cannot hide it (see solveFlow).
  const big = 2 * finiteTotal + 1;

  let i = 0;
  for (let k = 0; k < splits; k++, i++) {
    const v = splitNodes[k]!;
    tail[i] = v;
    head[i] = n + k;
    capacity[i] = splitCapacity[k]!;
    splitNodeOf[i] = v;
  }
  const flowArcOf = new Int32Array(arcCount).fill(-1);
  let j = 0;
  for (let a = 0; a < arcCount; a++) {
    if (space.arcAllowed[a] === 0) continue;
    const l = topology.arcLink[a]!;
    const c = linkCapacity[l]!;
    const t = outNode[topology.arcTail[a]!]!;
    const h = topology.arcHead[a]!;
    if (c === UNKNOWN) {
      unknownTail[j] = t;
      unknownHead[j] = h;
      unknownArc[j] = a;
      j += 1;
      continue;
    }
    if (c >= 0 && resolved.linkLower[l] === 1) {
      lowerBoundArcs.push(i);
      lowerBoundIds.push(topology.links[l]!.id);
    }
    tail[i] = t;
    head[i] = h;
    capacity[i] = c === UNLIMITED ? big : c;
    arcOf[i] = a;
    flowArcOf[a] = i;
    i += 1;
  }
  // The two directions of a link share residual edges when they join the same two flow nodes.
  for (let l = 0; l < topology.links.length; l++) {
    const f = topology.linkArcs[2 * l]!;
    const r = topology.linkArcs[2 * l + 1]!;
    if (f < 0 || r < 0) continue;
    const x = flowArcOf[f]!;
    const y = flowArcOf[r]!;
    if (x < 0 || y < 0 || tail[x] !== head[y] || head[x] !== tail[y]) continue;
    reverseArc[x] = y;
    reverseArc[y] = x;
  }

  const source = n + splits;
  const sink = source + 1;
  for (const o of origins) {
    tail[i] = source;
    head[i] = o;
    capacity[i] = big;
    i += 1;
  }
  for (const d of destinations) {
    tail[i] = outNode[d]!;
    head[i] = sink;
    capacity[i] = big;
    i += 1;
  }
  const networkNodeOf = new Int32Array(n + splits + 2);
  for (let v = 0; v < n; v++) networkNodeOf[v] = v;
  for (let k = 0; k < splits; k++) networkNodeOf[n + k] = splitNodes[k]!;
  networkNodeOf[source] = -1;
  networkNodeOf[sink] = -1;
  return {
    space,
    commodity,
    unit: canonicalUnitOf(commodity),
    nodeCount: n + splits + 2,
    source,
    sink,
    tail,
    head,
    capacity,
    arcOf,
    splitNodeOf,
    reverseArc,
    networkNodeOf,
    unknownTail,
    unknownHead,
    unknownArc,
    lowerBoundArcs: Int32Array.from(lowerBoundArcs),
    lowerBoundIds,
    finiteTotal,
  };
}

/** Capacity codes of {@link ResolvedCapacities} besides values (≥ 0). */
const UNLIMITED = -1;
const UNKNOWN = -2;

/**
 * The capacities of a network's links and nodes for one commodity and barrels-per-tonne factor, in
 * the commodity's canonical unit (≥ 0), `UNLIMITED` or `UNKNOWN`; NaN until a flow model needs them.
 */
interface ResolvedCapacities {
  readonly link: Float64Array;
  readonly node: Float64Array;
  /** 1 where the element's known capacity is a published lower bound (`lowerBound: true`). */
  readonly linkLower: Uint8Array;
  readonly nodeLower: Uint8Array;
}

/**
 * Resolved capacities per network (its topology), for the last few commodity and factor pairs: a
 * network's records never change, and resolving 10⁵ capacities costs more than building the rest
 * of a flow model. Only a plain number of barrels per tonne makes a key: a `{ default, byId }`
 * object could be changed by its owner between calls, so its capacities are resolved afresh.
 */
const capacityCaches = new WeakMap<Topology, Map<string, ResolvedCapacities>>();
const CAPACITY_CACHE_ENTRIES = 8;

function resolvedCapacities(topology: Topology, commodity: Commodity, barrelsPerTonne: BarrelsPerTonne): ResolvedCapacities {
  const fresh = (): ResolvedCapacities => ({
    link: new Float64Array(topology.links.length).fill(NaN),
    node: new Float64Array(topology.nodeIds.length).fill(NaN),
    linkLower: new Uint8Array(topology.links.length),
    nodeLower: new Uint8Array(topology.nodeIds.length),
  });
  if (typeof barrelsPerTonne !== 'number') return fresh();
  let cache = capacityCaches.get(topology);
  if (cache === undefined) capacityCaches.set(topology, (cache = new Map()));
  const key = `${commodity} ${barrelsPerTonne}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    if (cache.size >= CAPACITY_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, (entry = fresh()));
  }
  return entry;
}

/**
 * Resolves the capacity code of one link or node for `commodity` (see {@link ResolvedCapacities}),
 * stores it at `values[k]` and its lower-bound flag at `lower[k]`, and returns it.
 */
function resolveInto(
  values: Float64Array,
  lower: Uint8Array,
  k: number,
  element: { readonly id: string; readonly capacity?: Capacity | undefined },
  commodity: Commodity,
  barrelsPerTonne: BarrelsPerTonne,
): number {
  let code = UNKNOWN;
  if (element.capacity !== undefined) {
    const resolved = resolveCapacity(element.capacity, commodity, element.id, barrelsPerTonne);
    if (resolved.kind === 'known') {
      code = resolved.value;
      lower[k] = resolved.lowerBound ? 1 : 0;
    } else if (resolved.kind === 'unlimited') code = UNLIMITED;
  }
  values[k] = code;
  return code;
}

/** Elements removed for one solve (N-1 and dependency analyses): masks over topology nodes and links. */
export interface FlowRemoval {
  readonly nodes?: Uint8Array;
  readonly links?: Uint8Array;
}

/** A solved flow model: the engine's solution plus the model, with removals applied. */
export interface SolvedFlow {
  readonly model: FlowModel;
  readonly solution: FlowSolution;
  /** Flow value, `Infinity` when unbounded (a path of unlimited elements). */
  readonly value: number;
  /** Capacities used (removed arcs at 0). */
  readonly capacity: Float64Array;
  /** Topology arcs of unknown-capacity links that could carry more flow. */
  readonly dependsOnUnknownArcs: readonly number[];
  /** Ids of links and nodes whose capacity is a lower bound and that could carry more flow. */
  readonly dependsOnLowerBounds: readonly string[];
}

/** One flow workspace per network (its topology), reused by every solve on it. */
const workspaces = new WeakMap<Topology, FlowWorkspace>();
function workspaceOf(topology: Topology): FlowWorkspace {
  let workspace = workspaces.get(topology);
  if (workspace === undefined) workspaces.set(topology, (workspace = new FlowWorkspace()));
  return workspace;
}

/** Solves the model's maximum flow, with `removal` taken out (their arcs get capacity 0). */
export function solveFlow(model: FlowModel, removal: FlowRemoval = {}): SolvedFlow {
  const { topology } = model.space;
  const removedNode = (flowNode: number) => {
    const v = model.networkNodeOf[flowNode]!;
    return v >= 0 && removal.nodes?.[v] === 1;
  };
  // Without removals the model's capacities serve as they are (nothing writes to them).
  const removing = removal.links !== undefined || removal.nodes !== undefined;
  const capacity = removing ? model.capacity.slice() : model.capacity;
  for (let i = 0; removing && i < capacity.length; i++) {
    const arc = model.arcOf[i]!;
    if (arc >= 0 && removal.links?.[topology.arcLink[arc]!] === 1) capacity[i] = 0;
    else if (removal.nodes !== undefined && (removedNode(model.tail[i]!) || removedNode(model.head[i]!))) capacity[i] = 0;
  }
  const solution = maxFlowPushRelabel(
    {
      nodeCount: model.nodeCount,
      tail: model.tail,
      head: model.head,
      capacity,
      reverseArc: model.reverseArc,
      source: model.source,
      sink: model.sink,
      tolerance: flowTolerance(model),
    },
    workspaceOf(topology),
  );
  // A finite flow never exceeds the sum of finite capacities; more means a path of unlimited elements.
  const value = solution.value > 1.5 * model.finiteTotal + 0.5 ? Infinity : solution.value;

  // Which unknown-capacity arcs could carry more flow: residual paths source → tail and head → sink,
  // with every unknown arc (not removed) treated as unbounded.
  const unknownAllowed: number[] = [];
  for (let j = 0; j < model.unknownArc.length; j++) {
    const arc = model.unknownArc[j]!;
    if (removal.links?.[topology.arcLink[arc]!] === 1) continue;
    if (removedNode(model.unknownTail[j]!) || removedNode(model.unknownHead[j]!)) continue;
    unknownAllowed.push(j);
  }
  // Lower-bound capacities (not removed): raising one could raise the flow when a residual path runs
  // from the source to its tail and from its head to the sink (with every such element unbounded).
  const lowerAllowed: number[] = [];
  for (let j = 0; j < model.lowerBoundArcs.length; j++) {
    const i = model.lowerBoundArcs[j]!;
    if (capacity[i] === 0) continue;
    lowerAllowed.push(j);
  }
  let dependsOnUnknownArcs: number[] = [];
  let dependsOnLowerBounds: string[] = [];
  if ((unknownAllowed.length > 0 || lowerAllowed.length > 0) && value !== Infinity) {
    const extra = lowerAllowed.map((j) => model.lowerBoundArcs[j]!);
    const fromSource = residualReach(model, capacity, solution.arcFlow, unknownAllowed, extra, model.source, 'forward');
    const toSink = residualReach(model, capacity, solution.arcFlow, unknownAllowed, extra, model.sink, 'backward');
    dependsOnUnknownArcs = unknownAllowed
      .filter((j) => fromSource[model.unknownTail[j]!] === 1 && toSink[model.unknownHead[j]!] === 1)
      .map((j) => model.unknownArc[j]!);
    dependsOnLowerBounds = [
      ...new Set(
        lowerAllowed
          .filter((j) => {
            const i = model.lowerBoundArcs[j]!;
            return fromSource[model.tail[i]!] === 1 && toSink[model.head[i]!] === 1;
          })
          .map((j) => model.lowerBoundIds[j]!),
      ),
    ].sort(compareStrings);
  }
  return { model, solution, value, capacity, dependsOnUnknownArcs, dependsOnLowerBounds };
}

function residualReach(
  model: FlowModel,
  capacity: Float64Array,
  flow: Float64Array,
  unknown: readonly number[],
  unbounded: readonly number[],
  start: number,
  direction: 'forward' | 'backward',
): Uint8Array {
  const n = model.nodeCount;
  // Residual edges: arc i forward if flow < capacity, backward if flow > 0; unknown arcs forward.
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  const add = (from: number, to: number) => {
    if (direction === 'forward') adjacency[from]!.push(to);
    else adjacency[to]!.push(from);
  };
  const eps = flowTolerance(model);
  for (let i = 0; i < capacity.length; i++) {
    if (capacity[i]! - flow[i]! > eps) add(model.tail[i]!, model.head[i]!);
    if (flow[i]! > eps) add(model.head[i]!, model.tail[i]!);
  }
  for (const j of unknown) add(model.unknownTail[j]!, model.unknownHead[j]!);
  for (const i of unbounded) add(model.tail[i]!, model.head[i]!);
  const seen = new Uint8Array(n);
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (const v of adjacency[u]!) {
      if (seen[v] === 0) {
        seen[v] = 1;
        stack.push(v);
      }
    }
  }
  return seen;
}

/**
 * Flows and residual capacities at or below this are rounding noise (internal; the solver's tolerance
 * too): 10⁻¹³ of the largest finite capacity in play (about 900 times the precision of doubles at that
 * magnitude), or 10⁻¹³ when there is none. It does not grow with the number of links or with the
 * unbounded arcs' stand-in bound (which is twice the sum of all capacities), so a small capacity is
 * never taken for noise because the network is large; with the schema's smallest capacity per unit
 * (`CAPACITY_MINIMUMS`, ten orders of magnitude below the largest) every capacity is at least 300
 * times this tolerance.
 */
export function flowTolerance(model: FlowModel): number {
  const big = 2 * model.finiteTotal + 1;
  let largest = 0;
  for (let i = 0; i < model.capacity.length; i++) {
    const c = model.capacity[i]!;
    if (c < big && c > largest) largest = c;
  }
  return (largest > 0 ? largest : 1) * 1e-13;
}

/**
 * Topology links with an arc on a path of unlimited arcs from the source to the sink of a solved
 * flow's model: the links that carry an unbounded flow.
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

/**
 * A solved flow in ids (internal; the analyses build their results from it):
 *
 * - `value`: the maximum flow in the model's canonical unit, `Infinity` when a path of unlimited
 *   elements joins the sets;
 * - `flowByLink`: net flow per link id (positive in the link's forward direction), links without flow
 *   absent; links on a path of unlimited elements show ±`Infinity` under an unbounded flow;
 * - `minCut`: link and node ids of the cut closest to the origins and its capacity;
 * - `unknownCapacityLinks`: links of unknown capacity that could carry more flow (sorted);
 * - `lowerBoundCapacities`: links and nodes whose capacity is a published lower bound and could
 *   carry more flow (sorted);
 * - `carrying`: the link ids, node ids (ends of flow arcs and split nodes) and countries (of links
 *   and split nodes) with flow.
 */
export interface FlowOutcome {
  readonly value: number;
  readonly flowByLink: Readonly<Record<string, number>>;
  readonly minCut: { readonly linkIds: readonly string[]; readonly nodeIds: readonly string[]; readonly capacity: number };
  readonly unknownCapacityLinks: readonly string[];
  readonly lowerBoundCapacities: readonly string[];
  readonly carrying: { readonly linkIds: ReadonlySet<string>; readonly nodeIds: ReadonlySet<string>; readonly countries: ReadonlySet<string> };
}

/** The {@link FlowOutcome} of a solved flow. */
export function outcomeOf(solved: SolvedFlow): FlowOutcome {
  const { model, solution } = solved;
  const { topology } = model.space;
  const eps = flowTolerance(model);
  const net = new Map<number, number>();
  const carryingLinks = new Set<string>();
  const carryingNodes = new Set<string>();
  const carryingCountries = new Set<string>();
  for (let i = 0; i < model.tail.length; i++) {
    const f = solution.arcFlow[i]!;
    if (f <= 0) continue;
    const arc = model.arcOf[i]!;
    if (arc >= 0) {
      const l = topology.arcLink[arc]!;
      net.set(l, (net.get(l) ?? 0) + (topology.arcReverse[arc] === 1 ? -f : f));
      carryingLinks.add(topology.linkIds[l]!);
      for (const code of topology.links[l]!.transitCountries) carryingCountries.add(code);
    }
    const split = model.splitNodeOf[i]!;
    if (split >= 0) carryingCountries.add(topology.nodes[split]!.country);
    for (const end of [model.tail[i]!, model.head[i]!]) {
      const v = model.networkNodeOf[end]!;
      if (v >= 0) carryingNodes.add(topology.nodeIds[v]!);
    }
  }
  // Under an unbounded flow, the solver's figures on the unlimited paths are only its stand-in bound.
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
  const unknown = [...new Set(solved.dependsOnUnknownArcs.map((a) => topology.arcLink[a]!))].map((l) => topology.linkIds[l]!).sort(compareStrings);
  return {
    value: solved.value,
    flowByLink,
    minCut: {
      linkIds: [...cutLinks].sort((a, b) => a - b).map((l) => topology.linkIds[l]!),
      nodeIds: [...cutNodes].sort((a, b) => a - b).map((v) => topology.nodeIds[v]!),
      capacity: solved.value === Infinity ? Infinity : cutCapacity,
    },
    unknownCapacityLinks: unknown,
    lowerBoundCapacities: solved.dependsOnLowerBounds,
    carrying: { linkIds: carryingLinks, nodeIds: carryingNodes, countries: carryingCountries },
  };
}
