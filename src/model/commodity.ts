import * as z from 'zod';

/**
 * Families of capacity units: `barrels` (bbl/d, kbbl/d, Mbbl/d), `tonnes` (t/yr, kt/yr, Mt/yr),
 * `cubic-metres` (bcm/yr, mcm/d) and `teu` (TEU/yr, TEU/d). A commodity is measured in some families
 * only, so that figures of different commodities are never mixed.
 */
export type UnitFamily = 'barrels' | 'tonnes' | 'cubic-metres' | 'teu';

/**
 * The unit capacities of a commodity are compared and summed in: tonnes per year (`t/yr`), billion
 * cubic metres per year (`bcm/yr`) or twenty-foot equivalent units per year (`TEU/yr`).
 */
export type CanonicalCapacityUnit = 't/yr' | 'bcm/yr' | 'TEU/yr';

/**
 * What the library knows about each commodity, in one place (adding a commodity means adding a row):
 *
 * - `description`: what the class covers;
 * - `unitFamilies`: the capacity units that measure it (see {@link UnitFamily});
 * - `canonicalUnit`: the unit flows and capacities are computed in;
 * - `columnSuffix`: the suffix of table columns holding figures in that unit (`capacityWithout` +
 *   `TonnesPerYear`, …).
 */
export const COMMODITY_TABLE = {
  'crude-oil': { description: 'crude oil and condensate', unitFamilies: ['barrels', 'tonnes'], canonicalUnit: 't/yr', columnSuffix: 'TonnesPerYear' },
  'oil-products': { description: 'refined oil products', unitFamilies: ['barrels', 'tonnes'], canonicalUnit: 't/yr', columnSuffix: 'TonnesPerYear' },
  'natural-gas': { description: 'natural gas', unitFamilies: ['cubic-metres'], canonicalUnit: 'bcm/yr', columnSuffix: 'BcmPerYear' },
  containers: { description: 'containers, counted in TEU', unitFamilies: ['teu'], canonicalUnit: 'TEU/yr', columnSuffix: 'TeuPerYear' },
  'general-cargo': { description: 'general cargo, including rail wagons and trucks on ferries', unitFamilies: ['tonnes'], canonicalUnit: 't/yr', columnSuffix: 'TonnesPerYear' },
  'dry-bulk': { description: 'dry bulk (grain, ore, coal, fertiliser)', unitFamilies: ['tonnes'], canonicalUnit: 't/yr', columnSuffix: 'TonnesPerYear' },
} as const satisfies Record<
  string,
  { readonly description: string; readonly unitFamilies: readonly UnitFamily[]; readonly canonicalUnit: CanonicalCapacityUnit; readonly columnSuffix: string }
>;

/** Commodities a link can carry, in the order of {@link COMMODITY_TABLE}. */
export const COMMODITIES = Object.freeze(Object.keys(COMMODITY_TABLE)) as readonly (keyof typeof COMMODITY_TABLE)[];

/**
 * A commodity class: `crude-oil` (crude and condensate), `oil-products`, `natural-gas`, `containers`
 * (counted in TEU), `general-cargo` (incl. rail wagons and trucks on ferries) or `dry-bulk`.
 */
export type Commodity = keyof typeof COMMODITY_TABLE;

/** zod schema of {@link Commodity}. */
export const commoditySchema = z.enum(Object.keys(COMMODITY_TABLE) as [Commodity, ...Commodity[]]);

/** True when `value` is a {@link Commodity}. */
export function isCommodity(value: unknown): value is Commodity {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COMMODITY_TABLE, value);
}
