import type { SearchBlocks } from './path-search.js';
import type { SearchSpace } from './search-space.js';
import type { Topology } from './topology.js';

/**
 * Component labellings of a search space's permitted graph, for answering many reachability questions
 * at once (internal; `findMustPassCountries` labels the network without each country once and then
 * compares labels per pair).
 */

/** True when every permitted arc's link is also permitted the other way. */
export function isSymmetric(space: SearchSpace): boolean {
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
export function componentLabels(space: SearchSpace, blocks: SearchBlocks): Int32Array {
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
export function strongComponentLabels(space: SearchSpace, blocks: SearchBlocks): Int32Array {
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
