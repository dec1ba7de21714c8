// Consumer smoke test for Deno. Not a vitest test.
//
// scripts/check-package.sh copies it into a temp project (package.json + node_modules with the packed
// tarball installed; Deno then resolves the bare specifier 'transcaspian' from that node_modules) and
// runs `deno run --allow-read` (the runtime assertions) and `deno check` (the `@ts-expect-error`
// lines: Deno type-checks packages with skipLibCheck, where a degraded type is silently `any`).
// Inside the repo, `tsc -p tsconfig.json` checks it too. Uses no Deno API, so it is plain TypeScript, and
// no `node:` import of its own: `deno check` would then need @types/node in node_modules.
import { DatasetValidationError, findRoutes, loadCorridorNetwork, maxFlow, transitDependency, type Network } from 'transcaspian';
import { readNetworkFile } from 'transcaspian/node';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`deno smoke: ${message}`);
}

const network: Network = loadCorridorNetwork();
const best = findRoutes(network, 'tengiz', 'trieste').routes[0];
check(best !== undefined, 'findRoutes(tengiz → trieste) found no route');
check(best.linkIds[0] === 'cpc', `first link of the best route is ${best.linkIds[0]}`);
check(best.lengthKm > 4000, `lengthKm ${best.lengthKm} is not > 4000`);

// Types as Deno sees them (checked by `deno check`; at run time these are plain assignments).
const order: number = network.graph.order;
// @ts-expect-error graph.order is a number; compiles only if the graph is `any`
const badOrder: string = network.graph.order;
const lengthKm: number | undefined = findRoutes(network, 'tengiz', 'trieste').routes[0]?.lengthKm;
// @ts-expect-error lengthKm is a number
const badLengthKm: string | undefined = findRoutes(network, 'tengiz', 'trieste').routes[0]?.lengthKm;
const mustPass: readonly string[] = transitDependency(network, 'tengiz', 'trieste').mustPassCountries;
// @ts-expect-error mustPassCountries are country-code strings
const badMustPass: readonly number[] = transitDependency(network, 'tengiz', 'trieste').mustPassCountries;
const value: number = maxFlow(network, 'tengiz', 'trieste', { commodity: 'crude-oil' }).value;
// @ts-expect-error value is a number
const badValue: string = maxFlow(network, 'tengiz', 'trieste', { commodity: 'crude-oil' }).value;
check(order === network.nodes.size, `graph.order ${order} ≠ nodes.size ${network.nodes.size}`);
void [badOrder, lengthKm, badLengthKm, mustPass, badMustPass, value, badValue];

// The node entry under Deno (node:fs through Deno's Node compatibility), with the packed dataset.
/** The file-system path of a `file:` URL (POSIX). */
const pathOf = (url: string): string => decodeURIComponent(new URL(url).pathname);
const dataFile = pathOf(import.meta.resolve('transcaspian/data/corridor.geo.json'));
check(/node_modules\/transcaspian\/data\/corridor\.geo\.json$/.test(dataFile), `data file resolved to ${dataFile}`);
const fromFile = await readNetworkFile(dataFile);
check(fromFile.nodes.size === network.nodes.size, `readNetworkFile: ${fromFile.nodes.size} nodes, expected ${network.nodes.size}`);
// @ts-expect-error nodes.size is a number; compiles only if the node entry's Network is `any`
const badSize: string = fromFile.nodes.size;
void badSize;
const rejected: unknown = await readNetworkFile(pathOf(import.meta.url)).then(
  () => null,
  (error: unknown) => error,
);
check(rejected instanceof DatasetValidationError, `a non-JSON file gave ${String(rejected)}, not a DatasetValidationError`);

console.log(`deno: ${best.linkIds.join(' > ')} (${best.lengthKm.toFixed(0)} km); node entry ${fromFile.nodes.size} nodes; instanceof ok`);
