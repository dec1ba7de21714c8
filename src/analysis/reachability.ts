import type { Topology } from '../graph/topology.js';
import type { SearchBlocks } from '../routing/path-search.js';
import type { SearchSpace } from '../routing/search-space.js';

/**
 * True when `target` can be reached from `source` over the search space's permitted arcs, leaving out
 * `blocks` (breadth-first search; internal).
 */
export function isReachable(space: SearchSpace, source: number, target: number, blocks: SearchBlocks = {}): boolean {
  if (source === target) return true;
  const { topology, nodeAllowed, arcAllowed } = space;
  const { outStart, arcHead } = topology;
  const seen = new Uint8Array(topology.nodeIds.length);
  const queue = new Int32Array(topology.nodeIds.length);
  let head = 0;
  let tail = 0;
  seen[source] = 1;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    for (let a = outStart[u]!; a < outStart[u + 1]!; a++) {
      if (arcAllowed[a] === 0 || blocks.arcs?.[a] === 1) continue;
      const v = arcHead[a]!;
      if (seen[v] === 1 || nodeAllowed[v] === 0 || blocks.nodes?.[v] === 1) continue;
      if (v === target) return true;
      seen[v] = 1;
      queue[tail++] = v;
    }
  }
  return false;
}

/**
 * Marks the nodes reachable from `source` (`direction: 'forward'`) or that can reach it (`'backward'`)
 * over permitted arcs, without passing through `stop` (it may be reached but is not expanded).
 */
export function reachableSet(space: SearchSpace, source: number, direction: 'forward' | 'backward', stop: number): Uint8Array {
  const { topology, nodeAllowed, arcAllowed } = space;
  const { outStart, inStart, inArcs, arcHead, arcTail }: Topology = topology;
  const seen = new Uint8Array(topology.nodeIds.length);
  const queue = new Int32Array(topology.nodeIds.length);
  let head = 0;
  let tail = 0;
  seen[source] = 1;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    if (u === stop) continue;
    const forward = direction === 'forward';
    const start = forward ? outStart[u]! : inStart[u]!;
    const end = forward ? outStart[u + 1]! : inStart[u + 1]!;
    for (let i = start; i < end; i++) {
      const a = forward ? i : inArcs[i]!;
      if (arcAllowed[a] === 0) continue;
      const v = forward ? arcHead[a]! : arcTail[a]!;
      if (seen[v] === 1 || nodeAllowed[v] === 0) continue;
      seen[v] = 1;
      queue[tail++] = v;
    }
  }
  return seen;
}

/** Node and arc masks that remove one country: its nodes and every link crossing it (internal). */
export function countryBlocks(topology: Topology, country: number): Required<SearchBlocks> {
  const nodes = new Uint8Array(topology.nodeIds.length);
  const arcs = new Uint8Array(topology.arcCount);
  for (const i of topology.countryNodes[country]!) nodes[i] = 1;
  for (const l of topology.countryLinks[country]!) {
    arcs[topology.linkArcs[2 * l]!] = 1;
    const reverse = topology.linkArcs[2 * l + 1]!;
    if (reverse >= 0) arcs[reverse] = 1;
  }
  return { nodes, arcs };
}
