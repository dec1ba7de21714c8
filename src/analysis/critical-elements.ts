import { present } from '../display/present.js';
import { bestPathBetween, countryElements, type Exclusion, permittedElements, solveFlowNetwork } from '../engine/index.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import { compareStrings } from '../internal/compare.js';
import type { CriticalElementRow, CriticalElementsResult } from '../results/critical-elements.js';
import { capacityCountries } from './capacity-dependency.js';
import { type MaxFlowOptions, prepareFlowQuery } from './max-flow.js';

const FN = 'criticalElements';
const ELEMENT_ORDER = { country: 0, node: 1, link: 2 } as const;

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
  const base = solveFlowNetwork(query.flow);
  const best = bestPathBetween(query.space, query.origins, query.destinations, FN);
  const onRouteLinks = new Set<string>(best?.legs.map((leg) => leg.linkId) ?? []);
  const onRouteNodes = new Set<string>(best?.nodeIds.slice(1) ?? []);
  const ends = new Set([...query.origins, ...query.destinations]);

  const rows: CriticalElementRow[] = [];
  const measure = (element: CriticalElementRow['element'], id: string, carries: boolean, onRoute: boolean, exclusion: Exclusion) => {
    let capacityLost = 0;
    if (carries && base.value > 0) {
      const solved = solveFlowNetwork(query.flow, exclusion);
      capacityLost = base.value === Infinity ? (solved.value === Infinity ? 0 : Infinity) : Math.max(0, base.value - solved.value);
    }
    let extraKm: number | null = 0;
    let disconnects = false;
    if (best === null) {
      extraKm = null;
      disconnects = true;
    } else if (onRoute) {
      const alternative = bestPathBetween(query.space, query.origins, query.destinations, FN, exclusion);
      if (alternative === null) {
        extraKm = null;
        disconnects = true;
      } else {
        extraKm = alternative.lengthKm - best.lengthKm;
      }
    }
    rows.push({ element, id, capacityLost, extraKm, disconnects });
  };

  const permitted = permittedElements(query.space);
  for (const id of permitted.linkIds) measure('link', id, base.carrying.linkIds.has(id), onRouteLinks.has(id), { links: [id] });
  for (const id of permitted.nodeIds) {
    if (ends.has(id)) continue;
    measure('node', id, base.carrying.nodeIds.has(id), onRouteNodes.has(id), { nodes: [id] });
  }
  const routeCountries = new Set<string>();
  if (best !== null) for (const leg of best.legs) for (const c of network.links.get(leg.linkId)!.transitCountries) routeCountries.add(c);
  for (const code of capacityCountries(query, base)) {
    const inside = countryElements(query.space, code);
    const carries = inside.linkIds.some((id) => base.carrying.linkIds.has(id)) || inside.nodeIds.some((id) => base.carrying.nodeIds.has(id));
    measure('country', code, carries, routeCountries.has(code), { countries: [code] });
  }

  const tolerance = Number.isFinite(base.value) ? Math.max(base.value, 1) * 1e-9 : 0;
  for (const row of rows) if (row.capacityLost <= tolerance) (row as { capacityLost: number }).capacityLost = 0;
  const byCapacity = (a: CriticalElementRow, b: CriticalElementRow) =>
    Math.abs(a.capacityLost - b.capacityLost) <= tolerance ? 0 : b.capacityLost > a.capacityLost ? 1 : -1;
  const severity = (r: CriticalElementRow) => (r.disconnects ? Infinity : (r.extraKm ?? 0));
  rows.sort(
    (a, b) =>
      byCapacity(a, b) ||
      (severity(b) === severity(a) ? 0 : severity(b) > severity(a) ? 1 : -1) ||
      ELEMENT_ORDER[a.element] - ELEMENT_ORDER[b.element] ||
      compareStrings(a.id, b.id),
  );
  return present(
    {
      kind: 'critical-elements' as const,
      unit: query.flow.unit,
      totalCapacity: base.value,
      bestRouteKm: best?.lengthKm ?? null,
      rows,
      complete: base.unknownCapacityLinks.length === 0 && base.lowerBoundCapacities.length === 0,
      unknownCapacityLinks: base.unknownCapacityLinks,
      lowerBoundCapacities: base.lowerBoundCapacities,
      origins: query.origins,
      destinations: query.destinations,
    },
    network,
    'N-1: critical elements',
  );
}
