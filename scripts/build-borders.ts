/**
 * Builds `data/borders.json`, the country borders the library bundles, from Natural Earth (public
 * domain) as packaged by `world-atlas` 2.0.2 (Natural Earth 4.1.0 admin-0 countries):
 *
 * - `world`: every country at 1:110m, for checking node positions anywhere;
 * - `corridor`: the countries at 1:50m with land in lon 5–95°E, lat 25–60°N (Europe's south-east,
 *   the Caucasus, Central Asia, western China), for kilometres by country and for maps.
 *
 * Feature ids are ISO 3166-1 alpha-2 codes (Natural Earth's numeric ids mapped with
 * `i18n-iso-countries`); the few areas without an ISO code (Kosovo, Northern Cyprus, Somaliland, …)
 * keep `id: null` and their name. Output is TopoJSON (quantized, 10⁵), deterministic.
 *
 * usage: npx tsx scripts/build-borders.ts [--check]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const BORDERS_PATH = fileURLToPath(new URL('../data/borders.json', import.meta.url));

/** The corridor region: countries with land in it get the 1:50m outline. */
export const CORRIDOR_EXTENT = { minLon: 5, maxLon: 95, minLat: 25, maxLat: 60 } as const;

function countriesOf(file: string): FeatureCollection<Geometry, { name: string }> {
  const topo = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`world-atlas/${file}`)), 'utf8')) as Topology;
  return feature(topo, topo.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
}

function withAlpha2(f: Feature<Geometry, { name: string }>): Feature<Geometry, { name: string }> {
  const numeric = typeof f.id === 'string' ? f.id : undefined;
  const alpha2 = numeric === undefined ? undefined : isoCountries.numericToAlpha2(numeric);
  return { type: 'Feature', id: alpha2 ?? null, properties: { name: f.properties.name }, geometry: f.geometry } as Feature<Geometry, { name: string }>;
}

/** True when some vertex of the geometry lies in the corridor region. */
function meetsCorridor(geometry: Geometry): boolean {
  const { minLon, maxLon, minLat, maxLat } = CORRIDOR_EXTENT;
  const visit = (c: unknown): boolean => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      return x >= minLon && x <= maxLon && y >= minLat && y <= maxLat;
    }
    return Array.isArray(c) && c.some(visit);
  };
  return 'coordinates' in geometry && visit(geometry.coordinates);
}

/** Builds the TopoJSON text of `data/borders.json`. */
export function buildBorders(): string {
  const sortById = (a: Feature, b: Feature) => String(a.id ?? `~${(a.properties as { name: string }).name}`).localeCompare(String(b.id ?? `~${(b.properties as { name: string }).name}`), 'en');
  const world = countriesOf('countries-110m.json').features.map(withAlpha2).sort(sortById);
  const corridor = countriesOf('countries-50m.json')
    .features.map(withAlpha2)
    .filter((f) => meetsCorridor(f.geometry))
    .sort(sortById);
  const world_: FeatureCollection = { type: 'FeatureCollection', features: world };
  const corridor_: FeatureCollection = { type: 'FeatureCollection', features: corridor };
  const topo = topology({ world: world_, corridor: corridor_ }, 1e5);
  const document = {
    ...topo,
    metadata: {
      title: 'Country borders bundled with transcaspian',
      source: 'Natural Earth 4.1.0 admin-0 countries (1:110m world, 1:50m corridor region), via world-atlas 2.0.2; public domain. Made with Natural Earth.',
      url: 'https://www.naturalearthdata.com/',
      corridorExtent: CORRIDOR_EXTENT,
      ids: 'ISO 3166-1 alpha-2 (null for areas without one)',
    },
  };
  return `${JSON.stringify(document)}\n`;
}

const invoked = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  const text = buildBorders();
  const relative = path.relative(process.cwd(), BORDERS_PATH);
  if (process.argv.includes('--check')) {
    const current = existsSync(BORDERS_PATH) ? readFileSync(BORDERS_PATH, 'utf8') : null;
    if (current !== text) {
      console.error(`${relative} is ${current === null ? 'missing' : 'out of date'}: run "npx tsx scripts/build-borders.ts".`);
      process.exitCode = 1;
    } else console.log(`${relative} is up to date.`);
  } else {
    writeFileSync(BORDERS_PATH, text);
    console.log(`wrote ${relative} (${(text.length / 1024).toFixed(0)} KiB)`);
  }
}
