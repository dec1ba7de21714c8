import * as z from 'zod';
import { publishedCapacitySchema } from './capacity.js';
import { countryCodeSchema } from './country-code.js';
import { linkStatusSchema } from './link-status.js';
import { slugSchema } from './slug.js';
import { sourcesSchema } from './source.js';

/**
 * zod schema of a scenario: a named, sourced set of changes to a network, applied by `applyScenario`.
 *
 * - `id` (slug), `name`, `description?`, `sources` (non-empty: what the scenario stands for);
 * - the route-constraint keys of `findRoutes`, applied to every analysis of the resulting network:
 *   `closedLinks`, `closedNodes` (like `avoidNodes`), `avoidCountries`, `statuses` (link statuses
 *   admitted by default, e.g. `['operational', 'planned']`);
 * - `commissionLinks`: link ids whose status becomes `operational` (a planned link built);
 * - `derate`: link or node id → a factor in [0, 1] that multiplies its published capacity (0 closes
 *   it), or a new capacity `{ value, unit }`;
 * - `addNodes`, `addLinks`: features in the dataset format (validated like a dataset's).
 * Unknown keys are rejected.
 */
export const scenarioSchema = z.strictObject({
  id: slugSchema,
  name: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  sources: sourcesSchema,
  closedLinks: z.array(slugSchema).optional(),
  closedNodes: z.array(slugSchema).optional(),
  avoidCountries: z.array(countryCodeSchema).optional(),
  statuses: z.array(linkStatusSchema).min(1).optional(),
  commissionLinks: z.array(slugSchema).optional(),
  derate: z
    .record(
      slugSchema,
      z.union([z.number().min(0, 'a derating factor must be in [0, 1]').max(1, 'a derating factor must be in [0, 1]'), publishedCapacitySchema]),
    )
    .optional(),
  addNodes: z.array(z.unknown()).optional(),
  addLinks: z.array(z.unknown()).optional(),
});

/** A scenario; see {@link scenarioSchema}. */
export type Scenario = z.infer<typeof scenarioSchema>;
