/**
 * A maximum-flow engine (internal): highest-label push–relabel with exact gap relabelling and
 * work-based global relabelling, as in Cherkassky and Goldberg's HIPR (B. V. Cherkassky and
 * A. V. Goldberg, "On implementing the push-relabel method for the maximum flow problem",
 * Algorithmica 19, 1997; the method is A. V. Goldberg and R. E. Tarjan, "A new approach to the
 * maximum-flow problem", J. ACM 35, 1988), on typed arrays.
 *
 * Written here because graphology's standard library has no flow algorithm. Why this algorithm: it
 * replaced FIFO push–relabel (whose gap heuristic scanned every node at each gap, and which left flow
 * cycles behind), and it is what HIPR and igraph's C core implement, so the benchmark compares like
 * with like (bench/README.md): highest-label selection with buckets, the gap heuristic over per-label
 * node lists (its cost proportional to the nodes lifted, not to the graph) and a global relabelling
 * after a fixed amount of relabelling work.
 *
 * Layout: each input arc and its reverse residual edge are a pair of edges in a CSR grouped by tail.
 * An arc that comes with its exact reverse (a link usable both ways) shares one pair of edges with
 * it, with residual capacities c(u→v) and c(v→u): half the edges, and opposite flows net out.
 *
 * Phase 1 computes a maximum preflow, whose value is the flow value; phase 2 turns it into a flow:
 * flow cycles are cancelled by depth-first search and the excess stranded at nodes that cannot
 * reach the sink goes back to the source along incoming flow, nodes taken in topological order of
 * the (now acyclic) flow (HIPR's second stage). The minimum cut is the set of nodes reachable from
 * the source in the final residual graph: the cut closest to the source.
 */

/** Input of {@link maxFlowPushRelabel}: a directed graph with capacities on arcs. */
export interface FlowProblem {
  /** Nodes are numbered 0 .. nodeCount − 1. */
  readonly nodeCount: number;
  /** Tail, head and capacity (≥ 0, finite, in any unit) of each arc. */
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly capacity: Float64Array;
  /**
   * Optional: for each arc, the index of an arc that is its exact reverse (tail and head swapped),
   * to share one pair of residual edges with it (each arc is paired at most once; −1 for none).
   * Pairs whose ends do not match are ignored. Flows of a pair are reported netted: at most one of
   * the two arcs carries flow.
   */
  readonly reverseArc?: Int32Array;
  readonly source: number;
  readonly sink: number;
  /** Residual capacities and excesses at or below this are zero (default: 10⁻¹⁵ × the largest capacity). */
  readonly tolerance?: number;
}

/** Output of {@link maxFlowPushRelabel}. */
export interface FlowSolution {
  /** Maximum flow value, in the capacities' unit. */
  readonly value: number;
  /** Flow on each input arc (0 ≤ flow ≤ capacity, conserved at every node but source and sink; no flow cycles). */
  readonly arcFlow: Float64Array;
  /** 1 for nodes reachable from the source in the final residual graph: the source side of the minimum cut closest to the source. */
  readonly sourceSide: Uint8Array;
}

/** Cost of a relabelling besides the arcs it scans (HIPR's BETA). */
const RELABEL_COST = 12;
/** A global relabelling after relabelling work of this many times n, plus m (HIPR: ALPHA = 6, frequency 0.5). */
const GLOBAL_RELABEL_NODES = 12;
const GLOBAL_RELABEL_ARCS = 2;

/**
 * Scratch memory of {@link maxFlowPushRelabel}, reusable from one solve to the next: typed arrays that
 * grow to the largest problem solved with it (about 24 bytes per edge and 60 per node) and are kept.
 *
 * Why: a solve needs tens of megabytes of scratch arrays at 10⁵ nodes; allocating them afresh each
 * time makes the garbage collector run full collections of the whole heap (the network included)
 * every solve or two, which cost more than the solve itself. Owners keep one workspace per network
 * (see `solveFlow`), so it lives and dies with the network. Not for concurrent use (solves are
 * synchronous, so one at a time is the only possibility).
 */
export class FlowWorkspace {
  private readonly int32: Int32Array[] = [];
  private readonly float64: Float64Array[] = [];
  private readonly uint8: Uint8Array[] = [];

  /** Array number `slot` of `length` 32-bit integers, contents left over from earlier solves. */
  int32Array(slot: number, length: number): Int32Array {
    let a = this.int32[slot];
    if (a === undefined || a.length < length) this.int32[slot] = a = new Int32Array(length);
    return a.subarray(0, length);
  }

  /** Array number `slot` of `length` doubles, contents left over from earlier solves. */
  float64Array(slot: number, length: number): Float64Array {
    let a = this.float64[slot];
    if (a === undefined || a.length < length) this.float64[slot] = a = new Float64Array(length);
    return a.subarray(0, length);
  }

  /** Array number `slot` of `length` bytes, contents left over from earlier solves. */
  uint8Array(slot: number, length: number): Uint8Array {
    let a = this.uint8[slot];
    if (a === undefined || a.length < length) this.uint8[slot] = a = new Uint8Array(length);
    return a.subarray(0, length);
  }
}

/**
 * Maximum flow from `source` to `sink`, a flow that achieves it and the minimum cut closest to the
 * source.
 *
 * Capacities are floating-point; residual capacities and excesses up to `problem.tolerance` (by
 * default `1e-15 ×` the largest capacity, about five times the precision of doubles there) are
 * treated as zero.
 *
 * @param problem - the graph, capacities, source and sink (see {@link FlowProblem}); not modified.
 * @param workspace - scratch memory to reuse (see {@link FlowWorkspace}); a fresh one by default.
 * @returns the value, the flow per arc and the source side of the cut (see {@link FlowSolution}),
 *   in new arrays. Time O(n²√m) in the worst case, near-linear on sparse graphs in practice; memory
 *   O(n + m).
 */
export function maxFlowPushRelabel(problem: FlowProblem, workspace: FlowWorkspace = new FlowWorkspace()): FlowSolution {
  const { nodeCount: n, capacity, source, sink } = problem;
  const m = capacity.length;
  let maxCapacity = 0;
  for (let i = 0; i < m; i++) if (capacity[i]! > maxCapacity) maxCapacity = capacity[i]!;
  const eps = problem.tolerance ?? maxCapacity * 1e-15;
  const g = residualGraph(problem, workspace);
  const excess = workspace.float64Array(2, n).fill(0);
  let value = 0;
  if (source !== sink) {
    value = maximumPreflow(g, workspace, excess, source, sink, eps);
    preflowToFlow(g, workspace, excess, source, sink);
  }
  const sourceSide = reachableFrom(g, workspace, source, eps);
  const arcFlow = new Float64Array(m);
  const { arcEdge, residual, cap0 } = g;
  for (let i = 0; i < m; i++) {
    const e = arcEdge[i]!;
    const f = cap0[e]! - residual[e]!;
    arcFlow[i] = f > 0 ? Math.min(f, capacity[i]!) : 0;
  }
  return { value, arcFlow, sourceSide };
}

// The steps below are separate functions, each with its hot loop and its arrays in local constants,
// so that V8 optimises each on its own as soon as it runs hot (one large function with closures was
// deoptimised repeatedly on entering code that had not run yet, and read its arrays from contexts).

/**
 * The residual graph: each input arc i is edge `arcEdge[i]` (direction tail → head) and its mate
 * (head → tail), the edges grouped by tail node (`first[v] .. first[v + 1]`); a paired arc j (the
 * exact reverse of i) is that mate. `cap0` is each edge's initial residual capacity: the flow along
 * edge e is `cap0[e] − residual[e]` when positive.
 */
interface ResidualGraph {
  readonly n: number;
  readonly edgeCount: number;
  readonly first: Int32Array;
  readonly edgeHead: Int32Array;
  readonly mate: Int32Array;
  readonly residual: Float64Array;
  readonly cap0: Float64Array;
  readonly arcEdge: Int32Array;
}

function residualGraph(problem: FlowProblem, workspace: FlowWorkspace): ResidualGraph {
  const { nodeCount: n, tail, head, capacity, reverseArc } = problem;
  const m = tail.length;
  const arcEdge = workspace.int32Array(0, m);
  const paired = workspace.uint8Array(0, m).fill(0); // 1: the second arc of a pair (its edges are its partner's)
  let pairs = 0;
  if (reverseArc !== undefined) {
    for (let i = 0; i < m; i++) {
      const j = reverseArc[i]!;
      if (j > i && j < m && paired[i] === 0 && paired[j] === 0 && tail[j] === head[i] && head[j] === tail[i]) {
        paired[j] = 1;
        arcEdge[j] = i; // its partner, until the partner's edges are placed
        pairs += 1;
      }
    }
  }
  const edgeCount = 2 * (m - pairs);
  const first = workspace.int32Array(1, n + 1).fill(0);
  for (let i = 0; i < m; i++) {
    if (paired[i] === 1) continue;
    first[tail[i]! + 1]! += 1;
    first[head[i]! + 1]! += 1;
  }
  for (let v = 0; v < n; v++) first[v + 1]! += first[v]!;
  const fill = workspace.int32Array(2, n);
  fill.set(first.subarray(0, n));
  const edgeHead = workspace.int32Array(3, edgeCount);
  const mate = workspace.int32Array(4, edgeCount);
  const residual = workspace.float64Array(0, edgeCount);
  for (let i = 0; i < m; i++) {
    if (paired[i] === 1) continue;
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
    arcEdge[i] = a;
  }
  if (pairs > 0) {
    for (let j = 0; j < m; j++) {
      if (paired[j] === 0) continue;
      const b = mate[arcEdge[arcEdge[j]!]!]!;
      arcEdge[j] = b;
      residual[b] = capacity[j]!;
    }
  }
  const cap0 = workspace.float64Array(1, edgeCount);
  cap0.set(residual);
  return { n, edgeCount, first, edgeHead, mate, residual, cap0, arcEdge };
}

// Workspace slots of the node arrays (5 and up; 0–4 hold the residual graph).
const LABEL = 5;
const CURRENT = 6;
const BUCKET_FIRST = 7;
const BUCKET_NEXT = 8;
const BUCKET_PREV = 9;
const ACTIVE_FIRST = 10;
const ACTIVE_NEXT = 11;
const QUEUE = 12;

/**
 * Phase 1: a maximum preflow from `source` to `sink`; returns its value (the excess at the sink).
 *
 * Labels are lower bounds on the residual distance to the sink; n means "cannot reach it" (and is
 * the source's label). Nodes with labels below n are kept in per-label doubly linked lists (for the
 * gap heuristic), the active ones (excess > eps) also in per-label stacks; the active node with the
 * highest label is discharged first.
 */
function maximumPreflow(g: ResidualGraph, workspace: FlowWorkspace, excess: Float64Array, source: number, sink: number, eps: number): number {
  const { n, first, edgeHead, mate, residual } = g;
  const label = workspace.int32Array(LABEL, n);
  const current = workspace.int32Array(CURRENT, n);
  const bucketFirst = workspace.int32Array(BUCKET_FIRST, n);
  const bucketNext = workspace.int32Array(BUCKET_NEXT, n);
  const bucketPrev = workspace.int32Array(BUCKET_PREV, n);
  const activeFirst = workspace.int32Array(ACTIVE_FIRST, n);
  const activeNext = workspace.int32Array(ACTIVE_NEXT, n);
  const highest = new Int32Array(2); // [highest active label, highest label in use], from globalRelabel

  // Saturate the source's edges.
  label[source] = n;
  for (let e = first[source]!, end = first[source + 1]!; e < end; e++) {
    const delta = residual[e]!;
    if (delta <= 0) continue;
    const v = edgeHead[e]!;
    residual[e] = 0;
    residual[mate[e]!]! += delta;
    excess[v]! += delta;
    excess[source]! -= delta;
  }
  let maxLabel = n - 1; // no node below n above this label (an upper bound); all lists cleared first
  globalRelabel(g, workspace, excess, source, sink, eps, maxLabel, highest);
  let maxActive = highest[0]!; // no active node above this label
  maxLabel = highest[1]!;

  const relabelLimit = GLOBAL_RELABEL_NODES * n + GLOBAL_RELABEL_ARCS * g.edgeCount;
  let work = 0;
  while (maxActive >= 0) {
    const u = activeFirst[maxActive]!;
    if (u < 0) {
      maxActive -= 1;
      continue;
    }
    activeFirst[maxActive] = activeNext[u]!;
    // Discharge u: push along admissible edges (label one lower), relabel when none is left.
    let d = maxActive;
    for (;;) {
      const end = first[u + 1]!;
      let e = current[u]!;
      let ex = excess[u]!;
      for (; e < end; e++) {
        const r = residual[e]!;
        if (r <= eps) continue;
        const v = edgeHead[e]!;
        if (label[v] !== d - 1) continue;
        const delta = ex < r ? ex : r;
        if (excess[v]! <= eps && v !== sink) {
          activeNext[v] = activeFirst[d - 1]!;
          activeFirst[d - 1] = v;
        }
        residual[e] = r - delta;
        residual[mate[e]!]! += delta;
        excess[v]! += delta;
        ex -= delta;
        if (ex <= eps) break;
      }
      excess[u] = ex;
      if (e < end) {
        current[u] = e;
        break;
      }
      // Relabel. Take u out of its label's list; if it was alone there, the gap heuristic lifts
      // every node above it to n (none of them is active: u has the highest active label).
      work += RELABEL_COST + end - first[u]!;
      const next = bucketNext[u]!;
      const prev = bucketPrev[u]!;
      if (prev >= 0) bucketNext[prev] = next;
      else bucketFirst[d] = next;
      if (next >= 0) bucketPrev[next] = prev;
      if (bucketFirst[d]! < 0) {
        for (let k = d + 1; k <= maxLabel; k++) {
          for (let v = bucketFirst[k]!; v >= 0; v = bucketNext[v]!) label[v] = n;
          bucketFirst[k] = -1;
        }
        maxLabel = d - 1;
        label[u] = n;
        break;
      }
      let best = n;
      let bestEdge = end;
      for (let f = first[u]!; f < end; f++) {
        if (residual[f]! > eps) {
          const h = label[edgeHead[f]!]! + 1;
          if (h < best) {
            best = h;
            bestEdge = f;
          }
        }
      }
      label[u] = best;
      if (best >= n) break;
      current[u] = bestEdge;
      const head = bucketFirst[best]!;
      bucketNext[u] = head;
      bucketPrev[u] = -1;
      if (head >= 0) bucketPrev[head] = u;
      bucketFirst[best] = u;
      if (best > maxLabel) maxLabel = best;
      d = best;
      maxActive = best;
    }
    if (work > relabelLimit) {
      work = 0;
      globalRelabel(g, workspace, excess, source, sink, eps, maxLabel, highest);
      maxActive = highest[0]!;
      maxLabel = highest[1]!;
    }
  }
  return excess[sink]!;
}

/**
 * Exact labels by breadth-first search from the sink over reverse residual edges (nodes that cannot
 * reach it get n), and the label lists rebuilt; `highest` receives the highest active label and the
 * highest label in use. `maxLabel` bounds the labels of the lists to clear.
 */
function globalRelabel(g: ResidualGraph, workspace: FlowWorkspace, excess: Float64Array, source: number, sink: number, eps: number, maxLabel: number, highest: Int32Array): void {
  const { n, first, edgeHead, mate, residual } = g;
  const label = workspace.int32Array(LABEL, n);
  const current = workspace.int32Array(CURRENT, n);
  const bucketFirst = workspace.int32Array(BUCKET_FIRST, n);
  const bucketNext = workspace.int32Array(BUCKET_NEXT, n);
  const bucketPrev = workspace.int32Array(BUCKET_PREV, n);
  const activeFirst = workspace.int32Array(ACTIVE_FIRST, n);
  const activeNext = workspace.int32Array(ACTIVE_NEXT, n);
  const queue = workspace.int32Array(QUEUE, n);
  label.fill(n);
  bucketFirst.fill(-1, 0, maxLabel + 1);
  activeFirst.fill(-1, 0, maxLabel + 1);
  label[sink] = 0;
  queue[0] = sink;
  let qHead = 0;
  let qTail = 1;
  while (qHead < qTail) {
    const v = queue[qHead++]!;
    const d = label[v]! + 1;
    for (let e = first[v]!, end = first[v + 1]!; e < end; e++) {
      const u = edgeHead[e]!;
      if (label[u] === n && residual[mate[e]!]! > eps && u !== source) {
        label[u] = d;
        queue[qTail++] = u;
      }
    }
  }
  let maxActive = -1;
  for (let k = 0; k < qTail; k++) {
    const v = queue[k]!;
    const d = label[v]!;
    const head = bucketFirst[d]!;
    bucketNext[v] = head;
    bucketPrev[v] = -1;
    if (head >= 0) bucketPrev[head] = v;
    bucketFirst[d] = v;
    current[v] = first[v]!;
    if (excess[v]! > eps && v !== sink) {
      activeNext[v] = activeFirst[d]!;
      activeFirst[d] = v;
      if (d > maxActive) maxActive = d;
    }
  }
  highest[0] = maxActive;
  highest[1] = label[queue[qTail - 1]!]!;
}

/**
 * Phase 2: turns the maximum preflow into a flow of the same value. Flow cycles are cancelled
 * (depth-first search along edges with flow; each cycle found is cancelled by its smallest flow,
 * which becomes exactly zero), then every excess goes back towards the source along incoming flow,
 * nodes taken in depth-first finishing order: in an acyclic flow a node finishes before every node
 * that sends it flow, so excess only moves to nodes not yet taken. Neither the source nor the sink
 * is passed through. Flows only ever decrease here.
 */
function preflowToFlow(g: ResidualGraph, workspace: FlowWorkspace, excess: Float64Array, source: number, sink: number): void {
  const { n, first, edgeHead, mate, residual, cap0 } = g;
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const color = workspace.uint8Array(0, n).fill(WHITE);
  const current = workspace.int32Array(CURRENT, n);
  const stack = workspace.int32Array(BUCKET_NEXT, n);
  const stackPos = workspace.int32Array(BUCKET_PREV, n);
  const order = workspace.int32Array(ACTIVE_NEXT, n);
  let ordered = 0;
  color[source] = BLACK;
  color[sink] = BLACK;
  for (let root = 0; root < n; root++) {
    if (color[root] !== WHITE) continue;
    let top = 0;
    stack[top++] = root;
    stackPos[root] = 0;
    color[root] = GREY;
    current[root] = first[root]!;
    while (top > 0) {
      const u = stack[top - 1]!;
      const end = first[u + 1]!;
      let e = current[u]!;
      let descended = false;
      for (; e < end; e++) {
        const b = mate[e]!;
        if (!(residual[b]! > cap0[b]!)) continue; // no flow along e
        const v = edgeHead[e]!;
        const c = color[v]!;
        if (c === BLACK) continue;
        current[u] = e;
        if (c === WHITE) {
          color[v] = GREY;
          current[v] = first[v]!;
          stackPos[v] = top;
          stack[top++] = v;
          descended = true;
          break;
        }
        // A cycle: stack[stackPos[v]] … u, closed by e. Cancel its smallest flow.
        let delta = residual[b]! - cap0[b]!;
        for (let k = stackPos[v]!; k < top - 1; k++) {
          const f = mate[current[stack[k]!]!]!;
          const flow = residual[f]! - cap0[f]!;
          if (flow < delta) delta = flow;
        }
        let restart = -1; // the lowest stack position whose edge no longer carries flow
        for (let k = stackPos[v]!; k < top; k++) {
          const h = current[stack[k]!]!;
          const f = mate[h]!;
          const left = residual[f]! - cap0[f]! - delta;
          if (left > 0) {
            residual[f] = cap0[f]! + left;
            residual[h] = cap0[h]! - left;
          } else {
            residual[f] = cap0[f]!;
            residual[h] = cap0[h]!;
            if (restart < 0) restart = k;
          }
        }
        // Back up to the node whose edge ran dry; nodes above it are searched again later.
        while (top - 1 > restart) color[stack[--top]!] = WHITE;
        descended = true;
        break;
      }
      if (descended) continue;
      current[u] = end;
      top -= 1;
      color[u] = BLACK;
      order[ordered++] = u;
    }
  }
  for (let k = 0; k < ordered; k++) {
    const v = order[k]!;
    let ex = excess[v]!;
    if (!(ex > 0)) continue;
    for (let e = first[v]!, end = first[v + 1]!; e < end && ex > 0; e++) {
      // Edge e runs v → u; flow arrives along its mate u → v.
      const inflow = residual[e]! - cap0[e]!;
      if (!(inflow > 0)) continue;
      const u = edgeHead[e]!;
      if (u === sink) continue;
      const delta = ex < inflow ? ex : inflow;
      const b = mate[e]!;
      if (delta === inflow) {
        residual[e] = cap0[e]!;
        residual[b] = cap0[b]!;
      } else {
        residual[e]! -= delta;
        residual[b]! += delta;
      }
      excess[u]! += delta;
      ex -= delta;
    }
    excess[v] = ex;
  }
}

/** Nodes reachable from `source` along residual edges (above eps): the source side of the cut closest to it. */
function reachableFrom(g: ResidualGraph, workspace: FlowWorkspace, source: number, eps: number): Uint8Array {
  const { n, first, edgeHead, residual } = g;
  const seen = new Uint8Array(n);
  const stack = workspace.int32Array(QUEUE, n);
  let top = 0;
  stack[top++] = source;
  seen[source] = 1;
  while (top > 0) {
    const u = stack[--top]!;
    for (let e = first[u]!, end = first[u + 1]!; e < end; e++) {
      const v = edgeHead[e]!;
      if (seen[v] === 0 && residual[e]! > eps) {
        seen[v] = 1;
        stack[top++] = v;
      }
    }
  }
  return seen;
}
