import type { CountryCode } from '../model/country-code.js';

/**
 * Must-pass countries of one pair (one element of what `findMustPassCountries` returns).
 *
 * - `kind`: `'must-pass-countries'`;
 * - `origin`, `destination`: the node ids asked for;
 * - `reachable`: some permitted route joins them (when false, `mustPassCountries` is empty);
 * - `mustPassCountries`: countries, other than the origin's and destination's, without which no
 *   permitted route remains (a country is removed with its nodes and every link crossing it), in
 *   code order.
 */
export interface MustPassCountries {
  readonly kind: 'must-pass-countries';
  readonly origin: string;
  readonly destination: string;
  readonly reachable: boolean;
  readonly mustPassCountries: readonly CountryCode[];
}
