/**
 * Geometry in screen space for SVG maps: lines and polygons run through a d3-geo projection stream
 * (resampled along great circles, cut at the antimeridian, clipped to the frame), offset polylines,
 * and point-in-ring tests. Coordinates are SVG pixels.
 */
import { geoStream, type GeoProjection } from 'd3-geo';
import type { LineString, MultiPolygon, Polygon } from 'geojson';

/** A polyline or ring in pixels. */
export type ScreenLine = [number, number][];

/**
 * The projected pieces of a line, px: one polyline per piece that the projection's clipping (frame,
 * antimeridian) leaves; empty when nothing is visible.
 */
export function projectLine(projection: GeoProjection, line: LineString): ScreenLine[] {
  return projectPieces(projection, line, 2);
}

/** The projected, clipped rings of a polygon or multipolygon, px (outer rings and holes alike). */
export function projectRings(projection: GeoProjection, geometry: Polygon | MultiPolygon): ScreenLine[] {
  return projectPieces(projection, geometry, 3);
}

/** Runs `geometry` through the projection's stream and keeps each piece of at least `minPoints` points. */
function projectPieces(projection: GeoProjection, geometry: LineString | Polygon | MultiPolygon, minPoints: number): ScreenLine[] {
  const pieces: ScreenLine[] = [];
  let current: ScreenLine | null = null;
  geoStream(
    geometry,
    projection.stream({
      point(x: number, y: number) {
        current?.push([x, y]);
      },
      lineStart() {
        current = [];
      },
      lineEnd() {
        if (current !== null && current.length >= minPoints) pieces.push(current);
        current = null;
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {},
    }),
  );
  return pieces;
}

/** The box `[x0, y0, x1, y1]` around rings, px (`[0, 0, 0, 0]` for none). */
export function ringsBox(rings: readonly ScreenLine[]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return x0 === Infinity ? [0, 0, 0, 0] : [x0, y0, x1, y1];
}

/** Signed area of a ring, px² (the sign depends on the winding). */
export function ringArea(ring: ScreenLine): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return a / 2;
}

/** Whether `(x, y)` lies inside an odd number of `rings` (even-odd rule: holes excluded). */
export function insideRings(rings: readonly ScreenLine[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * A polyline moved sideways by `offsetPx` (positive: to the left of the direction of travel, in screen
 * coordinates where y points down), each vertex along the average of its segments' normals, with the
 * miter limited to twice the offset.
 */
export function offsetLine(line: ScreenLine, offsetPx: number): ScreenLine {
  if (offsetPx === 0 || line.length < 2) return line.map((p) => [p[0], p[1]]);
  const normals: [number, number][] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const dx = line[i + 1]![0] - line[i]![0];
    const dy = line[i + 1]![1] - line[i]![1];
    const length = Math.hypot(dx, dy) || 1;
    normals.push([dy / length, -dx / length]);
  }
  return line.map((p, i) => {
    const a = normals[Math.max(0, i - 1)]!;
    const b = normals[Math.min(normals.length - 1, i)]!;
    let nx = a[0] + b[0];
    let ny = a[1] + b[1];
    const length = Math.hypot(nx, ny);
    if (length < 1e-9) {
      nx = b[0];
      ny = b[1];
    } else {
      // Scale so that the offset is perpendicular to both segments (a miter), at most twice the offset.
      const cos = (nx * b[0] + ny * b[1]) / length;
      const scale = Math.min(2, 1 / Math.max(cos, 0.5));
      nx = (nx / length) * scale;
      ny = (ny / length) * scale;
    }
    return [p[0] + nx * offsetPx, p[1] + ny * offsetPx];
  });
}

/** SVG path data of polylines, coordinates rounded to 0.01 px. */
export function pathData(lines: readonly ScreenLine[]): string {
  const r = (x: number) => (Math.round(x * 100) / 100).toString();
  return lines.map((line) => line.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p[0])},${r(p[1])}`).join('')).join('');
}
