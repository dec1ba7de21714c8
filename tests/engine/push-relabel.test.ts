import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxFlowPushRelabel } from '../../src/engine/push-relabel.js';
import { edmondsKarp } from '../helpers/edmonds-karp.js';

/**
 * The flow engine against an independent oracle: Edmonds–Karp (tests/helpers/edmonds-karp.ts, on a
 * dense matrix of summed capacities, no code shared with the engine). Random small directed multigraphs: parallel arcs, zero capacities, arcs both ways
 * (some declared as reverse pairs, sharing residual edges in the engine), self-loops, isolated nodes.
 */
interface Arc {
  from: number;
  to: number;
  capacity: number;
}

const graph = (capacity: fc.Arbitrary<number>) =>
  fc.integer({ min: 2, max: 9 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      arcs: fc.array(
        fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), capacity: fc.oneof(capacity, fc.constant(0)), both: fc.boolean(), back: fc.oneof(capacity, fc.constant(0)) }),
        { maxLength: 24 },
      ),
      source: fc.nat(n - 1),
      sink: fc.nat(n - 1),
      pairReverses: fc.boolean(),
    }),
  );

function problemOf(c: { n: number; arcs: { from: number; to: number; capacity: number; both: boolean; back: number }[]; source: number; sink: number; pairReverses: boolean }) {
  const arcs: Arc[] = [];
  const reverse: number[] = [];
  for (const a of c.arcs) {
    arcs.push({ from: a.from, to: a.to, capacity: a.capacity });
    reverse.push(-1);
    if (a.both) {
      // Its reverse, next to it: a two-way link with a capacity per direction.
      arcs.push({ from: a.to, to: a.from, capacity: a.back });
      reverse.push(-1);
      if (c.pairReverses) {
        reverse[arcs.length - 2] = arcs.length - 1;
        reverse[arcs.length - 1] = arcs.length - 2;
      }
    }
  }
  return {
    arcs,
    problem: {
      nodeCount: c.n,
      tail: Int32Array.from(arcs, (a) => a.from),
      head: Int32Array.from(arcs, (a) => a.to),
      capacity: Float64Array.from(arcs, (a) => a.capacity),
      reverseArc: Int32Array.from(reverse),
      source: c.source,
      sink: c.sink,
    },
  };
}

/** Checks the engine's answer against the oracle: value, a valid acyclic flow, the cut closest to the source. */
function checkAgainstOracle(c: Parameters<typeof problemOf>[0], precision: number) {
  if (c.source === c.sink) return;
  const { arcs, problem } = problemOf(c);
  const solution = maxFlowPushRelabel(problem);
  const oracle = edmondsKarp(c.n, arcs, c.source, c.sink);
  const tol = 10 ** -precision;
  expect(solution.value).toBeCloseTo(oracle.value, precision);
  expect([...solution.sourceSide]).toEqual(oracle.sourceSide);
  const balance = new Array<number>(c.n).fill(0);
  for (let i = 0; i < arcs.length; i++) {
    const f = solution.arcFlow[i]!;
    expect(f).toBeGreaterThanOrEqual(0);
    expect(f).toBeLessThanOrEqual(arcs[i]!.capacity + tol);
    balance[arcs[i]!.from]! -= f;
    balance[arcs[i]!.to]! += f;
  }
  for (let v = 0; v < c.n; v++) {
    const expected = v === c.source ? -oracle.value : v === c.sink ? oracle.value : 0;
    expect(balance[v]!).toBeCloseTo(expected, precision);
  }
  // The cut's capacity equals the value.
  let cut = 0;
  for (const a of arcs) if (solution.sourceSide[a.from] === 1 && solution.sourceSide[a.to] === 0) cut += a.capacity;
  expect(cut).toBeCloseTo(oracle.value, precision);
  // No flow cycle (phase 2 cancels them): the arcs with flow between nodes form a DAG.
  const out = Array.from({ length: c.n }, () => [] as number[]);
  arcs.forEach((a, i) => {
    if (solution.arcFlow[i]! > 0 && a.from !== a.to) out[a.from]!.push(a.to);
  });
  const state = new Array<number>(c.n).fill(0);
  const acyclicFrom = (u: number): boolean => {
    state[u] = 1;
    for (const v of out[u]!) if (state[v] === 1 || (state[v] === 0 && !acyclicFrom(v))) return false;
    state[u] = 2;
    return true;
  };
  for (let v = 0; v < c.n; v++) if (state[v] === 0) expect(acyclicFrom(v)).toBe(true);
}

describe('maxFlowPushRelabel', () => {
  it('equals Edmonds–Karp on random multigraphs with integer capacities (value, flow, closest minimum cut)', () => {
    fc.assert(fc.property(graph(fc.integer({ min: 1, max: 20 })), (c) => checkAgainstOracle(c, 9)), { numRuns: 2000, seed: 7 });
  });

  it('equals Edmonds–Karp with decimal capacities', () => {
    fc.assert(fc.property(graph(fc.integer({ min: 1, max: 999 }).map((k) => k / 100)), (c) => checkAgainstOracle(c, 9)), { numRuns: 1000, seed: 8 });
  });

  it('equals Edmonds–Karp with huge capacities beside small ones (super-source arcs)', () => {
    fc.assert(fc.property(graph(fc.constantFrom(1, 3, 1e9, 2e12)), (c) => checkAgainstOracle(c, 3)), { numRuns: 1000, seed: 9 });
  });

  it('returns no flow and the source alone when the sink cannot be reached', () => {
    const solution = maxFlowPushRelabel({
      nodeCount: 3,
      tail: Int32Array.of(0, 2),
      head: Int32Array.of(1, 1),
      capacity: Float64Array.of(5, 5),
      source: 0,
      sink: 2,
    });
    expect(solution.value).toBe(0);
    expect([...solution.arcFlow]).toEqual([0, 0]);
    expect([...solution.sourceSide]).toEqual([1, 1, 0]);
  });
});
