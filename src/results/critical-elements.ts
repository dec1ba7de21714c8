import type { CanonicalCapacityUnit } from '../model/commodity.js';

/**
 * One element's N-1 impact: what is lost when it alone is removed.
 *
 * - `element`: `link`, `node` or `country` (a country's nodes and every link crossing it); `id`: the link
 *   or node id, or the ISO country code.
 * - `capacityLost`: maximum flow lost, in the result's unit (≥ 0).
 * - `extraKm`: how much longer the shortest route from any origin to any destination becomes, in km;
 *   `null` when no route remains.
 * - `disconnects`: no permitted route from any origin to any destination remains.
 */
export interface CriticalElementRow {
  readonly element: 'link' | 'node' | 'country';
  readonly id: string;
  readonly capacityLost: number;
  readonly extraKm: number | null;
  readonly disconnects: boolean;
}

/**
 * Result of `criticalElements`.
 *
 * - `kind`: `'critical-elements'`.
 * - `unit`, `totalCapacity`: the commodity's canonical unit and the maximum flow with nothing removed;
 * - `bestRouteKm`: the shortest route from any origin to any destination, `null` when none;
 * - `rows`: every permitted link, every permitted node except the origins and destinations, and every
 *   transit country crossed by the flow or by a real route (see `capacityDependency`; origins' and
 *   destinations' countries excluded, since losing them loses the
 *   query itself), ranked: most capacity lost first; then disconnecting elements; then most extra km;
 *   then element (country, node, link) and id.
 * - `complete`: false when the base capacity depends on links of unknown capacity or on capacities
 *   published as lower bounds; `unknownCapacityLinks`, `lowerBoundCapacities`: those elements.
 */
export interface CriticalElementsResult {
  readonly kind: 'critical-elements';
  readonly unit: CanonicalCapacityUnit;
  readonly totalCapacity: number;
  readonly bestRouteKm: number | null;
  readonly rows: readonly CriticalElementRow[];
  readonly complete: boolean;
  readonly unknownCapacityLinks: readonly string[];
  readonly lowerBoundCapacities: readonly string[];
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
}
