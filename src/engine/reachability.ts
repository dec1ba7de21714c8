import type { Topology } from './topology.js';
import type { SearchBlocks } from './path-search.js';
import type { SearchSpace } from './search-space.js';

/** Options of {@link traverse}. */
export interface TraverseOptions {
  /** `forward` follows arcs from tail to head; `backward` finds the nodes that can reach the starts. */
  readonly direction: 'forward' | 'backward';
  /** Elements to leave out besides the search space's own constraints. */
  readonly blocks?: SearchBlocks;
  /** A node that may be reached but is not expanded (walks may not pass through it). */
  readonly stop?: number;
  /** Stop as soon as one of these nodes is reached. */
  readonly targets?: ReadonlySet<number>;
}

/**
 * Breadth-first search over the search space's permitted arcs from one or several start nodes
 * (internal): returns the nodes marked as reached (`seen[v] === 1`) and whether a target was reached.
 * Starts that are excluded (not allowed or blocked) are skipped.
 */
export function traverse(space: SearchSpace, starts: readonly number[], options: TraverseOptions): { seen: Uint8Array; hit: boolean } {
  const { topology, nodeAllowed, arcAllowed } = space;
  const { outStart, inStart, inArcs, arcHead, arcTail }: Topology = topology;
  const { blocks = {}, stop = -1, targets } = options;
  const forward = options.direction === 'forward';
  const seen = new Uint8Array(topology.nodeIds.length);
  const queue = new Int32Array(topology.nodeIds.length);
  let head = 0;
  let tail = 0;
  for (const s of starts) {
    if (seen[s] === 1 || nodeAllowed[s] === 0 || blocks.nodes?.[s] === 1) continue;
    if (targets?.has(s)) return { seen, hit: true };
    seen[s] = 1;
    queue[tail++] = s;
  }
  while (head < tail) {
    const u = queue[head++]!;
    if (u === stop) continue;
    const from = forward ? outStart[u]! : inStart[u]!;
    const to = forward ? outStart[u + 1]! : inStart[u + 1]!;
    for (let i = from; i < to; i++) {
      const a = forward ? i : inArcs[i]!;
      if (arcAllowed[a] === 0 || blocks.arcs?.[a] === 1) continue;
      const v = forward ? arcHead[a]! : arcTail[a]!;
      if (seen[v] === 1 || nodeAllowed[v] === 0 || blocks.nodes?.[v] === 1) continue;
      if (targets?.has(v)) return { seen, hit: true };
      seen[v] = 1;
      queue[tail++] = v;
    }
  }
  return { seen, hit: false };
}

/** True when `target` can be reached from `source` leaving out `blocks` (internal). */
export function isReachable(space: SearchSpace, source: number, target: number, blocks: SearchBlocks = {}): boolean {
  if (source === target) return true;
  return traverse(space, [source], { direction: 'forward', blocks, targets: new Set([target]) }).hit;
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
