import { InvalidOptionError } from '../errors.js';
import type { Network } from '../graph/network.js';
import { isWeightName, type RouteWeight, WEIGHT_NAMES, WEIGHT_TABLE } from '../model/weight.js';
import type { DwellDefaults, EngineConstraints } from './constraints.js';
import { type Topology, topologyOf } from './topology.js';
import { TransferModel } from './transfers.js';

/**
 * The part of a network a search may use under one set of constraints and one weight (internal).
 * Elements outside it are absent from the search: arcs with `arcAllowed[a] === 0` are never relaxed.
 *
 * When the weight adds costs at the nodes (`transitTimeHours` adds dwell hours, `tariffUsdPerTonne`
 * handling costs; see `WEIGHT_TABLE`) and some node can charge them, `transfers` holds the model and
 * searches label each arc rather than each node (`stateMode: 'arc'`), since what a node charges depends
 * on the link a route arrives by; otherwise they label nodes.
 */
export interface SearchSpace {
  readonly topology: Topology;
  readonly constraints: EngineConstraints;
  /** A key of `WEIGHT_TABLE`, or `'custom'` for a weight function. */
  readonly weightName: string;
  readonly nodeAllowed: Uint8Array;
  readonly arcAllowed: Uint8Array;
  /** Cost of each arc in the weight's unit (meaningful where `arcAllowed`). */
  readonly arcWeight: Float64Array;
  /** Number of allowed arcs. */
  readonly allowedArcCount: number;
  /** Ids of links otherwise admitted but left out because they lack the weight (sorted). */
  readonly linksWithoutWeight: readonly string[];
  /** Costs at the nodes, or `null` when the weight has none or no node can charge any. */
  readonly transfers: TransferModel | null;
  /** What search labels stand for: nodes, or arcs (the arc a route arrived by). */
  readonly stateMode: 'node' | 'arc';
}

const MAX_CACHED_PER_NETWORK = 64;

/** The largest cost a weight function may give a link (sums of many links must stay finite). */
const MAX_WEIGHT = 1e15;
const namedCache = new WeakMap<Network, Map<string, SearchSpace>>();

/** The dwell defaults used when none are given: the median of the network's entries per trigger. */
export const MEDIAN_DWELL_DEFAULTS: DwellDefaults = Object.freeze({ modeChangeHours: null, gaugeChangeHours: null });

/**
 * The {@link SearchSpace} of `network` under `constraints` and `weight`. For a named weight it is
 * built once and cached per network (up to 64 constraint sets, least recently used dropped first); for
 * a weight function it is built afresh on every call, since the function may depend on changing state.
 *
 * @throws {InvalidOptionError} when `weight` is not a known name or a function, or when a weight
 *   function returns something other than a finite number ≥ 0 or `null` (the link id is named).
 */
export function searchSpaceOf(
  network: Network,
  constraints: EngineConstraints,
  weight: RouteWeight,
  fn: string,
  dwellDefaults: DwellDefaults = MEDIAN_DWELL_DEFAULTS,
): SearchSpace {
  if (typeof weight === 'function') {
    // Not cached: a weight function may depend on state the caller changes between queries.
    return buildSearchSpace(topologyOf(network), constraints, weight, fn, dwellDefaults);
  }
  if (!isWeightName(weight)) {
    throw new InvalidOptionError(fn, 'weight', weight, `expected ${WEIGHT_NAMES.map((w) => `"${w}"`).join(', ')} or a function of the link`);
  }
  let bucket = namedCache.get(network);
  if (bucket === undefined) namedCache.set(network, (bucket = new Map()));
  const key = `${weight}|${dwellDefaults.modeChangeHours}|${dwellDefaults.gaugeChangeHours}|${constraints.key}`;
  const hit = bucket.get(key);
  if (hit !== undefined) {
    bucket.delete(key); // refresh recency
    bucket.set(key, hit);
    return hit;
  }
  const space = buildSearchSpace(topologyOf(network), constraints, weight, fn, dwellDefaults);
  bucket.set(key, space);
  if (bucket.size > MAX_CACHED_PER_NETWORK) bucket.delete(bucket.keys().next().value as string);
  return space;
}

function buildSearchSpace(
  topology: Topology,
  constraints: EngineConstraints,
  weight: RouteWeight,
  fn: string,
  dwellDefaults: DwellDefaults,
): SearchSpace {
  const { nodes, links, arcCount, arcLink, arcReverse, arcTail, arcHead } = topology;
  const nodeAllowed = new Uint8Array(nodes.length).fill(1);
  const avoidedCountries = new Set(constraints.avoidCountries);
  nodes.forEach((node, i) => {
    if (avoidedCountries.has(node.country)) nodeAllowed[i] = 0;
  });
  for (const id of constraints.avoidNodes) nodeAllowed[topology.nodeIndex.get(id)!] = 0;

  const closed = new Set(constraints.closedLinks);
  const statuses = new Set<string>(constraints.statuses);
  const modes = constraints.modes === null ? null : new Set<string>(constraints.modes);
  const linkAdmitted = new Uint8Array(links.length);
  links.forEach((link, l) => {
    if (closed.has(link.id)) return;
    if (!statuses.has(link.status)) return;
    if (modes !== null && !modes.has(link.mode)) return;
    if (constraints.commodity !== null && !link.commodities.includes(constraints.commodity)) return;
    if (link.transitCountries.some((c) => avoidedCountries.has(c))) return;
    linkAdmitted[l] = 1;
  });

  const arcAllowed = new Uint8Array(arcCount);
  const arcWeight = new Float64Array(arcCount);
  const withoutWeight = new Set<string>();
  let allowedArcCount = 0;
  const weightName = typeof weight === 'function' ? 'custom' : weight;
  const ofLink = typeof weight === 'function' ? null : WEIGHT_TABLE[weight].ofLink;
  for (let a = 0; a < arcCount; a++) {
    const l = arcLink[a]!;
    if (linkAdmitted[l] === 0 || nodeAllowed[arcTail[a]!] === 0 || nodeAllowed[arcHead[a]!] === 0) continue;
    const link = links[l]!;
    let cost: number | null | undefined;
    if (ofLink === null) {
      cost = (weight as Exclude<RouteWeight, string>)(link, arcReverse[a] === 1 ? 'reverse' : 'forward');
      if (cost !== null && (typeof cost !== 'number' || !Number.isFinite(cost) || cost < 0 || cost > MAX_WEIGHT)) {
        throw new InvalidOptionError(
          fn,
          'weight',
          cost,
          `the weight function returned this for link "${link.id}"; it must return a number from 0 to 1e15, or null to leave the link out`,
        );
      }
    } else {
      cost = ofLink(link);
    }
    if (cost === null || cost === undefined) {
      withoutWeight.add(link.id);
      continue;
    }
    arcAllowed[a] = 1;
    arcWeight[a] = cost;
    allowedArcCount += 1;
  }
  const quantity = typeof weight === 'function' ? null : WEIGHT_TABLE[weight].dwell;
  const transfers = quantity === null || !canCharge(topology, nodeAllowed) ? null : new TransferModel(topology, quantity, constraints.commodity, dwellDefaults);
  return {
    topology,
    constraints,
    weightName,
    nodeAllowed,
    arcAllowed,
    arcWeight,
    allowedArcCount,
    linksWithoutWeight: Object.freeze([...withoutWeight].sort()),
    transfers,
    stateMode: transfers === null ? 'node' : 'arc',
  };
}

/** True when some permitted node may charge a transfer cost (see `Topology.nodeTransfer`). */
function canCharge(topology: Topology, nodeAllowed: Uint8Array): boolean {
  for (let v = 0; v < nodeAllowed.length; v++) if (nodeAllowed[v] === 1 && topology.nodeTransfer[v] === 1) return true;
  return false;
}
