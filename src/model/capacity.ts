import { z } from 'zod';

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

/** zod schema of {@link CapacityUnit}. */
export const capacityUnitSchema = z.enum(CAPACITY_UNITS);

/**
 * zod schema of a published capacity: `{ value, unit }` exactly as the source gives it (value > 0),
 * with an optional `year` the figure applies to and a `note` (e.g. "design capacity after 2009 DRA").
 * An absent capacity means *unknown*, never zero.
 */
export const capacitySchema = z.strictObject({
  value: z.number().positive(),
  unit: capacityUnitSchema,
  year: z.number().int().min(1800).max(2100).optional(),
  note: z.string().min(1).optional(),
});

/** A published capacity; see {@link capacitySchema}. */
export type Capacity = z.infer<typeof capacitySchema>;
