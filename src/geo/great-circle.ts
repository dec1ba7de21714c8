import { describeValue, InvalidArgumentError } from '../errors.js';
import { distance } from '@turf/distance';
import type { LonLat } from '../model/position.js';

/**
 * Great-circle (haversine) distance between two positions, in kilometres, with Turf's mean Earth
 * radius (6,371.0088 km).
 *
 * @param a - first position `[lon, lat]` in degrees: longitude in [-180, 180], latitude in [-90, 90].
 * @param b - second position `[lon, lat]` in degrees, likewise.
 * @returns the distance in km (≥ 0).
 * @throws {InvalidArgumentError} when a position is not two finite numbers in those ranges (a latitude
 *   of 120° is a mistake, often swapped coordinates, not a place).
 * @example
 * ```ts
 * greatCircleKm([49.8919, 40.3775], [51.15, 43.65]); // Baku–Aktau ≈ 378 km
 * ```
 */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  checkPosition('a', a);
  checkPosition('b', b);
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}

function checkPosition(name: string, p: unknown): void {
  if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    throw new InvalidArgumentError('greatCircleKm', name, `expected [longitude, latitude] in degrees, got ${describeValue(p)}`);
  }
  if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
    throw new InvalidArgumentError('greatCircleKm', name, `[${p[0]}, ${p[1]}] is out of range: longitude must be in [-180, 180] and latitude in [-90, 90] (GeoJSON order is [longitude, latitude])`);
  }
}
