/**
 * A maximum-flow engine: FIFO push–relabel with the global-relabelling and gap heuristics (Goldberg
 * and Tarjan 1988; Cherkassky and Goldberg, "On implementing push-relabel method for the maximum flow
 * problem", 1997), on typed arrays (internal).
 *
 * Written here because graphology's standard library has no flow algorithm. Push–relabel with global
 * relabelling was chosen over Dinic's algorithm for its speed on the sparse, grid-like graphs that
 * corridor networks are.
 *
 * Phase 1 computes a maximum preflow (the flow value and the minimum cut); phase 2 returns the excess
 * stranded at nodes that cannot reach the sink back to the source, leaving a valid flow.
 */

/** Input of {@link maxFlowPushRelabel}: a directed graph with capacities on arcs. */
export interface FlowProblem {
  readonly nodeCount: number;
  /** Tail, head and capacity (≥ 0, finite) of each arc. */
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly capacity: Float64Array;
  readonly source: number;
  readonly sink: number;
  /** Residual capacities and excesses at or below this are zero (default: 10⁻¹⁵ × the largest capacity). */
  readonly tolerance?: number;
}

/** Output of {@link maxFlowPushRelabel}. */
export interface FlowSolution {
  /** Maximum flow value. */
  readonly value: number;
  /** Flow on each input arc (0 ≤ flow ≤ capacity, conserved at every node but source and sink). */
  readonly arcFlow: Float64Array;
  /** 1 for nodes reachable from the source in the final residual graph: the source side of the minimum cut closest to the source. */
  readonly sourceSide: Uint8Array;
}

/**
 * Maximum flow from `source` to `sink`.
 *
 * Capacities are floating-point; residual capacities below `1e-15 ×` the largest capacity (about five
 * times the precision of doubles there) are treated
 * as zero.
 */
export function maxFlowPushRelabel(problem: FlowProblem): FlowSolution {
  const { nodeCount: n, tail, head, capacity, source, sink } = problem;
  const m = tail.length;
  let maxCapacity = 0;
  for (let i = 0; i < m; i++) if (capacity[i]! > maxCapacity) maxCapacity = capacity[i]!;
  const eps = problem.tolerance ?? maxCapacity * 1e-15;

  // Residual graph: input arc i becomes edges 2i (forward, residual = capacity) and 2i+1 (backward,
  // residual = 0), grouped by tail in CSR order.
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    degree[tail[i]! + 1]! += 1;
    degree[head[i]! + 1]! += 1;
  }
  const first = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) first[v + 1] = first[v]! + degree[v + 1]!;
  const fill = first.slice(0, n);
  const edgeHead = new Int32Array(2 * m);
  const residual = new Float64Array(2 * m);
  const mate = new Int32Array(2 * m); // position of the paired edge
  const edgeArc = new Int32Array(2 * m); // input arc, negative (−1 − arc) for a backward edge
  for (let i = 0; i < m; i++) {
    const u = tail[i]!;
    const v = head[i]!;
    const a = fill[u]!++;
    const b = fill[v]!++;
    edgeHead[a] = v;
    edgeHead[b] = u;
    residual[a] = capacity[i]!;
    residual[b] = 0;
    mate[a] = b;
    mate[b] = a;
    edgeArc[a] = i;
    edgeArc[b] = -1 - i;
  }

  const excess = new Float64Array(n);
  const height = new Int32Array(n);
  const current = new Int32Array(n);
  const countAt = new Int32Array(2 * n + 1);
  const queue = new Int32Array(n);
  const inQueue = new Uint8Array(n);
  let qHead = 0;
  let qSize = 0;
  const enqueue = (v: number) => {
    if (inQueue[v] === 1) return;
    inQueue[v] = 1;
    queue[(qHead + qSize) % n] = v;
    qSize += 1;
  };
  const dequeue = (): number => {
    const v = queue[qHead]!;
    qHead = (qHead + 1) % n;
    qSize -= 1;
    inQueue[v] = 0;
    return v;
  };

  /**
   * Exact distances (in residual edges) to `target`, by breadth-first search backwards; nodes that
   * cannot reach it get `unreachable`. `skip` is a node the search must not pass (phase 2: the sink).
   */
  const bfsHeights = (target: number, unreachable: number, skip: number) => {
    height.fill(unreachable);
    height[target] = 0;
    const order = new Int32Array(n);
    let h = 0;
    let t = 0;
    order[t++] = target;
    while (h < t) {
      const v = order[h++]!;
      for (let e = first[v]!; e < first[v + 1]!; e++) {
        const u = edgeHead[e]!; // edge v→u exists; its mate u→v has residual[mate]
        if (u === skip || height[u] !== unreachable || residual[mate[e]!]! <= eps) continue;
        height[u] = height[v]! + 1;
        order[t++] = u;
      }
    }
    countAt.fill(0);
    for (let v = 0; v < n; v++) if (height[v]! < countAt.length) countAt[height[v]!]! += 1;
    current.set(first.subarray(0, n));
  };

  const run = (target: number, start: number, limit: number, skip: number) => {
    // `limit`: nodes at this height or above are inactive (cannot reach `target`).
    let work = 0;
    const relabelEvery = 6 * n + m;
    bfsHeights(target, limit, skip);
    height[start] = limit;
    for (let v = 0; v < n; v++) if (v !== start && v !== target && v !== skip && excess[v]! > eps && height[v]! < limit) enqueue(v);
    while (qSize > 0) {
      const u = dequeue();
      if (height[u]! >= limit) continue;
      // Discharge u.
      while (excess[u]! > eps) {
        if (current[u] === first[u + 1]) {
          // Relabel.
          let best = 2 * limit;
          for (let e = first[u]!; e < first[u + 1]!; e++) {
            const v = edgeHead[e]!;
            if (residual[e]! > eps && v !== skip && height[v]! + 1 < best) best = height[v]! + 1;
          }
          const old = height[u]!;
          countAt[old]! -= 1;
          height[u] = Math.min(best, limit);
          if (height[u]! < limit) countAt[height[u]!]! += 1;
          current[u] = first[u]!;
          work += 12 + (first[u + 1]! - first[u]!);
          if (countAt[old] === 0 && old < limit) {
            // Gap: nothing left at this height, so nodes above it cannot reach the target.
            for (let v = 0; v < n; v++) {
              if (height[v]! > old && height[v]! < limit) {
                countAt[height[v]!]! -= 1;
                height[v] = limit;
              }
            }
          }
          if (height[u]! >= limit) break;
          continue;
        }
        const e = current[u]!;
        const v = edgeHead[e]!;
        if (residual[e]! > eps && v !== skip && height[u] === height[v]! + 1) {
          const delta = Math.min(excess[u]!, residual[e]!);
          residual[e]! -= delta;
          residual[mate[e]!]! += delta;
          excess[u]! -= delta;
          excess[v]! += delta;
          if (v !== target && v !== start && excess[v]! > eps) enqueue(v);
        } else {
          current[u]! += 1;
        }
      }
      if (work > relabelEvery) {
        work = 0;
        bfsHeights(target, limit, skip);
        height[start] = limit;
      }
    }
  };

  // Phase 1: saturate the source's arcs, then push towards the sink.
  for (let e = first[source]!; e < first[source + 1]!; e++) {
    const delta = residual[e]!;
    if (delta <= 0) continue;
    residual[e] = 0;
    residual[mate[e]!]! += delta;
    excess[edgeHead[e]!]! += delta;
    excess[source]! -= delta;
  }
  run(sink, source, n, -1);
  const value = excess[sink]!;

  // Phase 2: return stranded excess to the source (never through the sink).
  let stranded = false;
  for (let v = 0; v < n; v++) if (v !== source && v !== sink && excess[v]! > eps) stranded = true;
  if (stranded) run(source, sink, n, sink);

  // Minimum cut: nodes reachable from the source in the residual graph of the final flow.
  const sourceSide = new Uint8Array(n);
  {
    const stack = [source];
    sourceSide[source] = 1;
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let e = first[u]!; e < first[u + 1]!; e++) {
        const v = edgeHead[e]!;
        if (sourceSide[v] === 0 && residual[e]! > eps) {
          sourceSide[v] = 1;
          stack.push(v);
        }
      }
    }
  }

  const arcFlow = new Float64Array(m);
  for (let e = 0; e < 2 * m; e++) {
    const arc = edgeArc[e]!;
    if (arc >= 0) arcFlow[arc] = Math.max(0, capacity[arc]! - residual[e]!);
  }
  return { value, arcFlow, sourceSide };
}
