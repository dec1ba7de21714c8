import type { CountryCode } from '../model/country-code.js';
import type { CapacityDependency } from './capacity-dependency.js';
import type { NoRouteReason } from './find-routes.js';
import type { Route } from './route.js';

/**
 * How an origin–destination pair depends on one transit country.
 *
 * - `country`: ISO 3166-1 alpha-2 code; `countryName`: its English name.
 * - `mustPass`: every permitted route crosses the country (no route remains without it).
 * - `onBestRoute`: the best route crosses it.
 * - `bestRouteWithout`: the best route that avoids the country (its nodes and every link crossing it),
 *   or `null` when `mustPass`.
 * - `extraLengthKm`: `bestRouteWithout.lengthKm − bestRoute.lengthKm` in km (≥ 0 when the weight is
 *   length), `null` when `mustPass`; `extraCost`: the same difference in the weight's unit.
 */
export interface TransitCountryDependency {
  readonly country: CountryCode;
  readonly countryName: string;
  readonly mustPass: boolean;
  readonly onBestRoute: boolean;
  readonly bestRouteWithout: Route | null;
  readonly extraLengthKm: number | null;
  readonly extraCost: number | null;
}

/**
 * Result of `transitDependency`.
 *
 * - `kind`: `'transit-dependency'`.
 * - `bestRoute`: the best permitted route, `null` when none (then `reason` says why and the lists
 *   are empty).
 * - `countries`: one row per transit country crossed by the best route or by the best route avoiding
 *   some country (all loopless routes), ordered: must-pass countries first, then by `extraCost`
 *   (largest first), then by country code.
 * - `mustPassCountries`: countries every route crosses, in the order the best route crosses them.
 * - `mustPassNodes`, `mustPassLinks`: node and link ids every route uses (single points of failure;
 *   origin and destination excluded), in route order.
 * - `linksWithoutWeight`: as in `findRoutes`.
 * - `capacity`: when a `commodity` is given, how the pair's capacity depends on each transit country
 *   (total, without each country, share lost, Herfindahl–Hirschman index; see `CapacityDependency`);
 *   `null` without a commodity, since capacities of different commodities are never summed.
 */
export interface TransitDependencyResult {
  readonly kind: 'transit-dependency';
  readonly origin: string;
  readonly destination: string;
  readonly bestRoute: Route | null;
  readonly countries: readonly TransitCountryDependency[];
  readonly mustPassCountries: readonly CountryCode[];
  readonly mustPassNodes: readonly string[];
  readonly mustPassLinks: readonly string[];
  readonly reason?: NoRouteReason;
  readonly linksWithoutWeight: readonly string[];
  readonly capacity: CapacityDependency | null;
}
