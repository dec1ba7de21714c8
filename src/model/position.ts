import { z } from 'zod';

/**
 * zod schema of a GeoJSON position `[longitude, latitude]` in decimal degrees (WGS84), longitude in
 * [-180, 180] and latitude in [-90, 90]. An optional third number (altitude, metres) is allowed by
 * GeoJSON and accepted. Strings are rejected, never coerced.
 */
export const positionSchema = z.union([
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number()]),
]);

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
