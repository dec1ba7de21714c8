import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // The bundled dataset is a .geojson file; load it as JSON in tests as tsup does in the build.
      name: 'geojson-as-json',
      transform(code, id) {
        if (id.endsWith('.geojson')) return { code: `export default ${code};`, map: null };
        return undefined;
      },
    },
  ],
  resolve: {
    alias: [
      { find: /^transcaspian\/node$/, replacement: fileURLToPath(new URL('./src/node/index.ts', import.meta.url)) },
      { find: /^transcaspian$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
