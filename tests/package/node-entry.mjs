// Consumer smoke test of `transcaspian/node` (ESM): reads the packed dataset through the exports map,
// and checks that errors thrown by the node entry are `instanceof` the core's error classes (the node
// entry imports the core by the package's own name, so both share one module instance).
// Run by scripts/check-package.sh in a temp project. Not a vitest test.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetValidationError, InvalidOptionError, TranscaspianError, isTranscaspianError, loadCorridorNetwork } from 'transcaspian';
import { readNetworkFile } from 'transcaspian/node';
import corridorJson from 'transcaspian/data/corridor.geo.json' with { type: 'json' };

const resolved = fileURLToPath(import.meta.resolve('transcaspian/node'));
assert.match(resolved, /node_modules[\\/]transcaspian[\\/]dist[\\/]node\.js$/, `'transcaspian/node' resolved to ${resolved}`);

// The packed dataset, located through the package's exports map.
const dataFile = fileURLToPath(import.meta.resolve('transcaspian/data/corridor.geo.json'));
assert.match(dataFile, /node_modules[\\/]transcaspian[\\/]data[\\/]corridor\.geo\.json$/);
const fromFile = await readNetworkFile(dataFile);
const bundled = loadCorridorNetwork();
assert.ok(bundled.nodes.size > 0);
assert.equal(fromFile.nodes.size, bundled.nodes.size, 'node count of data/corridor.geo.json vs loadCorridorNetwork()');
assert.equal(fromFile.links.size, bundled.links.size, 'link count of data/corridor.geo.json vs loadCorridorNetwork()');
assert.equal(corridorJson.features.length, fromFile.nodes.size + fromFile.links.size, 'import ... with { type: "json" }');
assert.deepEqual(JSON.parse(readFileSync(dataFile, 'utf8')), corridorJson);
assert.equal((await readNetworkFile(dataFile, { checkNodeCountries: false })).links.size, bundled.links.size, 'options pass through');
await assert.rejects(readNetworkFile(dataFile, { checkNodeCountry: false }), (e) => e instanceof InvalidOptionError && /checkNodeCountry/.test(e.message));

// instanceof across the two entry points, with a broken file of each kind.
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
    assert.ok(isTranscaspianError(error), `${label}: isTranscaspianError is false`);
    assert.equal(error.code, 'DATASET_INVALID');
    assert.ok(Array.isArray(error.issues) && error.issues.length > 0, `${label}: no issues`);
    assert.ok(error.message.includes('broken.geo.json'), `${label}: the message does not name the file: ${error.message}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`node entry (esm): ${fromFile.nodes.size} nodes, ${fromFile.links.size} links; instanceof ok`);
