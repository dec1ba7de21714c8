import { assertUnmodified, type Network } from '../graph/network.js';
import { present } from '../export/present.js';
import { compareStrings } from '../internal/compare.js';
import { PathSearch, type SearchBlocks } from '../routing/path-search.js';
import { bestRouteBetween } from './between-sets.js';
import { capacityCountries } from './capacity-dependency.js';
import type { CanonicalCapacityUnit } from './capacity-units.js';
import { solveFlow } from './flow-model.js';
import { type MaxFlowOptions, prepareFlowQuery } from './max-flow.js';
import { countryBlocks } from './reachability.js';

/**
 * One element's N-1 impact: what is lost when it alone is removed.
 *
 * - `kind`: `link`, `node` or `country` (a country's nodes and every link crossing it); `id`: the link
 *   or node id, or the ISO country code.
 * - `capacityLost`: maximum flow lost, in the result's unit (≥ 0).
 * - `extraKm`: how much longer the shortest route from any origin to any destination becomes, in km;
 *   `null` when no route remains.
 * - `disconnects`: no permitted route from any origin to any destination remains.
 */
export interface CriticalElementRow {
  readonly kind: 'link' | 'node' | 'country';
  readonly id: string;
  readonly capacityLost: number;
  readonly extraKm: number | null;
  readonly disconnects: boolean;
}

/**
 * Result of {@link criticalElements}.
 *
 * - `unit`, `totalCapacity`: the commodity's canonical unit and the maximum flow with nothing removed;
 * - `bestRouteKm`: the shortest route from any origin to any destination, `null` when none;
 * - `rows`: every permitted link, every permitted node except the origins and destinations, and every
 *   transit country crossed by the flow or by a real route (see `capacityDependency`; origins' and
 *   destinations' countries excluded, since losing them loses the
 *   query itself), ranked: most capacity lost first; then disconnecting elements; then most extra km;
 *   then kind (country, node, link) and id.
 * - `complete`: false when the base capacity depends on links of unknown capacity;
 *   `unknownCapacityLinks`: those links.
 */
export interface CriticalElementsResult {
  readonly unit: CanonicalCapacityUnit;
  readonly totalCapacity: number;
  readonly bestRouteKm: number | null;
  readonly rows: readonly CriticalElementRow[];
  readonly complete: boolean;
  readonly unknownCapacityLinks: readonly string[];
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
}

const FN = 'criticalElements';
const KIND_ORDER = { country: 0, node: 1, link: 2 } as const;

/**
 * N-1 ranking: removes each link, node and transit country in turn and measures the capacity lost
 * between the origins and destinations and the extra length of the shortest route.
 *
 * Exact shortcuts: an element that carries no flow in the base maximum flow cannot lower it (that flow
 * stays feasible), and an element off the base shortest route cannot lengthen it, so only elements
 * carrying flow or on the route are recomputed. Removing one of two parallel links removes exactly
 * that link.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param origins - one node id or a non-empty list.
 * @param destinations - one node id or a non-empty list, disjoint from `origins`.
 * @param options - `commodity` (required), route constraints, `barrelsPerTonne` (as in `maxFlow`).
 * @returns see {@link CriticalElementsResult}.
 * @throws as `maxFlow` does.
 * @example
 * ```ts
 * const { rows } = criticalElements(loadCorridorNetwork(), 'tengiz', 'trieste', { commodity: 'crude-oil' });
 * rows[0]; // the element whose loss costs the most capacity
 * ```
 */
export function criticalElements(
  network: Network,
  origins: string | readonly string[],
  destinations: string | readonly string[],
  options: MaxFlowOptions,
): CriticalElementsResult {
  assertUnmodified(network, FN);
  const query = prepareFlowQuery(network, origins, destinations, options, FN, []);
  const { space, model } = query;
  const { topology } = space;
  const base = solveFlow(model);

  // Elements carrying flow in the base solution.
  const linkCarries = new Uint8Array(topology.linkIds.length);
  const nodeCarries = new Uint8Array(topology.nodeIds.length);
  for (let i = 0; i < model.tail.length; i++) {
    if (base.solution.arcFlow[i]! <= 0) continue;
    const arc = model.arcOf[i]!;
    if (arc >= 0) linkCarries[topology.arcLink[arc]!] = 1;
    for (const end of [model.tail[i]!, model.head[i]!]) {
      const v = model.networkNodeOf[end]!;
      if (v >= 0) nodeCarries[v] = 1;
    }
  }

  const search = PathSearch.of(space);
  const best = bestRouteBetween(query, search, {});
  const onRouteLinks = new Set<number>();
  const onRouteNodes = new Set<number>();
  if (best !== null) {
    for (const a of best.path.arcs) {
      onRouteLinks.add(topology.arcLink[a]!);
      onRouteNodes.add(topology.arcHead[a]!);
    }
  }
  const ends = new Set([...query.origins, ...query.destinations]);

  const rows: CriticalElementRow[] = [];
  const measure = (
    kind: CriticalElementRow['kind'],
    id: string,
    carries: boolean,
    onRoute: boolean,
    nodes: Uint8Array | undefined,
    links: Uint8Array | undefined,
  ) => {
    let capacityLost = 0;
    if (carries && base.value > 0) {
      const solved = solveFlow(model, { ...(nodes ? { nodes } : {}), ...(links ? { links } : {}) });
      capacityLost = base.value === Infinity ? (solved.value === Infinity ? 0 : Infinity) : Math.max(0, base.value - solved.value);
    }
    let extraKm: number | null = 0;
    let disconnects = false;
    if (best === null) {
      extraKm = null;
      disconnects = true;
    } else if (onRoute) {
      const blocks: SearchBlocks = { ...(nodes ? { nodes } : {}), ...(links ? { arcs: arcMask(links) } : {}) };
      const alternative = bestRouteBetween(query, search, blocks);
      if (alternative === null) {
        extraKm = null;
        disconnects = true;
      } else {
        extraKm = alternative.lengthKm - best.lengthKm;
      }
    }
    rows.push({ kind, id, capacityLost, extraKm, disconnects });
  };
  const arcMask = (links: Uint8Array) => {
    const mask = new Uint8Array(topology.arcCount);
    for (let a = 0; a < topology.arcCount; a++) if (links[topology.arcLink[a]!] === 1) mask[a] = 1;
    return mask;
  };

  for (let l = 0; l < topology.linkIds.length; l++) {
    const forward = topology.linkArcs[2 * l]!;
    const reverse = topology.linkArcs[2 * l + 1]!;
    if (space.arcAllowed[forward] === 0 && (reverse < 0 || space.arcAllowed[reverse] === 0)) continue;
    const links = new Uint8Array(topology.linkIds.length);
    links[l] = 1;
    measure('link', topology.linkIds[l]!, linkCarries[l] === 1, onRouteLinks.has(l), undefined, links);
  }
  for (let v = 0; v < topology.nodeIds.length; v++) {
    if (space.nodeAllowed[v] === 0 || ends.has(v)) continue;
    const nodes = new Uint8Array(topology.nodeIds.length);
    nodes[v] = 1;
    measure('node', topology.nodeIds[v]!, nodeCarries[v] === 1, onRouteNodes.has(v), nodes, undefined);
  }
  const routeCountries = new Set(best?.countries ?? []);
  for (const c of capacityCountries(query, base)) {
    const blocks = countryBlocks(topology, c);
    const links = new Uint8Array(topology.linkIds.length);
    for (const l of topology.countryLinks[c]!) links[l] = 1;
    let carries = false;
    for (const l of topology.countryLinks[c]!) if (linkCarries[l] === 1) carries = true;
    for (const v of topology.countryNodes[c]!) if (nodeCarries[v] === 1) carries = true;
    const code = topology.countries[c]!;
    measure('country', code, carries, routeCountries.has(code), blocks.nodes, links);
  }

  // Capacities from different solves may differ by rounding: compare them with a tolerance so that
  // equal losses fall through to the stated tie-breaks.
  const tolerance = Number.isFinite(base.value) ? Math.max(base.value, 1) * 1e-9 : 0;
  for (const row of rows) if (row.capacityLost <= tolerance) (row as { capacityLost: number }).capacityLost = 0;
  const byCapacity = (a: CriticalElementRow, b: CriticalElementRow) =>
    Math.abs(a.capacityLost - b.capacityLost) <= tolerance ? 0 : b.capacityLost > a.capacityLost ? 1 : -1;
  const severity = (r: CriticalElementRow) => (r.disconnects ? Infinity : (r.extraKm ?? 0));
  rows.sort(
    (a, b) =>
      byCapacity(a, b) ||
      (severity(b) === severity(a) ? 0 : severity(b) > severity(a) ? 1 : -1) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareStrings(a.id, b.id),
  );
  return present({
    unit: model.unit,
    totalCapacity: base.value,
    bestRouteKm: best?.lengthKm ?? null,
    rows,
    complete: base.dependsOnUnknownArcs.length === 0,
    unknownCapacityLinks: [...new Set(base.dependsOnUnknownArcs.map((a) => topology.linkIds[topology.arcLink[a]!]!))].sort(compareStrings),
    origins: query.origins.map((o) => topology.nodeIds[o]!),
    destinations: query.destinations.map((d) => topology.nodeIds[d]!),
  }, network, 'N-1: critical elements');
}
