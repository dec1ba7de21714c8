import { z } from 'zod';

/** Commodities a link can carry. */
export const COMMODITIES = [
  'crude-oil',
  'oil-products',
  'natural-gas',
  'containers',
  'general-cargo',
  'dry-bulk',
] as const;

/**
 * A commodity class: `crude-oil` (crude and condensate), `oil-products`, `natural-gas`, `containers`
 * (counted in TEU), `general-cargo` (incl. rail wagons and trucks on ferries) or `dry-bulk`.
 */
export type Commodity = (typeof COMMODITIES)[number];

/** zod schema of {@link Commodity}. */
export const commoditySchema = z.enum(COMMODITIES);
