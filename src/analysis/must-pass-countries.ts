import { InvalidArgumentError } from '../errors.js';
import { assertUnmodified, type Network } from '../graph/network.js';
import type { Topology } from '../graph/topology.js';
import type { CountryCode } from '../model/country-code.js';
import { nodeIndexOf } from '../routing/find-routes.js';
import { type RouteConstraints, resolveConstraints } from '../routing/options.js';
import type { SearchBlocks } from '../routing/path-search.js';
import { type SearchSpace, searchSpaceOf } from '../routing/search-space.js';
import { countryBlocks, isReachable } from './reachability.js';

/** An origin–destination pair for {@link findMustPassCountries}: `[origin, destination]` node ids. */
export type OdPair = readonly [origin: string, destination: string];

/**
 * Must-pass countries of one pair.
 *
 * - `origin`, `destination`: the node ids asked for;
 * - `reachable`: some permitted route joins them (when false, `mustPassCountries` is empty);
 * - `mustPassCountries`: countries, other than the origin's and destination's, without which no
 *   permitted route remains (a country is removed with its nodes and every link crossing it), in
 *   code order.
 */
export interface MustPassCountries {
  readonly origin: string;
  readonly destination: string;
  readonly reachable: boolean;
  readonly mustPassCountries: readonly CountryCode[];
}

const FN = 'findMustPassCountries';

/**
 * The countries every permitted route must cross, for many origin–destination pairs at once — the
 * must-pass part of `transitDependency`, without its per-country detours, for batch work on large
 * networks.
 *
 * Exact: for each country, the network without it is labelled once (connected components when every
 * permitted link can be used both ways, strongly connected components otherwise, with a
 * breadth-first search for the pairs those do not settle), and each pair is then answered by
 * comparing labels. Cost: one labelling per country plus a label comparison per pair and country.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param pairs - `[origin, destination]` node id pairs.
 * @param options - route constraints as for `findRoutes`.
 * @returns one {@link MustPassCountries} per pair, in the order given.
 * @throws {UnknownNodeError} for an id not in the network; {@link InvalidArgumentError} when `pairs`
 *   is not a list of two-id pairs.
 * @throws {InvalidOptionError} for an invalid option.
 * @example
 * ```ts
 * findMustPassCountries(loadCorridorNetwork(), [['alashankou', 'kars'], ['khorgos', 'kars']], { commodity: 'containers' });
 * // [{ origin: 'alashankou', destination: 'kars', reachable: true, mustPassCountries: ['AZ', 'GE', 'KZ'] }, …]
 * ```
 */
export function findMustPassCountries(network: Network, pairs: readonly OdPair[], options: RouteConstraints = {}): MustPassCountries[] {
  assertUnmodified(network, FN);
  if (!Array.isArray(pairs)) throw new InvalidArgumentError(FN, 'pairs', 'expected a list of [origin, destination] pairs');
  const constraints = resolveConstraints(network, options, FN, []);
  const space = searchSpaceOf(network, constraints, 'lengthKm', FN);
  const { topology } = space;
  const indexed = pairs.map((pair, i) => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new InvalidArgumentError(FN, `pairs[${i}]`, 'expected [origin, destination]');
    return [nodeIndexOf(space, network, pair[0], `pairs[${i}][0]`, FN), nodeIndexOf(space, network, pair[1], `pairs[${i}][1]`, FN)] as const;
  });

  const symmetric = isSymmetric(space);
  const label = (blocks: SearchBlocks) => (symmetric ? componentLabels(space, blocks) : strongComponentLabels(space, blocks));
  const connected = (labels: Int32Array, blocks: SearchBlocks, o: number, d: number) => {
    if (labels[o]! < 0 || labels[d]! < 0) return false;
    if (labels[o] === labels[d]) return true;
    return symmetric ? false : isReachable(space, o, d, blocks);
  };

  const baseLabels = label({});
  const reachable = indexed.map(([o, d]) => o !== d && connected(baseLabels, {}, o, d));
  const found: CountryCode[][] = indexed.map(() => []);
  topology.countries.forEach((code, c) => {
    const relevant = indexed.some(([o, d], i) => reachable[i] && topology.nodeCountry[o] !== c && topology.nodeCountry[d] !== c);
    if (!relevant) return;
    const blocks = countryBlocks(topology, c);
    const labels = label(blocks);
    indexed.forEach(([o, d], i) => {
      if (!reachable[i] || topology.nodeCountry[o] === c || topology.nodeCountry[d] === c) return;
      if (!connected(labels, blocks, o, d)) found[i]!.push(code);
    });
  });
  return indexed.map(([o, d], i) => ({
    origin: topology.nodeIds[o]!,
    destination: topology.nodeIds[d]!,
    reachable: reachable[i]!,
    mustPassCountries: found[i]!,
  }));
}

/** True when every permitted arc's link is also permitted the other way. */
function isSymmetric(space: SearchSpace): boolean {
  const { linkArcs, arcLink, arcReverse, arcCount } = space.topology;
  for (let a = 0; a < arcCount; a++) {
    if (space.arcAllowed[a] === 0) continue;
    const l = arcLink[a]!;
    const other = linkArcs[2 * l + (arcReverse[a] === 1 ? 0 : 1)]!;
    if (other < 0 || space.arcAllowed[other] === 0) return false;
  }
  return true;
}

/** Connected-component labels of the permitted, unblocked graph (−1 for excluded nodes). */
function componentLabels(space: SearchSpace, blocks: SearchBlocks): Int32Array {
  const { nodeIds, outStart, arcHead }: Topology = space.topology;
  const n = nodeIds.length;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let next = 0;
  for (let s = 0; s < n; s++) {
    if (labels[s] !== -1 || space.nodeAllowed[s] === 0 || blocks.nodes?.[s] === 1) continue;
    const id = next++;
    labels[s] = id;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      for (let a = outStart[u]!; a < outStart[u + 1]!; a++) {
        if (space.arcAllowed[a] === 0 || blocks.arcs?.[a] === 1) continue;
        const v = arcHead[a]!;
        if (labels[v] !== -1 || space.nodeAllowed[v] === 0 || blocks.nodes?.[v] === 1) continue;
        labels[v] = id;
        queue[tail++] = v;
      }
    }
  }
  return labels;
}

/**
 * Strongly-connected-component labels (iterative Tarjan) of the permitted, unblocked graph (−1 for
 * excluded nodes). Two nodes with the same label reach each other.
 */
function strongComponentLabels(space: SearchSpace, blocks: SearchBlocks): Int32Array {
  const { nodeIds, outStart, arcHead }: Topology = space.topology;
  const n = nodeIds.length;
  const labels = new Int32Array(n).fill(-1);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callNode: number[] = [];
  const callArc: number[] = [];
  let counter = 0;
  let next = 0;
  const excluded = (v: number) => space.nodeAllowed[v] === 0 || blocks.nodes?.[v] === 1;
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1 || excluded(s)) continue;
    index[s] = low[s] = counter++;
    stack.push(s);
    onStack[s] = 1;
    callNode.push(s);
    callArc.push(outStart[s]!);
    while (callNode.length > 0) {
      const u = callNode[callNode.length - 1]!;
      const a = callArc[callArc.length - 1]!;
      if (a < outStart[u + 1]!) {
        callArc[callArc.length - 1] = a + 1;
        if (space.arcAllowed[a] === 0 || blocks.arcs?.[a] === 1) continue;
        const v = arcHead[a]!;
        if (excluded(v)) continue;
        if (index[v] === -1) {
          index[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = 1;
          callNode.push(v);
          callArc.push(outStart[v]!);
        } else if (onStack[v] === 1 && index[v]! < low[u]!) {
          low[u] = index[v]!;
        }
        continue;
      }
      callNode.pop();
      callArc.pop();
      if (callNode.length > 0) {
        const parent = callNode[callNode.length - 1]!;
        if (low[u]! < low[parent]!) low[parent] = low[u]!;
      }
      if (low[u] === index[u]) {
        const id = next++;
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = 0;
          labels[w] = id;
          if (w === u) break;
        }
      }
    }
  }
  return labels;
}
