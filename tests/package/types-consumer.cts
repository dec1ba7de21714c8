// Consumer type test, CommonJS side. Not a vitest test and never run: it only has to compile.
//
// scripts/check-package.sh copies it into a temp project where the packed tarball is installed and
// compiles it with `tsc --module node16 --moduleResolution node16 --strict --noEmit`, without and with
// `--skipLibCheck`: in a .cts file 'transcaspian' resolves through the "require" condition to
// dist/index.d.cts (and 'transcaspian/node' to dist/node.d.cts, which itself imports the core).
//
// The file only uses type-level imports (`typeof import(...)`), so it also compiles inside the repo,
// whose tsconfig (module ESNext + verbatimModuleSyntax) rejects both `import x = require()` and ESM
// value imports in a .cts file. The resolution is the same as for `const tc = require('transcaspian')`;
// the runtime `require` is exercised by cjs-smoke.cjs and node-entry.cjs, and a CommonJS file importing
// ESM-only types is what attw's "node16 (from CJS)" row reports.
//
// As in types-consumer.mts, a `// @ts-expect-error` line that stops erroring (because a type became
// `any`) fails the compile with TS2578.
import type {
  CorridorGraph,
  DatasetIssue,
  FindRoutesResult,
  MaxFlowResult,
  Network,
  Route,
  TransitDependencyResult,
  TranscaspianErrorCode,
} from 'transcaspian';

// What `require('transcaspian')` and `require('transcaspian/node')` return, typed as TypeScript sees
// them from a CommonJS file.
declare const tc: typeof import('transcaspian');
declare const tcNode: typeof import('transcaspian/node');

/** `false` unless T is `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
/** Compiles only when `value` is not typed `any`: pass `true` as the proof. */
function notAny<T>(_value: T, _proof: IsAny<T> extends true ? never : true): void {}

function coreTypes(): void {
  notAny(tc, true);
  notAny(tc.loadCorridorNetwork, true);
  const network: Network = tc.loadCorridorNetwork();
  notAny(network, true);
  notAny(network.graph, true);
  const graph: CorridorGraph = network.graph;
  const order: number = network.graph.order;
  // @ts-expect-error graph.order is a number; compiles only if the graph is `any`
  const badOrder: string = network.graph.order;

  const found: FindRoutesResult = tc.findRoutes(network, 'tengiz', 'trieste', { k: 2 });
  notAny(found, true);
  const best: Route | undefined = found.routes[0];
  const lengthKm: number | undefined = found.routes[0]?.lengthKm;
  // @ts-expect-error lengthKm is a number
  const badLengthKm: string | undefined = found.routes[0]?.lengthKm;

  const dependency: TransitDependencyResult = tc.transitDependency(network, 'tengiz', 'trieste');
  notAny(dependency, true);
  const mustPass: readonly string[] = dependency.mustPassCountries;
  // @ts-expect-error mustPassCountries are country-code strings
  const badMustPass: readonly number[] = dependency.mustPassCountries;

  const flow: MaxFlowResult = tc.maxFlow(network, 'tengiz', 'trieste', { commodity: 'crude-oil' });
  notAny(flow, true);
  const value: number = flow.value;
  // @ts-expect-error value is a number
  const badValue: string = flow.value;

  void [graph, order, badOrder, best, lengthKm, badLengthKm, mustPass, badMustPass, value, badValue];
}

async function nodeEntryTypes(path: string): Promise<void> {
  notAny(tcNode.readNetworkFile, true);
  const pending: Promise<Network> = tcNode.readNetworkFile(path);
  // @ts-expect-error readNetworkFile resolves to a Network, not a string
  const badPending: Promise<string> = tcNode.readNetworkFile(path);
  try {
    const network = await pending;
    notAny(network, true);
    const links: number = network.links.size;
    // @ts-expect-error links.size is a number; compiles only if the node entry's Network is `any`
    const badLinks: string = network.links.size;
    void [links, badLinks, badPending];
  } catch (error) {
    if (error instanceof tc.DatasetValidationError) {
      notAny(error, true);
      const code: TranscaspianErrorCode = error.code;
      const issues: readonly DatasetIssue[] = error.issues;
      const where: string | undefined = error.issues[0]?.pathString;
      // @ts-expect-error pathString is a string
      const badWhere: number | undefined = error.issues[0]?.pathString;
      void [code, issues, where, badWhere];
    }
  }
}

void [coreTypes, nodeEntryTypes];
