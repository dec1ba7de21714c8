import { InvalidOptionError } from '../errors.js';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryCode } from '../model/country-code.js';
import type { LonLat } from '../model/position.js';
import { bordersJsonText } from './borders-json.js';

/**
 * Which bundled borders to use: `world` (Natural Earth 1:110m, every country) or `corridor`
 * (Natural Earth 1:50m, the countries with land in lon 5–95°E, lat 25–60°N).
 */
export type BorderSet = 'world' | 'corridor';

/** One country's outline with its bounding box `[minLon, minLat, maxLon, maxLat]` (degrees). */
export interface CountryShape {
  readonly code: CountryCode | null;
  readonly name: string;
  readonly bbox: readonly [number, number, number, number];
  readonly geometry: Polygon | MultiPolygon;
}

/**
 * The extent of the `corridor` border set: positions inside it are located with its 1:50m outlines,
 * others with the `world` 1:110m ones.
 */
export const CORRIDOR_EXTENT = { minLon: 5, maxLon: 95, minLat: 25, maxLat: 60 } as const;

/**
 * Attribution of the bundled borders: Natural Earth 4.1.0 admin-0 countries (public domain), via the
 * `world-atlas` package. Maps that draw them should credit "Made with Natural Earth".
 */
export const BORDERS_ATTRIBUTION = 'Made with Natural Earth (admin-0 countries, 4.1.0), via world-atlas';

const cache = new Map<BorderSet, readonly CountryShape[]>();

/** The bundled TopoJSON topology, parsed on first use (not when the package is imported). */
let topology: Topology | undefined;

/**
 * The country outlines of a bundled border set, decoded on first use (TopoJSON → GeoJSON with
 * `topojson-client`), deeply frozen and cached: every call returns the same array. Source: Natural
 * Earth 4.1.0 (public domain), via world-atlas 2.0.2; ids are ISO 3166-1 alpha-2 (`null` for areas
 * without one, such as Kosovo).
 *
 * @param set - `world` (1:110m) or `corridor` (1:50m, default).
 * @returns the outlines, ordered by code (frozen: the same array on every call).
 * @throws {InvalidOptionError} for another set name.
 */
export function countryShapes(set: BorderSet = 'corridor'): readonly CountryShape[] {
  if (set !== 'corridor' && set !== 'world') throw new InvalidOptionError('countryShapes', 'set', set, 'expected "corridor" or "world"');
  let shapes = cache.get(set);
  if (shapes === undefined) {
    topology ??= JSON.parse(bordersJsonText()) as Topology;
    const topo = topology;
    const collection = feature(topo, topo.objects[set] as GeometryCollection<{ name: string }>);
    shapes = collection.features
      .filter((f) => f.geometry !== null && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({
        code: typeof f.id === 'string' ? f.id : null,
        name: f.properties.name,
        bbox: boundingBox(f.geometry as Polygon | MultiPolygon),
        geometry: f.geometry as Polygon | MultiPolygon,
      }));
    shapes = deepFreeze(shapes);
    cache.set(set, shapes);
  }
  return shapes;
}

/** The border set used for a position: `corridor` inside its extent, `world` outside. */
export function borderSetFor(lonLat: LonLat): BorderSet {
  const [lon, lat] = lonLat;
  const e = CORRIDOR_EXTENT;
  return lon >= e.minLon && lon <= e.maxLon && lat >= e.minLat && lat <= e.maxLat ? 'corridor' : 'world';
}

/**
 * The country a position lies in, by the bundled Natural Earth borders (1:50m in the corridor region,
 * 1:110m elsewhere).
 *
 * @param lonLat - `[longitude, latitude]` in degrees.
 * @returns the ISO 3166-1 alpha-2 code, or `null` at sea or in an area without an ISO code.
 */
export function countryAt(lonLat: LonLat): CountryCode | null {
  return shapeAt(lonLat)?.code ?? null;
}

/** The outline containing a position, or `undefined` (internal). */
export function shapeAt(lonLat: LonLat, set: BorderSet = borderSetFor(lonLat)): CountryShape | undefined {
  const [lon, lat] = lonLat;
  for (const planar of planarShapes(set)) {
    const [minX, minY, maxX, maxY] = planar.bbox;
    if (lat < minY || lat > maxY) continue;
    for (const x of [lon, lon + 360, lon - 360]) {
      if (x < minX || x > maxX) continue;
      if (booleanPointInPolygon([x, lat], planar.geometry)) return planar.shape;
    }
  }
  return undefined;
}

/**
 * Distance in kilometres from a position to a country's outline (0 inside it), by the bundled borders;
 * `null` when the border set has no outline for the country.
 *
 * The distance outside the outline is computed here, in a local equirectangular projection around the
 * position (error well under 1 % at the tens of kilometres this is used for), because Turf's
 * `pointToPolygonDistance` measured about 2 ms per call on these outlines, too slow to check every
 * node of a 100,000-node network.
 */
export function distanceToCountryKm(lonLat: LonLat, code: CountryCode): number | null {
  const planar = planarOf(code, borderSetFor(lonLat)) ?? planarOf(code, 'world');
  if (planar === undefined) return null;
  const [lon, lat] = lonLat;
  const [minX, minY, maxX, maxY] = planar.bbox;
  const candidates = [lon, lon + 360, lon - 360];
  for (const x of candidates) {
    if (x >= minX && x <= maxX && lat >= minY && lat <= maxY && booleanPointInPolygon([x, lat], planar.geometry)) return 0;
  }
  const kx = KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const x of candidates) {
    for (const polygon of planar.geometry.coordinates) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const ax = (ring[i - 1]![0]! - x) * kx;
          const ay = (ring[i - 1]![1]! - lat) * KM_PER_DEGREE;
          const bx = (ring[i]![0]! - x) * kx;
          const by = (ring[i]![1]! - lat) * KM_PER_DEGREE;
          const dx = bx - ax;
          const dy = by - ay;
          const len2 = dx * dx + dy * dy;
          const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
          const px = ax + t * dx;
          const py = ay + t * dy;
          const d = px * px + py * py;
          if (d < best) best = d;
        }
      }
    }
  }
  return Math.sqrt(best);
}

/** Kilometres per degree of latitude (mean Earth radius 6,371.0088 km). */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/**
 * An outline prepared for planar point-in-polygon tests: Natural Earth's rings that cross the
 * antimeridian (Russia's Chukotka, Fiji, Alaska's Aleutians) jump from +180 to −180 in mid-ring,
 * which a planar test reads as a ring across the whole map, so those rings are unwrapped into
 * continuous longitudes (e.g. up to 190°) and positions are tested at lon, lon + 360 and lon − 360.
 * Turf's point-in-polygon is planar and does not do this itself; d3-geo (for drawing) is spherical
 * and gets the original outlines.
 */
interface PlanarShape {
  readonly shape: CountryShape;
  readonly geometry: MultiPolygon;
  readonly bbox: readonly [number, number, number, number];
}

const planarCache = new Map<BorderSet, readonly PlanarShape[]>();

function planarShapes(set: BorderSet): readonly PlanarShape[] {
  let planar = planarCache.get(set);
  if (planar === undefined) {
    planar = countryShapes(set).map((shape) => {
      const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
      const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons.map((polygon) => polygon.map(unwrapRing)) };
      return { shape, geometry, bbox: boundingBox(geometry) };
    });
    planarCache.set(set, planar);
  }
  return planar;
}

/**
 * A ring with longitudes made continuous (no step over 180°). A ring that circles a pole (it ends
 * 360° from where it starts, as Antarctica's does) is returned as it was.
 */
function unwrapRing(ring: number[][]): number[][] {
  let offset = 0;
  const out: number[][] = [ring[0]!];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i]![0]! - ring[i - 1]![0]!;
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push(offset === 0 ? ring[i]! : [ring[i]![0]! + offset, ring[i]![1]!]);
  }
  return offset === 0 ? out : ring;
}

const byCode = new Map<BorderSet, Map<string, PlanarShape>>();

function planarOf(code: CountryCode, set: BorderSet): PlanarShape | undefined {
  let index = byCode.get(set);
  if (index === undefined) {
    index = new Map();
    for (const planar of planarShapes(set)) if (planar.shape.code !== null) index.set(planar.shape.code, planar);
    byCode.set(set, index);
  }
  return index.get(code);
}

/**
 * Freezes a JSON-like value and everything in it (objects and arrays); returns it. Arrays are walked by
 * index, not with `Object.values` (which copies each one): about 20 ms for both border sets, not 60.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i] as unknown);
  } else {
    for (const key in value) deepFreeze(value[key]);
  }
  return value;
}

function boundingBox(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        if (x! < minX) minX = x!;
        if (x! > maxX) maxX = x!;
        if (y! < minY) minY = y!;
        if (y! > maxY) maxY = y!;
      }
    }
  }
  return [minX, minY, maxX, maxY];
}
