import type { CanonicalCapacityUnit, Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';

/**
 * Capacity kept without one transit country.
 *
 * - `withoutCountry`: maximum flow in the result's unit with the country removed (its nodes and every
 *   link crossing it);
 * - `shareLost`: `1 − withoutCountry / total` (0 when `total` is 0);
 * - `complete`: false when that figure depends on links of unknown capacity or on capacities
 *   published as lower bounds.
 */
export interface CountryCapacityRow {
  readonly country: CountryCode;
  readonly countryName: string;
  readonly withoutCountry: number;
  readonly shareLost: number;
  readonly complete: boolean;
}

/**
 * How an origin–destination capacity depends on transit countries (result of `capacityDependency`,
 * and the `capacity` of a `transitDependency` result).
 *
 * - `kind`: `'capacity-dependency'`.
 * - `unit`: canonical unit of the commodity (`t/yr`, `bcm/yr`, `TEU/yr`); `total`: maximum flow with
 *   every country available.
 * - `withoutCountry`, `shareLost`: keyed by country code (see {@link CountryCapacityRow}); `rows`: the
 *   same as a list, largest share lost first, ties by code.
 * - `hhi`: Herfindahl–Hirschman index of the dependence on countries, on the 0–10,000 scale:
 *   with `lost(c) = total − withoutCountry(c)` and shares `s(c) = lost(c) / Σ lost`, HHI =
 *   10,000 × Σ s(c)². 10,000 means all capacity at risk hangs on one country; lower values mean the
 *   dependence is spread over several. 0 when no country's loss reduces the capacity.
 * - `complete`: false when any figure depends on links of unknown capacity or on capacities published
 *   as lower bounds (`lowerBoundCapacities`: those links and nodes, sorted); `unknownCapacityLinks`:
 *   those links (union over all figures, sorted).
 * - `origins`, `destinations`, `droppedOrigins`, `droppedDestinations`: as in `maxFlow`.
 */
export interface CapacityDependency {
  readonly kind: 'capacity-dependency';
  readonly commodity: Commodity;
  readonly unit: CanonicalCapacityUnit;
  readonly total: number;
  readonly complete: boolean;
  readonly unknownCapacityLinks: readonly string[];
  readonly lowerBoundCapacities: readonly string[];
  readonly withoutCountry: Readonly<Record<CountryCode, number>>;
  readonly shareLost: Readonly<Record<CountryCode, number>>;
  readonly hhi: number;
  readonly rows: readonly CountryCapacityRow[];
  readonly origins: readonly string[];
  readonly destinations: readonly string[];
  readonly droppedOrigins: readonly string[];
  readonly droppedDestinations: readonly string[];
}
