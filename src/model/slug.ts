import * as z from 'zod';

/**
 * zod schema of a node or link id: a lowercase slug of letters, digits and single hyphens
 * (`aktau`, `baku-supsa`, `btc`), 1–64 characters.
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug of letters, digits and hyphens, e.g. "baku-supsa"')
  .max(64);
