/**
 * Writes `scripts/corridor/gem-routes-extract.json`: the few Global Energy Monitor route files that the
 * dataset's pipeline geometries need beyond the snapshot in `shared/data/gem-pipeline-routes/`, as a
 * derived, attributed extract (only the listed project ids; only their lines, coordinates rounded to 5
 * decimals, about 1 m; no other properties).
 *
 * Source: GitHub `GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes`, commit 6bfab45 (the same commit as the
 * shared snapshot), `data/individual-routes/{liquid,gas}-pipelines/<id>.geojson`; Global Energy Monitor,
 * Global Oil Infrastructure Tracker / Global Gas Infrastructure Tracker, CC BY 4.0.
 *
 * Usage (with the repository's route files unpacked in a folder):
 *   npx tsx scripts/extract-gem-routes.ts <folder with liquid-pipelines/ and gas-pipelines/>
 *
 * The build script (`build-data.ts`) reads a project's file from the shared snapshot when it is there
 * and from this extract otherwise; the ids to extract are the ones `scripts/corridor/geometry.ts` names.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRACT_PATH, GEM_EXTRACT_SOURCE, type GemExtract } from './corridor/gem-routes.js';
import { gemProjectIds } from './corridor/geometry.js';

function main(args: readonly string[]): number {
  const folder = args[0];
  if (folder === undefined) {
    console.error('usage: npx tsx scripts/extract-gem-routes.ts <folder with liquid-pipelines/ and gas-pipelines/>');
    return 2;
  }
  const shared = path.join(fileURLToPath(new URL('../../shared', import.meta.url)), 'data', 'gem-pipeline-routes');
  const routes: Record<string, number[][][]> = {};
  for (const id of gemProjectIds()) {
    if (existsSync(path.join(shared, `${id}.geojson`))) continue;
    const file = ['liquid-pipelines', 'gas-pipelines'].map((d) => path.join(folder, d, `${id}.geojson`)).find((f) => existsSync(f));
    if (file === undefined) throw new Error(`extract-gem-routes: ${id}.geojson is in neither liquid-pipelines/ nor gas-pipelines/ of ${folder}`);
    const document = JSON.parse(readFileSync(file, 'utf8')) as { features: { geometry: { type: string; coordinates: unknown } | null }[] };
    const parts: number[][][] = [];
    for (const feature of document.features) {
      const g = feature.geometry;
      const lines = g?.type === 'LineString' ? [g.coordinates as number[][]] : g?.type === 'MultiLineString' ? (g.coordinates as number[][][]) : [];
      for (const line of lines) parts.push(line.map((p) => [round5(p[0] as number), round5(p[1] as number)]));
    }
    if (parts.length === 0) throw new Error(`extract-gem-routes: ${file} has no lines`);
    routes[id] = parts;
  }
  const extract: GemExtract = { source: GEM_EXTRACT_SOURCE, routes };
  const lines = ['{', `  "source": ${JSON.stringify(extract.source)},`, '  "routes": {'];
  const ids = Object.keys(routes).sort();
  ids.forEach((id, i) => lines.push(`    ${JSON.stringify(id)}: ${JSON.stringify(routes[id])}${i < ids.length - 1 ? ',' : ''}`));
  lines.push('  }', '}');
  writeFileSync(EXTRACT_PATH, `${lines.join('\n')}\n`);
  console.log(`wrote ${path.relative(process.cwd(), EXTRACT_PATH)}: ${ids.join(', ')}`);
  return 0;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

process.exitCode = main(process.argv.slice(2));
