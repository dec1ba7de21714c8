import { CommodityMismatchError, InvalidArgumentError, InvalidOptionError } from '../errors.js';
import { type Capacity, type PublishedCapacity, unitFitsCommodity } from './capacity.js';
import { CAPACITY_UNIT_TABLE } from './capacity.js';
import { COMMODITIES, COMMODITY_TABLE, type CanonicalCapacityUnit, type Commodity, isCommodity } from './commodity.js';

export type { CanonicalCapacityUnit } from './commodity.js';

/**
 * Default barrels of crude oil per tonne: 7.33.
 *
 * Source: BP, Statistical Review of World Energy, "Approximate conversion factors" (crude oil:
 * 1 tonne = 7.33 barrels, an average over world crudes). Light crudes have more barrels per tonne
 * (CPC Blend, about 45° API, ≈ 7.9); pass per-link or per-node factors through the
 * `barrelsPerTonne` option, e.g. from {@link barrelsPerTonneFromApiGravity}.
 */
export const DEFAULT_BARRELS_PER_TONNE = 7.33;

/**
 * Accepted range of barrels per tonne: 5 to 15. Liquids from bitumen (about 6, 10° API) to natural
 * gasoline (about 10, 80° API) lie well inside it; a factor outside it is a unit or typing mistake.
 */
export const BARRELS_PER_TONNE_RANGE = { min: 5, max: 15 } as const;

/** True when `v` is a barrels-per-tonne factor in {@link BARRELS_PER_TONNE_RANGE} (internal). */
export function isBarrelsPerTonne(v: unknown): v is number {
  return typeof v === 'number' && v >= BARRELS_PER_TONNE_RANGE.min && v <= BARRELS_PER_TONNE_RANGE.max;
}

/**
 * Barrels per tonne of a crude of the given API gravity: specific gravity SG = 141.5 / (API + 131.5)
 * (the API gravity definition, API MPMS ch. 11.5), density = SG × 999.016 kg/m³ (water at 60 °F), and
 * one barrel = 0.158987 m³, so barrels per tonne = 1000 / (density × 0.158987).
 *
 * @param apiGravity - degrees API (e.g. 45 for CPC Blend, 36 for Azeri BTC).
 * @returns barrels per tonne (e.g. ≈ 7.87 at 45° API).
 * @throws {InvalidOptionError} when `apiGravity` is not a finite number in (−131.5, 200].
 */
export function barrelsPerTonneFromApiGravity(apiGravity: number): number {
  if (!Number.isFinite(apiGravity) || apiGravity <= -131.5 || apiGravity > 200) {
    throw new InvalidOptionError('barrelsPerTonneFromApiGravity', 'apiGravity', apiGravity, 'expected degrees API, a finite number above −131.5');
  }
  const specificGravity = 141.5 / (apiGravity + 131.5);
  return 1000 / (specificGravity * 999.016 * 0.158987);
}

/**
 * How many barrels make a tonne (5 to 15; see {@link BARRELS_PER_TONNE_RANGE}): one number for all crude, or `{ default?, byId? }` where `byId`
 * maps link or node ids to their crude's factor (e.g. `{ byId: { cpc: 7.87 } }`).
 */
export type BarrelsPerTonne = number | { readonly default?: number; readonly byId?: Readonly<Record<string, number>> };

/**
 * The canonical unit for `commodity` (the `canonicalUnit` column of `COMMODITY_TABLE`): `t/yr` for
 * liquids and other cargo, `bcm/yr` for gas, `TEU/yr` for containers.
 *
 * @throws {InvalidOptionError} when `commodity` is not a commodity.
 */
export function canonicalUnitOf(commodity: Commodity): CanonicalCapacityUnit {
  if (!isCommodity(commodity)) {
    throw new InvalidOptionError('canonicalUnitOf', 'commodity', commodity, `expected one of ${COMMODITIES.join(', ')}`);
  }
  return COMMODITY_TABLE[commodity].canonicalUnit;
}

/**
 * Converts a published capacity to the canonical unit of `commodity` (see {@link canonicalUnitOf}):
 * bbl/d × 365 / barrels-per-tonne, kbbl/d and Mbbl/d likewise (× 10³, × 10⁶); kt/yr × 10³,
 * Mt/yr × 10⁶ t/yr; mcm/d × 365 / 1000 bcm/yr; TEU/d × 365 TEU/yr (a year of 365 days).
 *
 * @param capacity - the published figure `{ value, unit }`.
 * @param commodity - the commodity the figure is used for.
 * @param elementId - the link or node id (for messages and per-id barrels-per-tonne factors).
 * @param barrelsPerTonne - see {@link BarrelsPerTonne}; default {@link DEFAULT_BARRELS_PER_TONNE}.
 * @returns the capacity in the canonical unit.
 * @throws {CommodityMismatchError} when the unit measures another commodity (bcm/yr for crude oil,
 *   t/yr for containers, barrels for gas): figures of different commodities are never mixed.
 */
export function toCanonicalCapacity(
  capacity: PublishedCapacity,
  commodity: Commodity,
  elementId: string,
  barrelsPerTonne: BarrelsPerTonne = DEFAULT_BARRELS_PER_TONNE,
): number {
  if (!unitFitsCommodity(capacity.unit, commodity)) {
    throw new CommodityMismatchError(elementId, capacity.unit, commodity, canonicalUnitOf(commodity));
  }
  if (typeof capacity.value !== 'number' || !Number.isFinite(capacity.value) || capacity.value <= 0) {
    throw new InvalidArgumentError('toCanonicalCapacity', 'capacity.value', `expected a positive number (got ${String(capacity.value)}) for "${elementId}"`);
  }
  const row = CAPACITY_UNIT_TABLE[capacity.unit];
  const perYear = capacity.value * row.toCanonical;
  return row.family === 'barrels' ? perYear / factorFor(barrelsPerTonne, elementId) : perYear;
}

function factorFor(barrelsPerTonne: BarrelsPerTonne, elementId: string): number {
  const byId = typeof barrelsPerTonne === 'number' ? undefined : barrelsPerTonne.byId;
  const own = byId !== undefined && Object.prototype.hasOwnProperty.call(byId, elementId) ? byId[elementId] : undefined;
  const factor = typeof barrelsPerTonne === 'number' ? barrelsPerTonne : (own ?? barrelsPerTonne.default ?? DEFAULT_BARRELS_PER_TONNE);
  if (!isBarrelsPerTonne(factor)) {
    throw new InvalidOptionError('toCanonicalCapacity', 'barrelsPerTonne', factor, `expected 5 to 15 barrels per tonne for "${elementId}"`);
  }
  return factor;
}

/**
 * What an element's capacity means for one commodity:
 * - `{ kind: 'known', value, lowerBound }`: a published figure that applies, in the canonical unit;
 *   `lowerBound` when the figure is only a lower bound of the capacity (see `PublishedCapacity`);
 * - `{ kind: 'unlimited' }`: explicitly not a bottleneck;
 * - `{ kind: 'unknown' }`: no figure for this commodity (absent, or only figures for other
 *   commodities or in another commodity's unit) — never read as zero or as unlimited.
 */
export type ResolvedCapacity =
  | { readonly kind: 'known'; readonly value: number; readonly lowerBound: boolean }
  | { readonly kind: 'unlimited' }
  | { readonly kind: 'unknown' };

/**
 * Resolves a node's or link's `capacity` for `commodity`. A list entry applies when its
 * `commodities` include the commodity; a single figure applies when its `commodities` include it or,
 * without `commodities`, when its unit measures the commodity's class.
 */
export function resolveCapacity(
  capacity: Capacity | undefined,
  commodity: Commodity,
  elementId: string,
  barrelsPerTonne: BarrelsPerTonne = DEFAULT_BARRELS_PER_TONNE,
): ResolvedCapacity {
  if (capacity === undefined || capacity === null) return { kind: 'unknown' };
  if ('unlimited' in capacity) return { kind: 'unlimited' };
  const entries = Array.isArray(capacity) ? capacity : [capacity];
  const entry =
    entries.find((e) => e.commodities?.includes(commodity)) ??
    entries.find((e) => e.commodities === undefined && unitFitsCommodity(e.unit, commodity));
  if (entry === undefined) return { kind: 'unknown' };
  return { kind: 'known', value: toCanonicalCapacity(entry, commodity, elementId, barrelsPerTonne), lowerBound: entry.lowerBound === true };
}
