#!/usr/bin/env node
// Import cost of the built package: each measurement in a fresh Node process, median of N.
//
// Usage (after `npm run build`):
//   node bench/import-time.mjs                 # dist/ of this checkout, 11 runs per measurement
//   node bench/import-time.mjs --runs 21
//   node bench/import-time.mjs --package-dir /tmp/main --package-dir .   # builds side by side, interleaved
//     (each directory: a checkout with dist/ built and node_modules/)
//
// Measured, in each process (wall time with performance.now, CPU time with process.cpuUsage, user +
// system; on a busy machine the CPU time is the steadier figure):
//   - `require('transcaspian')` (dist/index.cjs) and `await import('transcaspian')` (dist/index.js),
//     dependencies (zod, graphology, Turf, …) included, Node's own start-up excluded;
//   - `require('zod')` alone, the largest part of the import (zod's module graph, all of it loaded);
//   - after the ESM import, the first `loadCorridorNetwork()` (parsing and validating the bundled
//     dataset, borders included) and a second one.
// Prints a Markdown table for bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', '11'));
// --package-dir may be given several times (e.g. a checkout of main and this one): their runs are
// interleaved, so that a change in the machine's load affects them alike.
const DIRS = args.flatMap((a, i) => (a === '--package-dir' && args[i + 1] ? [path.resolve(args[i + 1])] : []));
if (DIRS.length === 0) DIRS.push(fileURLToPath(new URL('..', import.meta.url)));

/** The two scripts for one build; each prints one JSON line of { name: [wallMs, cpuMs] }. */
function scripts(dir) {
  const cjs = path.join(dir, 'dist/index.cjs');
  const esm = path.join(dir, 'dist/index.js');
  for (const file of [cjs, esm]) {
    if (!existsSync(file)) {
      console.error(`missing ${file}: run 'npm run build' first`);
      process.exit(1);
    }
  }
  const timer = `
const out = {};
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const time = async (name, f) => { const w = performance.now(), c = cpu(); const r = await f(); out[name] = [performance.now() - w, cpu() - c]; return r; };
`;
  return {
    cjs: `${timer}
(async () => {
  await time('require', () => require(${JSON.stringify(cjs)}));
  console.log(JSON.stringify(out));
})();`,
    zod: `${timer}
(async () => {
  await time('require(\\'zod\\') alone (part of both imports)', () => require(require.resolve('zod', { paths: [${JSON.stringify(dir)}] })));
  console.log(JSON.stringify(out));
})();`,
    esm: `${timer}
const m = await time('import', () => import(${JSON.stringify(pathToFileURL(esm).href)}));
await time('first loadCorridorNetwork()', () => m.loadCorridorNetwork());
await time('second loadCorridorNetwork()', () => m.loadCorridorNetwork());
console.log(JSON.stringify(out));`,
  };
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const ms = (x) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

const samples = new Map(DIRS.map((dir) => [dir, new Map()]));
for (let run = 0; run < RUNS; run++) {
  for (const dir of DIRS) {
    for (const [kind, script] of Object.entries(scripts(dir))) {
      const flags = kind === 'esm' ? ['--input-type=module'] : ['--input-type=commonjs'];
      const stdout = execFileSync(process.execPath, [...flags, '-e', script], { cwd: dir, encoding: 'utf8' });
      for (const [name, [wall, cpu]] of Object.entries(JSON.parse(stdout.trim().split('\n').at(-1)))) {
        const byName = samples.get(dir);
        const s = byName.get(name) ?? byName.set(name, { wall: [], cpu: [] }).get(name);
        s.wall.push(wall);
        s.cpu.push(cpu);
      }
    }
  }
}

console.log(`Node ${process.version}, ${RUNS} fresh processes per measurement, medians\n`);
for (const [dir, byName] of samples) {
  console.log(`${dir}\n`);
  console.log('| measurement | wall time | CPU time |');
  console.log('|---|---:|---:|');
  for (const [name, { wall, cpu }] of byName) console.log(`| ${name} | ${ms(median(wall))} | ${ms(median(cpu))} |`);
  console.log('');
}
