import { defineConfig } from 'tsup';

// Two entry points: the core (runs in Node, Deno and browsers: no `fs`) and `transcaspian/node`
// (helpers that read files from disk). ESM + CJS with .d.ts/.d.cts so CommonJS notebook kernels
// can `require` the package too.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
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
});
