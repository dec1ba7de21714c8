import { defineConfig } from 'tsup';

// Two entry points: the core (runs in Node, Deno and browsers: no `fs`) and `transcaspian/node`
// (helpers that read files from disk). ESM + CJS with .d.ts/.d.cts so CommonJS notebook kernels
// can `require` the package too.
export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['transcaspian', 'node:fs', 'node:fs/promises', 'node:path', 'node:url'],
  splitting: false,
  removeNodeProtocol: false,
});
