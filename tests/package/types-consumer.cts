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

/** `true` when T is `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
/**
 * Compiles only when `value` is typed `any` (or is an unresolved type, which behaves as `any`), so
 * every call is under `// @ts-expect-error`: the call errors while the type is real, and the directive
 * fails the compile (TS2578) once it is `any`. (A positive "not any" assertion cannot work: an
 * unresolved type such as `Cannot use namespace as a type` under skipLibCheck satisfies any check.)
 */
function typedAny<T>(_value: T, _proof: IsAny<T> extends true ? true : never): void {}

function coreTypes(): void {
  // @ts-expect-error tc is not `any`
  typedAny(tc, true);
  // @ts-expect-error tc.loadCorridorNetwork is not `any`
  typedAny(tc.loadCorridorNetwork, true);
  const network: Network = tc.loadCorridorNetwork();
  // @ts-expect-error network is not `any`
  typedAny(network, true);
  // @ts-expect-error network.graph is not `any`
  typedAny(network.graph, true);
  const graph: CorridorGraph = network.graph;
  const order: number = network.graph.order;
  // @ts-expect-error graph.order is a number; compiles only if the graph is `any`
  const badOrder: string = network.graph.order;

  const found: FindRoutesResult = tc.findRoutes(network, 'tengiz', 'trieste', { k: 2 });
  // @ts-expect-error found is not `any`
  typedAny(found, true);
  const best: Route | undefined = found.routes[0];
  const lengthKm: number | undefined = found.routes[0]?.lengthKm;
  // @ts-expect-error lengthKm is a number
  const badLengthKm: string | undefined = found.routes[0]?.lengthKm;

  const dependency: TransitDependencyResult = tc.transitDependency(network, 'tengiz', 'trieste');
  // @ts-expect-error dependency is not `any`
  typedAny(dependency, true);
  const mustPass: readonly string[] = dependency.mustPassCountries;
  // @ts-expect-error mustPassCountries are country-code strings
  const badMustPass: readonly number[] = dependency.mustPassCountries;

  const flow: MaxFlowResult = tc.maxFlow(network, 'tengiz', 'trieste', { commodity: 'crude-oil' });
  // @ts-expect-error flow is not `any`
  typedAny(flow, true);
  const value: number = flow.value;
  // @ts-expect-error value is a number
  const badValue: string = flow.value;

  void [graph, order, badOrder, best, lengthKm, badLengthKm, mustPass, badMustPass, value, badValue];
}

async function nodeEntryTypes(path: string): Promise<void> {
  // @ts-expect-error tcNode.readNetworkFile is not `any`
  typedAny(tcNode.readNetworkFile, true);
  const pending: Promise<Network> = tcNode.readNetworkFile(path);
  // @ts-expect-error readNetworkFile resolves to a Network, not a string
  const badPending: Promise<string> = tcNode.readNetworkFile(path);
  try {
    const network = await pending;
    // @ts-expect-error network is not `any`
    typedAny(network, true);
    const links: number = network.links.size;
    // @ts-expect-error links.size is a number; compiles only if the node entry's Network is `any`
    const badLinks: string = network.links.size;
    void [links, badLinks, badPending];
  } catch (error) {
    if (error instanceof tc.DatasetValidationError) {
      // @ts-expect-error error is not `any`
      typedAny(error, true);
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
