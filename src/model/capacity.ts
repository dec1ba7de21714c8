import { z } from 'zod';
import { COMMODITY_TABLE, type Commodity, commoditySchema, type UnitFamily } from './commodity.js';

/**
 * Every capacity unit, in one place (adding a unit means adding a row):
 *
 * - `family`: which commodities it can measure (see `UnitFamily` and `COMMODITY_TABLE`);
 * - `toCanonical`: the factor to the canonical unit of its family, per year (barrels per day × 365,
 *   then ÷ barrels per tonne, which the caller applies; kilo- and mega- prefixes; mcm/d × 365 ÷ 1,000
 *   = bcm/yr; TEU/d × 365), with a year of 365 days;
 * - `limit`: the largest figure accepted, about twice the world's annual volume of the commodity
 *   (crude and products ≈ 100 Mbbl/d ≈ 5 Gt/yr, so 10 Gt/yr or 200 Mbbl/d; gas ≈ 4,100 bcm/yr, so
 *   10,000 bcm/yr; container ports ≈ 900 million TEU/yr, so 1 billion), so that a figure in the wrong
 *   unit is caught and flows stay within the precision of the max-flow solver (whose rounding
 *   tolerance is proportional to the capacities in play).
 */
export const CAPACITY_UNIT_TABLE = {
  'bbl/d': { family: 'barrels', toCanonical: 365, limit: 2e8 },
  'kbbl/d': { family: 'barrels', toCanonical: 365e3, limit: 2e5 },
  'Mbbl/d': { family: 'barrels', toCanonical: 365e6, limit: 200 },
  't/yr': { family: 'tonnes', toCanonical: 1, limit: 1e10 },
  'kt/yr': { family: 'tonnes', toCanonical: 1e3, limit: 1e7 },
  'Mt/yr': { family: 'tonnes', toCanonical: 1e6, limit: 1e4 },
  'bcm/yr': { family: 'cubic-metres', toCanonical: 1, limit: 1e4 },
  'mcm/d': { family: 'cubic-metres', toCanonical: 365 / 1e3, limit: 3e4 },
  'TEU/yr': { family: 'teu', toCanonical: 1, limit: 1e9 },
  'TEU/d': { family: 'teu', toCanonical: 365, limit: 3e6 },
} as const satisfies Record<string, { readonly family: UnitFamily; readonly toCanonical: number; readonly limit: number }>;

/**
 * Units a capacity may be published in. Liquids: barrels per day (`bbl/d`, `kbbl/d`, `Mbbl/d`) or
 * tonnes per year (`t/yr`, `kt/yr`, `Mt/yr`); gas: billion or million cubic metres (`bcm/yr`, `mcm/d`);
 * containers: twenty-foot equivalent units (`TEU/yr`, `TEU/d`). Other cargo uses the tonne units.
 * See {@link CAPACITY_UNIT_TABLE}.
 */
export const CAPACITY_UNITS = Object.freeze(Object.keys(CAPACITY_UNIT_TABLE)) as readonly CapacityUnit[];

/** A capacity unit; see {@link CAPACITY_UNITS}. */
export type CapacityUnit = keyof typeof CAPACITY_UNIT_TABLE;

/** The largest capacity accepted in each unit (the `limit` column of {@link CAPACITY_UNIT_TABLE}). */
export const CAPACITY_LIMITS: Readonly<Record<CapacityUnit, number>> = Object.freeze(
  Object.fromEntries(Object.entries(CAPACITY_UNIT_TABLE).map(([unit, row]) => [unit, row.limit])) as Record<CapacityUnit, number>,
);

/** zod schema of {@link CapacityUnit}. */
export const capacityUnitSchema = z.enum(Object.keys(CAPACITY_UNIT_TABLE) as [CapacityUnit, ...CapacityUnit[]]);

/**
 * True when a figure in `unit` measures `commodity`: barrels and tonnes for crude oil and oil
 * products, tonnes for general cargo and dry bulk, cubic metres for natural gas, TEU for containers
 * (the `unitFamilies` of `COMMODITY_TABLE`).
 */
export function unitFitsCommodity(unit: CapacityUnit, commodity: Commodity): boolean {
  const families: readonly UnitFamily[] = COMMODITY_TABLE[commodity].unitFamilies;
  return families.includes(CAPACITY_UNIT_TABLE[unit].family);
}

/**
 * zod schema of a published capacity: `{ value, unit }` exactly as the source gives it (value > 0 and
 * at most {@link CAPACITY_LIMITS} for the unit),
 * with optional `commodities` the figure counts (e.g. a port's oil berths: `['crude-oil']`), the
 * `year` it applies to, a `note` (e.g. "design capacity after the 2009 drag-reducing agents"), and
 * `lowerBound: true` when the figure is only known to be reached, not to be the limit (a contracted
 * volume, a throughput already carried): flows then use it but say their value is a lower bound
 * whenever raising it could raise the flow.
 */
export const publishedCapacitySchema = z
  .strictObject({
    value: z.number().positive(),
    unit: capacityUnitSchema,
    commodities: z.array(commoditySchema).min(1).optional(),
    year: z.number().int().min(1800).max(2100).optional(),
    note: z.string().trim().min(1).optional(),
    lowerBound: z.literal(true).optional(),
  })
  .superRefine((capacity, ctx) => {
    const limit = CAPACITY_LIMITS[capacity.unit];
    if (capacity.value > limit) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `${capacity.value} ${capacity.unit} is more than ${limit.toLocaleString('en-US')} ${capacity.unit}, about twice the world's volume: check the unit`,
      });
    }
    capacity.commodities?.forEach((commodity, i) => {
      if (!unitFitsCommodity(capacity.unit, commodity)) {
        ctx.addIssue({
          code: 'custom',
          path: ['commodities', i],
          message: `"${commodity}" cannot be measured in ${capacity.unit}; figures of different commodities are never mixed`,
          params: { transcaspianCode: 'capacity_mismatch' },
        });
      }
    });
  });

/** A published capacity; see {@link publishedCapacitySchema}. */
export type PublishedCapacity = z.infer<typeof publishedCapacitySchema>;

/**
 * zod schema of an explicitly unlimited capacity: `{ unlimited: true, note }`, for elements that are
 * not a bottleneck by nature (an open-sea lane, whose throughput is bounded by the terminals at its
 * ends). The note says why. Unlike an absent capacity (unknown), it lets flow through without bound.
 */
export const unlimitedCapacitySchema = z.strictObject({
  unlimited: z.literal(true),
  note: z.string().trim().min(1),
});

/** An explicitly unlimited capacity; see {@link unlimitedCapacitySchema}. */
export type UnlimitedCapacity = z.infer<typeof unlimitedCapacitySchema>;

/**
 * zod schema of a node's or link's `capacity`: a published figure, a list of published figures for
 * different commodities (each entry then lists its `commodities`, and no commodity is counted twice),
 * or `{ unlimited: true, note }`. An absent capacity means *unknown*, never zero and never unlimited.
 */
export const capacitySchema = z.union([
  publishedCapacitySchema,
  unlimitedCapacitySchema,
  z
    .array(publishedCapacitySchema)
    .min(1)
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (entry.commodities === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'commodities'],
            message: 'is required on each entry of a capacity list (which commodities the figure counts)',
          });
          return;
        }
        for (const commodity of entry.commodities) {
          if (seen.has(commodity)) {
            ctx.addIssue({ code: 'custom', path: [i, 'commodities'], message: `counts "${commodity}" again; one figure per commodity` });
          }
          seen.add(commodity);
        }
      });
    }),
]);

/** A node's or link's capacity; see {@link capacitySchema}. */
export type Capacity = z.infer<typeof capacitySchema>;
