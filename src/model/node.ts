import { z } from 'zod';
import { capacitySchema } from './capacity.js';
import { countryCodeSchema } from './country-code.js';
import { nodeKindSchema } from './node-kind.js';
import { type LonLat, pointSchema } from './position.js';
import { slugSchema } from './slug.js';
import { sourcesSchema } from './source.js';
import { jsonObjectSchema } from './json-object.js';
import { dwellEntrySchema } from './dwell.js';

/**
 * zod schema of a node's GeoJSON properties.
 *
 * Required: `type: "node"`, `id` (lowercase slug), `name`, `kind`, `country` (ISO 3166-1 alpha-2),
 * `sources` (non-empty). Optional: `capacity` (throughput of a port or terminal, in the source's
 * unit), `dwell` (time freight spends at the node when a route changes gauge or mode there or passes
 * through, by commodity; a list of `DwellEntry`, see `dwellEntrySchema`), `locode` (UN/LOCODE, 5 characters), `aliases`, `coordinatesNote` (how exact the point is and
 * where it comes from), `notes`, and `meta` (free-form data of the user's; carried, never read; JSON
 * data at most `JSON_OBJECT_MAX_DEPTH` (64) levels deep, see `jsonObjectSchema`).
 * Unknown keys are rejected so that a misspelt property is caught rather than ignored.
 */
export const nodePropertiesSchema = z.strictObject({
  type: z.literal('node'),
  id: slugSchema,
  name: z.string().trim().min(1),
  kind: nodeKindSchema,
  country: countryCodeSchema,
  sources: sourcesSchema,
  capacity: capacitySchema.optional(),
  dwell: z.array(dwellEntrySchema).min(1).optional(),
  locode: z
    .string()
    .regex(/^[A-Z]{2}[A-Z2-9]{3}$/, 'must be a UN/LOCODE such as "KZAAU"')
    .optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  coordinatesNote: z.string().trim().min(1).optional(),
  notes: z.string().trim().min(1).optional(),
  meta: jsonObjectSchema.optional(),
});

/** A node's properties as validated by {@link nodePropertiesSchema}. */
export type NodeProperties = z.infer<typeof nodePropertiesSchema>;

/** zod schema of a node feature: a GeoJSON Feature with a Point geometry and node properties. */
export const nodeFeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  geometry: pointSchema,
  properties: nodePropertiesSchema,
});

/** A validated node: its properties plus its position `lonLat` (degrees, GeoJSON order). */
export type NodeRecord = NodeProperties & { readonly lonLat: LonLat };
