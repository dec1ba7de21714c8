#!/usr/bin/env node
// What a browser bundler ships for the core: bundles imports of the built `dist/index.js` with esbuild
// (minified, ESM, platform browser, every dependency included and tree-shaken), gzips the result with
// Node's zlib (level 9) and compares each size with its budget. Exits 1 when a size exceeds its budget
// or the build is missing. Run after `npm run build`; `bash scripts/check-package.sh` runs it too.
//
// Usage: node scripts/check-size.mjs [--json]
//   --json  print the figures as JSON (for bench/README.md and the README) instead of a table
//
// The budgets are the README's stated sizes plus a little room; raise one only with a reason (and
// update the README's "Package size" section).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// esbuild comes with tsup (its bundler), pinned through tsup 8.5.1 in the lockfile.
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/** The imports measured: label, the import statement's specifiers (`*` for everything), budget in bytes gzipped. */
const CASES = [
  // 205 kB: raised from 200 kB when the loader's fast validation path (src/data/fast-validate.ts, about 3.5 kB gzipped) landed.
  { label: "import { findRoutes, parseNetwork } from 'transcaspian'", names: ['findRoutes', 'parseNetwork'], budgetGzipBytes: 205_000 },
  {
    label: "import { findRoutes, loadCorridorNetwork } from 'transcaspian'",
    names: ['findRoutes', 'loadCorridorNetwork'],
    budgetGzipBytes: 460_000,
  },
  { label: "import * from 'transcaspian' (the whole core)", names: '*', budgetGzipBytes: 500_000 },
];

/** Bundled inputs grouped by package (`zod`, `graphology`, …) or, for the package's own code, `transcaspian`. */
function byPackage(inputs) {
  const sizes = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const name = match ? match[1] : 'transcaspian';
    sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
  }
  return [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function measure({ label, names, budgetGzipBytes }) {
  const contents =
    names === '*' ? `export * from ${JSON.stringify(ENTRY)};` : `export { ${names.join(', ')} } from ${JSON.stringify(ENTRY)};`;
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  return {
    label,
    minifiedBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    budgetGzipBytes,
    largest: byPackage(output.inputs).slice(0, 4),
  };
}

if (!existsSync(ENTRY)) {
  console.error(`missing ${ENTRY}: run 'npm run build' first`);
  process.exit(1);
}
const rows = [];
for (const c of CASES) rows.push(await measure(c));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const r of rows) {
    const over = r.gzipBytes > r.budgetGzipBytes;
    console.log(`${over ? 'OVER' : 'ok  '}  ${r.label}`);
    console.log(`      minified ${kb(r.minifiedBytes)}, gzipped ${kb(r.gzipBytes)} (budget ${kb(r.budgetGzipBytes)} gzipped)`);
    console.log(`      largest parts, minified: ${r.largest.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`);
  }
}
const over = rows.filter((r) => r.gzipBytes > r.budgetGzipBytes);
if (over.length > 0) {
  console.error(`${over.length} size(s) over budget: ${over.map((r) => r.label).join('; ')}`);
  process.exit(1);
}
