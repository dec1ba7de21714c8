import type { NetworkLink } from '../../graph/network.js';

/**
 * Marker phrase that opens a link's `geometryNote` when its line is a drawn approximation (a plausible
 * path, not a known route). {@link isApproximateGeometry} and `renderMap` read it; the bundled dataset's
 * build writes it.
 */
export const DRAWN_APPROXIMATION_MARKER = 'Drawn approximation:';

/**
 * Whether a link's line on a map is an approximation rather than its route: it has no geometry (a map
 * draws the great-circle arc between its nodes), or its `geometryNote` starts with
 * {@link DRAWN_APPROXIMATION_MARKER}.
 *
 * @param link - a link of a network.
 * @returns `true` for an approximate line, `false` for a route geometry.
 * @example
 * ```ts
 * isApproximateGeometry(network.links.get('btc')!);          // false: GEM's route
 * isApproximateGeometry(network.links.get('shu-arys')!);     // true: no public rail geometry, drawn straight
 * ```
 */
export function isApproximateGeometry(link: Pick<NetworkLink, 'geometry' | 'geometryNote'>): boolean {
  return link.geometry === null || (link.geometryNote?.startsWith(DRAWN_APPROXIMATION_MARKER) ?? false);
}
