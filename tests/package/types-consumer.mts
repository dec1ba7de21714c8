// Consumer type test, ESM side. Not a vitest test and never run: it only has to compile.
//
// scripts/check-package.sh copies it into a temp project where the packed tarball is installed and
// compiles it with `tsc --module node16 --moduleResolution node16 --strict --noEmit`, without and with
// `--skipLibCheck`: 'transcaspian' then resolves through the "import" condition to dist/index.d.ts;
// and again with `--module esnext --moduleResolution bundler` (Vite, esbuild, webpack users).
// Inside the repo, `tsc -p tsconfig.json` checks it too ('transcaspian' maps to src/index.ts).
//
// Each public result is pinned twice: assigned to its real type (must compile) and to a wrong type
// under `// @ts-expect-error` (must NOT compile). If a type silently degrades to `any` (e.g. the graph
// of a default-imported graphology class seen from ESM under node16), the wrong assignment compiles,
// the directive is unused, and tsc fails with TS2578.
import {
  DatasetValidationError,
  findRoutes,
  isTranscaspianError,
  loadCorridorNetwork,
  maxFlow,
  transitDependency,
  type CorridorGraph,
  type DatasetIssue,
  type FindRoutesResult,
  type MaxFlowResult,
  type Network,
  type Route,
  type TransitDependencyResult,
  type TranscaspianErrorCode,
} from 'transcaspian';
import { readNetworkFile } from 'transcaspian/node';

/** `true` when T is `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
/**
 * Compiles only when `value` is typed `any` (or is an unresolved type, which behaves as `any`), so
 * every call is under `// @ts-expect-error`: the call errors while the type is real, and the directive
 * fails the compile (TS2578) once it is `any`. (A positive "not any" assertion cannot work: an
 * unresolved type such as `Cannot use namespace as a type` under skipLibCheck satisfies any check.)
 */
function typedAny<T>(_value: T, _proof: IsAny<T> extends true ? true : never): void {}

export function coreTypes(): void {
  const network: Network = loadCorridorNetwork();
  // @ts-expect-error network is not `any`
  typedAny(network, true);
  // @ts-expect-error network.graph is not `any`
  typedAny(network.graph, true);
  const graph: CorridorGraph = network.graph;
  const order: number = network.graph.order;
  // @ts-expect-error graph.order is a number; compiles only if the graph is `any`
  const badOrder: string = network.graph.order;
  const nodeCount: number = network.nodes.size;
  // @ts-expect-error nodes.size is a number
  const badNodeCount: string = network.nodes.size;

  const found: FindRoutesResult = findRoutes(network, 'tengiz', 'trieste', { k: 2 });
  // @ts-expect-error found is not `any`
  typedAny(found, true);
  const best: Route | undefined = found.routes[0];
  const lengthKm: number | undefined = found.routes[0]?.lengthKm;
  // @ts-expect-error lengthKm is a number
  const badLengthKm: string | undefined = found.routes[0]?.lengthKm;
  const firstLink: string | undefined = found.routes[0]?.linkIds[0];
  // @ts-expect-error linkIds are strings
  const badFirstLink: number | undefined = found.routes[0]?.linkIds[0];

  const dependency: TransitDependencyResult = transitDependency(network, 'tengiz', 'trieste');
  // @ts-expect-error dependency is not `any`
  typedAny(dependency, true);
  const mustPass: readonly string[] = dependency.mustPassCountries;
  // @ts-expect-error mustPassCountries are country-code strings
  const badMustPass: readonly number[] = dependency.mustPassCountries;

  const flow: MaxFlowResult = maxFlow(network, 'tengiz', 'trieste', { commodity: 'crude-oil' });
  // @ts-expect-error flow is not `any`
  typedAny(flow, true);
  const value: number = flow.value;
  // @ts-expect-error value is a number
  const badValue: string = flow.value;

  void [graph, order, badOrder, nodeCount, badNodeCount, best, lengthKm, badLengthKm, firstLink, badFirstLink];
  void [mustPass, badMustPass, value, badValue];
}

export async function nodeEntryTypes(path: string): Promise<void> {
  const pending: Promise<Network> = readNetworkFile(path);
  // @ts-expect-error readNetworkFile resolves to a Network, not a string
  const badPending: Promise<string> = readNetworkFile(path);
  try {
    const network = await pending;
    // @ts-expect-error network is not `any`
    typedAny(network, true);
    const links: number = network.links.size;
    // @ts-expect-error links.size is a number; compiles only if the node entry's Network is `any`
    const badLinks: string = network.links.size;
    void [links, badLinks, badPending];
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      // @ts-expect-error error is not `any`
      typedAny(error, true);
      const code: TranscaspianErrorCode = error.code;
      const issues: readonly DatasetIssue[] = error.issues;
      const where: string | undefined = error.issues[0]?.pathString;
      // @ts-expect-error pathString is a string
      const badWhere: number | undefined = error.issues[0]?.pathString;
      void [code, issues, where, badWhere];
    } else if (isTranscaspianError(error)) {
      const code: TranscaspianErrorCode = error.code;
      // @ts-expect-error code is a union of string literals
      const badCode: number = error.code;
      void [code, badCode];
    }
  }
}
