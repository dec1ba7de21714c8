import { InvalidArgumentError } from '../errors.js';
import { length } from '@turf/length';
import { lineString } from '@turf/helpers';

/**
 * Geodesic length of a line in kilometres (sum of haversine segment lengths, Turf's mean Earth radius
 * 6,371.0088 km).
 *
 * @param coordinates - `[lon, lat]` positions in degrees (two or more).
 * @returns the length in km.
 * @throws {InvalidArgumentError} for fewer than two positions or a position that is not two finite
 *   numbers in range.
 */
export function lineLengthKm(coordinates: readonly (readonly number[])[]): number {
  checkLine(coordinates, 'lineLengthKm');
  return length(lineString(coordinates.map((c) => [c[0]!, c[1]!])), { units: 'kilometers' });
}

/** Checks a line: two or more positions of finite longitude in [-180, 180] and latitude in [-90, 90]. */
export function checkLine(coordinates: unknown, fn: string): void {
  if (!Array.isArray(coordinates) || coordinates.length < 2) throw new InvalidArgumentError(fn, 'coordinates', 'expected two or more [longitude, latitude] positions');
  coordinates.forEach((p: unknown, i) => {
    const ok = Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
    if (!ok) throw new InvalidArgumentError(fn, `coordinates[${i}]`, 'expected [longitude, latitude] in degrees');
  });
}
