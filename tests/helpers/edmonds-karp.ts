/**
 * An independent maximum-flow oracle for small graphs: Edmonds–Karp (shortest augmenting paths by
 * breadth-first search) on a dense matrix of residual capacities, parallel arcs summed and
 * self-loops dropped. Shares no code with the library's engine. O(V·E²): only for tests on tiny
 * graphs.
 */

/** An arc of the oracle's input: tail, head and capacity (≥ 0, finite). */
export interface OracleArc {
  readonly from: number;
  readonly to: number;
  readonly capacity: number;
}

/**
 * Maximum flow from `source` to `sink` over `arcs` on nodes `0 .. n − 1`.
 *
 * @returns `value`, and `sourceSide[v]` = 1 for the nodes reachable from the source in the final
 *   residual graph (residual above 10⁻¹²): the source side of the minimum cut closest to the source,
 *   the same for every maximum flow.
 */
export function edmondsKarp(n: number, arcs: readonly OracleArc[], source: number, sink: number): { value: number; sourceSide: number[] } {
  const residual = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const a of arcs) if (a.from !== a.to) residual[a.from]![a.to]! += a.capacity;
  let value = 0;
  for (;;) {
    const parent = new Array<number>(n).fill(-1);
    parent[source] = source;
    const queue = [source];
    while (queue.length > 0 && parent[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < n; v++) {
        if (parent[v] === -1 && residual[u]![v]! > 1e-12) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[sink] === -1) return { value, sourceSide: parent.map((p) => (p === -1 ? 0 : 1)) };
    let delta = Infinity;
    for (let v = sink; v !== source; v = parent[v]!) delta = Math.min(delta, residual[parent[v]!]![v]!);
    for (let v = sink; v !== source; v = parent[v]!) {
      residual[parent[v]!]![v]! -= delta;
      residual[v]![parent[v]!]! += delta;
    }
    value += delta;
  }
}
