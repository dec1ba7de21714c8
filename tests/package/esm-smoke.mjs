// Consumer smoke test (node, ESM): run by scripts/check-package.sh in a temp project where the packed
// tarball is installed. Not a vitest test.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { corridorDataset, countryShapes, findRoutes, loadCorridorNetwork } from 'transcaspian';

const resolved = fileURLToPath(import.meta.resolve('transcaspian'));
assert.match(resolved, /node_modules[\\/]transcaspian[\\/]dist[\\/]index\.js$/, `'transcaspian' resolved to ${resolved}`);

const network = loadCorridorNetwork();
const { routes } = findRoutes(network, 'tengiz', 'trieste');
const best = routes[0];
assert.ok(best, 'findRoutes(tengiz → trieste) found no route');
assert.equal(best.linkIds[0], 'cpc', `first link of the best route is ${best.linkIds[0]}`);
assert.equal(best.legs[0]?.linkId, 'cpc');
assert.ok(best.lengthKm > 4000, `lengthKm ${best.lengthKm} is not > 4000`);
// The bundled data is JSON text in the build, parsed on first use: fresh copies of the dataset, one
// frozen array of outlines.
assert.notEqual(corridorDataset(), corridorDataset());
assert.equal(countryShapes(), countryShapes());
assert.ok(Object.isFrozen(countryShapes()[0]?.geometry), 'countryShapes() outlines are not frozen');
console.log(`esm: ${resolved} → ${best.linkIds.join(' > ')} (${best.lengthKm.toFixed(0)} km)`);
