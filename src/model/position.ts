import * as z from 'zod';

/**
 * zod schema of a GeoJSON position `[longitude, latitude]` in decimal degrees (WGS84), longitude in
 * [-180, 180] and latitude in [-90, 90]. An optional third number (altitude, metres) is allowed by
 * GeoJSON and accepted. Strings are rejected, never coerced.
 */
export const positionSchema = z
  .array(z.number())
  .min(2, 'a position needs a longitude and a latitude')
  .max(3, 'a position has at most three numbers: longitude, latitude, altitude')
  .superRefine((position, ctx) => {
    const [lon, lat] = position as [number, number];
    if (lon < -180 || lon > 180) ctx.addIssue({ code: 'custom', path: [0], message: `longitude ${lon} is outside [-180, 180]` });
    if (lat < -90 || lat > 90) ctx.addIssue({ code: 'custom', path: [1], message: `latitude ${lat} is outside [-90, 90]` });
  });

/** A longitude–latitude pair in decimal degrees, GeoJSON order. */
export type LonLat = readonly [longitude: number, latitude: number];

/** zod schema of a GeoJSON Point geometry whose coordinates are a {@link positionSchema}. */
export const pointSchema = z.looseObject({
  type: z.literal('Point'),
  coordinates: positionSchema,
});

/** zod schema of a GeoJSON LineString geometry (at least two positions). */
export const lineStringSchema = z.looseObject({
  type: z.literal('LineString'),
  coordinates: z.array(positionSchema).min(2, 'a LineString needs at least two positions'),
});

/** A GeoJSON LineString as validated by {@link lineStringSchema}. */
export interface LineStringGeometry {
  readonly type: 'LineString';
  readonly coordinates: readonly (readonly number[])[];
}
