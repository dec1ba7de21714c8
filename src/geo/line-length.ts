import { length } from '@turf/length';
import { lineString } from '@turf/helpers';

/**
 * Geodesic length of a line in kilometres (sum of haversine segment lengths, Turf's mean Earth radius
 * 6,371.0088 km).
 *
 * @param coordinates - `[lon, lat]` positions in degrees (two or more).
 * @returns the length in km.
 */
export function lineLengthKm(coordinates: readonly (readonly number[])[]): number {
  return length(lineString(coordinates.map((c) => [c[0]!, c[1]!])), { units: 'kilometers' });
}
