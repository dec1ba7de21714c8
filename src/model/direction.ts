import * as z from 'zod';

/** Directions a link can be used in. */
export const LINK_DIRECTIONS = ['forward', 'both'] as const;

/**
 * How a link may be travelled: `forward` only from its `from` node to its `to` node (pipelines), or
 * `both` ways (sea lanes, railways, roads).
 */
export type LinkDirection = (typeof LINK_DIRECTIONS)[number];

/** zod schema of {@link LinkDirection}. */
export const linkDirectionSchema = z.enum(LINK_DIRECTIONS);

/**
 * The direction in which a route travels a link: `forward` (from its `from` to its `to` node) or
 * `reverse` (the other way, only possible on `both` links).
 */
export type TravelDirection = 'forward' | 'reverse';
