// Consumer smoke test of `transcaspian/node` (CommonJS require); see node-entry.mjs.
// Run by scripts/check-package.sh in a temp project. Not a vitest test.
'use strict';
const assert = require('node:assert/strict');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { DatasetValidationError, TranscaspianError, loadCorridorNetwork } = require('transcaspian');
const { readNetworkFile } = require('transcaspian/node');

async function main() {
  const resolved = require.resolve('transcaspian/node');
  assert.match(resolved, /node_modules[\\/]transcaspian[\\/]dist[\\/]node\.cjs$/, `'transcaspian/node' resolved to ${resolved}`);

  const dataFile = require.resolve('transcaspian/data/corridor.geo.json');
  const fromFile = await readNetworkFile(dataFile);
  assert.equal(fromFile.nodes.size, loadCorridorNetwork().nodes.size, 'node count of data/corridor.geo.json vs loadCorridorNetwork()');
  const scenarios = require('transcaspian/data/scenarios.json');
  assert.ok(scenarios && typeof scenarios === 'object', 'require(transcaspian/data/scenarios.json)');
  assert.equal(require('transcaspian/package.json').name, 'transcaspian');

  const dir = mkdtempSync(join(tmpdir(), 'transcaspian-node-entry-'));
  try {
    const cases = {
      'invalid JSON (thrown by transcaspian/node)': '{"type": "FeatureCollection", "features": [',
      'invalid dataset (thrown by the core)': JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { type: 'node', id: 'x' } }],
      }),
    };
    for (const [label, text] of Object.entries(cases)) {
      const file = join(dir, 'broken.geo.json');
      writeFileSync(file, text);
      const error = await readNetworkFile(file).then(
        () => assert.fail(`${label}: readNetworkFile did not reject`),
        (e) => e,
      );
      assert.ok(error instanceof DatasetValidationError, `${label}: not instanceof DatasetValidationError: ${error}`);
      assert.ok(error instanceof TranscaspianError, `${label}: not instanceof TranscaspianError`);
      assert.equal(error.code, 'DATASET_INVALID');
      assert.ok(error.issues.length > 0, `${label}: no issues`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`node entry (cjs): ${resolved}, ${fromFile.nodes.size} nodes; instanceof ok`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
