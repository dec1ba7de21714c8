import { z } from 'zod';
import { type Commodity, commoditySchema } from './commodity.js';

/**
 * Units a capacity may be published in. Liquids: barrels per day (`bbl/d`, `kbbl/d`, `Mbbl/d`) or
 * tonnes per year (`t/yr`, `kt/yr`, `Mt/yr`); gas: billion or million cubic metres (`bcm/yr`, `mcm/d`);
 * containers: twenty-foot equivalent units (`TEU/yr`, `TEU/d`). Other cargo uses the tonne units.
 */
export const CAPACITY_UNITS = [
  'bbl/d',
  'kbbl/d',
  'Mbbl/d',
  't/yr',
  'kt/yr',
  'Mt/yr',
  'bcm/yr',
  'mcm/d',
  'TEU/yr',
  'TEU/d',
] as const;

/** A capacity unit; see {@link CAPACITY_UNITS}. */
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/**
 * The largest capacity accepted in each unit: about twice the world's annual volume of the commodity
 * (crude and products ≈ 100 Mbbl/d ≈ 5 Gt/yr, so 10 Gt/yr or 200 Mbbl/d; gas ≈ 4,100 bcm/yr, so
 * 10,000 bcm/yr; container ports ≈ 900 million TEU/yr, so 1 billion), so that a figure in the wrong
 * unit is caught, and so that flows stay within the precision of the max-flow solver (whose rounding
 * tolerance is proportional to the capacities in play).
 */
export const CAPACITY_LIMITS: Readonly<Record<CapacityUnit, number>> = {
  'bbl/d': 2e8,
  'kbbl/d': 2e5,
  'Mbbl/d': 200,
  't/yr': 1e10,
  'kt/yr': 1e7,
  'Mt/yr': 1e4,
  'bcm/yr': 1e4,
  'mcm/d': 3e4,
  'TEU/yr': 1e9,
  'TEU/d': 3e6,
};

/** zod schema of {@link CapacityUnit}. */
export const capacityUnitSchema = z.enum(CAPACITY_UNITS);

/**
 * True when a figure in `unit` measures `commodity`: barrels and tonnes for crude oil and oil
 * products, tonnes for general cargo and dry bulk, cubic metres for natural gas, TEU for containers.
 */
export function unitFitsCommodity(unit: CapacityUnit, commodity: Commodity): boolean {
  if (unit === 'bbl/d' || unit === 'kbbl/d' || unit === 'Mbbl/d') return commodity === 'crude-oil' || commodity === 'oil-products';
  if (unit === 't/yr' || unit === 'kt/yr' || unit === 'Mt/yr') return commodity !== 'natural-gas' && commodity !== 'containers';
  if (unit === 'bcm/yr' || unit === 'mcm/d') return commodity === 'natural-gas';
  return commodity === 'containers';
}

/**
 * zod schema of a published capacity: `{ value, unit }` exactly as the source gives it (value > 0 and
 * at most {@link CAPACITY_LIMITS} for the unit),
 * with optional `commodities` the figure counts (e.g. a port's oil berths: `['crude-oil']`), the
 * `year` it applies to and a `note` (e.g. "design capacity after the 2009 drag-reducing agents").
 */
export const publishedCapacitySchema = z
  .strictObject({
    value: z.number().positive(),
    unit: capacityUnitSchema,
    commodities: z.array(commoditySchema).min(1).optional(),
    year: z.number().int().min(1800).max(2100).optional(),
    note: z.string().trim().min(1).optional(),
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
