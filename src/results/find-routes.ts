import type { Route } from './route.js';

/**
 * Why a query found no route:
 * - `same-origin-and-destination`: origin and destination are the same node;
 * - `origin-avoided` / `destination-avoided`: the node is in `avoidNodes` or in an avoided country;
 * - `no-permitted-links`: no link passes the status, mode, commodity, closure and country filters
 *   (e.g. no link has the admitted status);
 * - `origin-isolated` / `destination-isolated`: no permitted link leaves the origin / reaches the
 *   destination;
 * - `unreachable`: links are permitted at both ends but no sequence of them joins the two.
 */
export type NoRouteReasonCode =
  | 'same-origin-and-destination'
  | 'origin-avoided'
  | 'destination-avoided'
  | 'no-permitted-links'
  | 'origin-isolated'
  | 'destination-isolated'
  | 'unreachable';

/** A machine-readable {@link NoRouteReasonCode} and a sentence for people. */
export interface NoRouteReason {
  readonly code: NoRouteReasonCode;
  readonly message: string;
}

/**
 * Result of `findRoutes`.
 *
 * - `kind`: `'routes'`.
 * - `origin`, `destination`: the node ids asked for.
 * - `routes`: up to `k` routes, best first (see `findRoutes` for the order); empty when none.
 * - `reason`: why `routes` is empty (absent when it is not).
 * - `linksWithoutWeight`: ids of links that passed the constraints but were left out because they
 *   lack the weight attribute (e.g. no `transitTimeHours`), sorted; empty for `lengthKm`.
 * - `dwellAssumedAt`: ids of the nodes where a returned route changes mode or gauge without dwell
 *   data, so that the default was charged (sorted); check it before reading `transitTimeHours` as
 *   sourced.
 * - `distinct` (only with the option of that name): how routes were made to differ, how many routes
 *   of the enumeration were looked at, and `complete` — true when `k` routes were found or every
 *   loopless route was looked at, false when the enumeration limit stopped the search first (then a
 *   route that differs may exist further down the order).
 */
export interface FindRoutesResult {
  readonly kind: 'routes';
  readonly origin: string;
  readonly destination: string;
  readonly routes: readonly Route[];
  readonly reason?: NoRouteReason;
  readonly linksWithoutWeight: readonly string[];
  readonly dwellAssumedAt: readonly string[];
  readonly distinct?: {
    readonly by: 'transit-countries' | { readonly maxSharedShare: number };
    readonly enumerated: number;
    readonly complete: boolean;
  };
}
