import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * Makes each import of a JSON file in `data/` (the bundled corridor, scenarios and borders) yield the
 * file's text, minified, as a string literal; the modules that import them (`src/data/*-json.js`,
 * `src/geo/borders-json.js`) hand it out to be parsed on first use. Inlined as object literals, as
 * esbuild does by default, the 1.2 MB of bundled data was compiled and built into objects on every
 * `import 'transcaspian'` (about 75 ms of CPU time of the 420 ms the import took; see bench/README.md);
 * a string literal costs next to nothing until it is parsed.
 */
const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
const jsonAsText: Plugin = {
  name: 'json-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][^\\/]+\.json$/ }, async ({ path }) => {
      if (!path.startsWith(DATA_DIR)) return undefined;
      const text = JSON.stringify(JSON.parse(await readFile(path, 'utf8')));
      return { contents: `export default ${JSON.stringify(text)};\n`, loader: 'js' };
    });
  },
};

// Two entry points: the core (runs in Node, Deno and browsers: no `fs`) and `transcaspian/node`
// (helpers that read files from disk). ESM + CJS with .d.ts/.d.cts so CommonJS notebook kernels
// can `require` the package too.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  // Bundles the declarations `tsc -p tsconfig.dts.json` wrote (the build script runs it first): from
  // .d.ts input, rollup-plugin-dts needs no TypeScript program of its own. Left to generate them from
  // the sources, tsup took about twice as long (its program, then a declaration emit per file).
  dts: { entry: { index: 'build/dts/index.d.ts', node: 'build/dts/node/index.d.ts' } },
  // No source maps in the package: they would embed the bundled datasets a second time.
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['transcaspian', 'node:fs', 'node:fs/promises', 'node:path', 'node:url'],
  // d3-geo, d3-scale and their d3 dependencies ship as ES modules only: bundle them so that the
  // CommonJS build can be required on every Node 20 release (require() of ES modules arrived in 20.19).
  noExternal: [/^d3-/, 'internmap'],
  splitting: false,
  removeNodeProtocol: false,
  esbuildPlugins: [jsonAsText],
});
