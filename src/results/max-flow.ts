import type { CanonicalCapacityUnit, Commodity } from '../model/commodity.js';

/**
 * Result of `maxFlow`.
 *
 * - `kind`: `'max-flow'`.
 * - `value`: the maximum flow in `unit` (`t/yr` for oil and cargo, `bcm/yr` for gas, `TEU/yr` for
 *   containers) counting only known capacities; `Infinity` when a path of unlimited elements joins
 *   the sets. When `complete` is false it is a lower bound.
 * - `complete`: true when no link of unknown capacity and no capacity published as a lower bound
 *   could raise the value; `unknownCapacityLinks` and `lowerBoundCapacities`: the ids of those that
 *   could (sorted). Links lacking a figure for the
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
  readonly kind: 'max-flow';
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
  readonly value: number;
  readonly complete: boolean;
  readonly unknownCapacityLinks: readonly string[];
  readonly lowerBoundCapacities: readonly string[];
  readonly flowByLink: Readonly<Record<string, number>>;
  readonly minCut: { readonly linkIds: readonly string[]; readonly nodeIds: readonly string[]; readonly capacity: number };
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly droppedOrigins: readonly string[];
  readonly droppedDestinations: readonly string[];
  readonly reason?: { readonly code: 'no-origins' | 'no-destinations' | 'unknown-capacity' | 'unreachable'; readonly message: string };
}
