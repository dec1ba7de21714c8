import type { SearchSpace } from './search-space.js';

/**
 * The nodes and links that every permitted route from `origin` to `destination` uses: the
 * single points of failure of the pair (internal).
 *
 * Computed exactly as dominators: in the graph where each link is split by a node of its own (so that a
 * link is "passed" whichever way it is travelled), the elements on every path from `origin` to
 * `destination` are the dominators of `destination` in the flow graph rooted at `origin`. Uses the
 * iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001),
 * written here because graphology's standard library has no dominator algorithm.
 *
 * @returns node and link indices in route order (nearest the origin first), `origin` and
 *   `destination` excluded; `null` when `destination` is unreachable.
 */
export function mustPassElements(
  space: SearchSpace,
  origin: number,
  destination: number,
): { nodes: number[]; links: number[] } | null {
  const { topology, nodeAllowed, arcAllowed } = space;
  const { outStart, inStart, inArcs, arcHead, arcTail, arcLink, linkArcs } = topology;
  const n = topology.nodeIds.length;
  const total = n + topology.linkIds.length; // node v < n is a node; n + l is link l's split node

  // Successors and predecessors in the split graph, over permitted arcs only.
  const forEachSuccessor = (x: number, visit: (y: number) => void): void => {
    if (x < n) {
      for (let a = outStart[x]!; a < outStart[x + 1]!; a++) {
        if (arcAllowed[a] === 1 && nodeAllowed[arcHead[a]!] === 1) visit(n + arcLink[a]!);
      }
    } else {
      const l = x - n;
      for (const a of [linkArcs[2 * l]!, linkArcs[2 * l + 1]!]) {
        if (a >= 0 && arcAllowed[a] === 1 && nodeAllowed[arcHead[a]!] === 1) visit(arcHead[a]!);
      }
    }
  };
  const forEachPredecessor = (x: number, visit: (y: number) => void): void => {
    if (x < n) {
      for (let i = inStart[x]!; i < inStart[x + 1]!; i++) {
        const a = inArcs[i]!;
        if (arcAllowed[a] === 1 && nodeAllowed[arcTail[a]!] === 1) visit(n + arcLink[a]!);
      }
    } else {
      const l = x - n;
      for (const a of [linkArcs[2 * l]!, linkArcs[2 * l + 1]!]) {
        if (a >= 0 && arcAllowed[a] === 1 && nodeAllowed[arcTail[a]!] === 1) visit(arcTail[a]!);
      }
    }
  };

  // Reverse postorder of the split graph from the origin (iterative depth-first search).
  const order = new Int32Array(total).fill(-1); // postorder number
  const postorder: number[] = [];
  const visited = new Uint8Array(total);
  const stack: { node: number; next: number[]; i: number }[] = [];
  const successors = (x: number): number[] => {
    const list: number[] = [];
    forEachSuccessor(x, (y) => list.push(y));
    return list;
  };
  visited[origin] = 1;
  stack.push({ node: origin, next: successors(origin), i: 0 });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.next.length) {
      const y = top.next[top.i++]!;
      if (visited[y] === 0) {
        visited[y] = 1;
        stack.push({ node: y, next: successors(y), i: 0 });
      }
    } else {
      order[top.node] = postorder.length;
      postorder.push(top.node);
      stack.pop();
    }
  }
  if (visited[destination] === 0) return null;

  const idom = new Int32Array(total).fill(-1);
  idom[origin] = origin;
  const intersect = (a: number, b: number): number => {
    let x = a;
    let y = b;
    while (x !== y) {
      while (order[x]! < order[y]!) x = idom[x]!;
      while (order[y]! < order[x]!) y = idom[y]!;
    }
    return x;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let p = postorder.length - 1; p >= 0; p--) {
      const x = postorder[p]!;
      if (x === origin) continue;
      let candidate = -1;
      forEachPredecessor(x, (y) => {
        if (visited[y] === 0 || idom[y] === -1) return;
        candidate = candidate === -1 ? y : intersect(y, candidate);
      });
      if (candidate !== -1 && idom[x] !== candidate) {
        idom[x] = candidate;
        changed = true;
      }
    }
  }

  const chain: number[] = [];
  for (let x = idom[destination]!; x !== origin; x = idom[x]!) chain.push(x);
  chain.reverse();
  return { nodes: chain.filter((x) => x < n), links: chain.filter((x) => x >= n).map((x) => x - n) };
}
