// Consumer smoke test (node, CommonJS require): run by scripts/check-package.sh in a temp project where
// the packed tarball is installed. Not a vitest test.
'use strict';
const assert = require('node:assert/strict');
const { findRoutes, loadCorridorNetwork } = require('transcaspian');

const resolved = require.resolve('transcaspian');
assert.match(resolved, /node_modules[\\/]transcaspian[\\/]dist[\\/]index\.cjs$/, `'transcaspian' resolved to ${resolved}`);

const network = loadCorridorNetwork();
const { routes } = findRoutes(network, 'tengiz', 'trieste');
const best = routes[0];
assert.ok(best, 'findRoutes(tengiz → trieste) found no route');
assert.equal(best.linkIds[0], 'cpc', `first link of the best route is ${best.linkIds[0]}`);
assert.equal(best.legs[0] && best.legs[0].linkId, 'cpc');
assert.ok(best.lengthKm > 4000, `lengthKm ${best.lengthKm} is not > 4000`);
console.log(`cjs: ${resolved} → ${best.linkIds.join(' > ')} (${best.lengthKm.toFixed(0)} km)`);
