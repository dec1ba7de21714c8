import * as z from 'zod';

/** Life-cycle statuses a link can have. */
export const LINK_STATUSES = ['operational', 'idle', 'under-construction', 'planned', 'cancelled'] as const;

/**
 * A link's status: `operational`, `idle` (built but not carrying, e.g. Baku–Supsa since 2022),
 * `under-construction`, `planned` or `cancelled`. Routing admits only `operational` links unless told
 * otherwise (`statuses` option).
 */
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** zod schema of {@link LinkStatus}. */
export const linkStatusSchema = z.enum(LINK_STATUSES);
