import { InvalidOptionError } from '../errors.js';
import { checkLine } from './line-length.js';
import { distance } from '@turf/distance';
import { type KmInArea, SEA_AREA } from '../model/km-by-country.js';
import type { LonLat } from '../model/position.js';
import { borderSetFor, shapeAt } from './borders.js';

/**
 * Options of {@link kmByCountry}: `stepKm`, the length of the pieces each segment is cut into before
 * each piece's midpoint is located (default 1 km; the split is exact to within one step per border
 * crossing).
 */
export interface KmByCountryOptions {
  readonly stepKm?: number;
}

/**
 * Kilometres of a line in each country, in order along the line, by the bundled Natural Earth borders
 * (1:50m in the corridor region, 1:110m elsewhere). Stretches outside every country's land outline
 * (open sea, the Caspian) are counted under `'sea'` ({@link SEA_AREA}); areas without an ISO code
 * (Kosovo, Northern Cyprus, …) likewise.
 *
 * Method: every segment is cut into pieces of at most `stepKm`; each piece's geodesic length
 * (haversine, Turf, km) is credited to the area that contains its midpoint; consecutive pieces in the
 * same area are merged.
 *
 * @param coordinates - the line, `[lon, lat]` positions in degrees (two or more).
 * @param options - see {@link KmByCountryOptions}.
 * @returns stretches `{ country, km }` in order; their `km` sum to the line's length.
 * @throws {InvalidArgumentError} for a line that is not two or more valid positions.
 * @throws {InvalidOptionError} for options that are not an object, or a `stepKm` (an own property) that
 *   is not a number ≥ 0.01.
 * @example
 * ```ts
 * kmByCountry([[49.48, 40.2], [44.83, 41.69]]); // Sangachal → Tbilisi in a straight line: AZ then GE
 * ```
 */
export function kmByCountry(coordinates: readonly (readonly number[])[], options: KmByCountryOptions = {}): KmInArea[] {
  checkLine(coordinates, 'kmByCountry');
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new InvalidOptionError('kmByCountry', 'options', options, 'expected an object (or nothing)');
  // Own properties only: an inherited key is not an option.
  const stepKm = (Object.prototype.hasOwnProperty.call(options, 'stepKm') ? options.stepKm : undefined) ?? 1;
  if (typeof stepKm !== 'number' || !Number.isFinite(stepKm) || stepKm < 0.01) {
    throw new InvalidOptionError('kmByCountry', 'stepKm', stepKm, 'expected a number of kilometres ≥ 0.01');
  }
  const out: KmInArea[] = [];
  const credit = (country: string, km: number) => {
    const last = out[out.length - 1];
    if (last !== undefined && last.country === country) (last as { km: number }).km += km;
    else out.push({ country, km });
  };
  for (let i = 1; i < coordinates.length; i++) {
    const a = coordinates[i - 1]!;
    const b = coordinates[i]!;
    const segmentKm = distance([a[0]!, a[1]!], [b[0]!, b[1]!], { units: 'kilometers' });
    if (segmentKm === 0) continue;
    const pieces = Math.max(1, Math.ceil(segmentKm / stepKm));
    // The shorter way round in longitude, so that a segment across the antimeridian (179.5° to
    // −179.5°) is 1° long, not 359°.
    let dLon = b[0]! - a[0]!;
    if (dLon > 180) dLon -= 360;
    else if (dLon < -180) dLon += 360;
    for (let p = 0; p < pieces; p++) {
      const t = (p + 0.5) / pieces;
      // Linear interpolation in degrees: at 1 km pieces the difference from the geodesic midpoint is
      // metres, far below the borders' own resolution.
      let lon = a[0]! + dLon * t;
      if (lon > 180) lon -= 360;
      else if (lon < -180) lon += 360;
      const mid: LonLat = [lon, a[1]! + (b[1]! - a[1]!) * t];
      credit(shapeAt(mid, borderSetFor(mid))?.code ?? SEA_AREA, segmentKm / pieces);
    }
  }
  return out;
}

/**
 * The countries a line crosses, in order, from {@link kmByCountry}: stretches at sea are left out and so
 * are stretches shorter than `minKm` (default 0, keep all).
 */
export function countriesAlong(stretches: readonly KmInArea[], minKm = 0): string[] {
  const out: string[] = [];
  for (const { country, km } of stretches) {
    if (country === SEA_AREA || km < minKm) continue;
    if (out[out.length - 1] !== country) out.push(country);
  }
  return out;
}
