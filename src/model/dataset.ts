import * as z from 'zod';
import { sourcesSchema } from './source.js';

/**
 * zod schema of a dataset's optional top-level `metadata` member (a GeoJSON foreign member):
 * `{ title, description?, version?, license?, attribution?, updated?, asOf?, sources? }`. `updated` is
 * when the file was last built (YYYY-MM-DD); `asOf` is the date the data describes (`YYYY`, `YYYY-MM`
 * or `YYYY-MM-DD`): statuses, capacities and times are those in force then.
 */
export const datasetMetadataSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  version: z.string().trim().min(1).optional(),
  license: z.string().trim().min(1).optional(),
  attribution: z.string().trim().min(1).optional(),
  updated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
    .optional(),
  asOf: z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  sources: sourcesSchema.optional(),
});

/** Dataset metadata; see {@link datasetMetadataSchema}. */
export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>;
