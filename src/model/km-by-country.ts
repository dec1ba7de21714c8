import * as z from 'zod';
import { countryCodeSchema } from './country-code.js';

/**
 * The pseudo-area of stretches outside every country's land borders (open sea, the Caspian, and
 * whatever Natural Earth's land polygons leave out). Lower case, so it never collides with an ISO code.
 */
export const SEA_AREA = 'sea';

/** An ISO 3166-1 alpha-2 country code, or {@link SEA_AREA}. */
export type AreaCode = string;

/**
 * zod schema of one stretch of a line: `{ country, km }` with `country` an ISO code or `'sea'`, `km`
 * from 0 to 50,000 (the longest link allowed; larger figures would overflow route sums).
 */
export const kmInAreaSchema = z.strictObject({
  country: z.union([z.literal(SEA_AREA), countryCodeSchema]),
  km: z.number().nonnegative().max(50_000, 'must be at most 50,000 km (is it in metres?)'),
});

/** One stretch of a line in one country (or at sea); see {@link kmInAreaSchema}. */
export type KmInArea = z.infer<typeof kmInAreaSchema>;
