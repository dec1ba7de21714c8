import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../src/index.js';
import { type TinyLink, type TinyNode, tinyNetwork } from '../helpers/tiny-network.js';

const legsOf = (route: { legs: readonly { linkId: string }[] }) => route.legs.map((l) => l.linkId);

/**
 * `stages` stages in series between s0 … sN: each offers two legs through a middle node (a + b) and a
 * direct leg of `direct` (nearly equal).
 */
function stagedNetwork(stages: readonly { a: number; b: number; direct: number }[]) {
  const nodes: TinyNode[] = [];
  const links: TinyLink[] = [];
  stages.forEach((stage, i) => {
    nodes.push({ id: `s${i}`, country: 'KZ' }, { id: `m${i}`, country: 'KZ' });
    links.push(
      { id: `st${String(i).padStart(3, '0')}-a`, from: `s${i}`, to: `m${i}`, lengthKm: stage.a, direction: 'forward' },
      { id: `st${String(i).padStart(3, '0')}-b`, from: `m${i}`, to: `s${i + 1}`, lengthKm: stage.b, direction: 'forward' },
      { id: `st${String(i).padStart(3, '0')}-direct`, from: `s${i}`, to: `s${i + 1}`, lengthKm: stage.direct, direction: 'forward' },
    );
  });
  nodes.push({ id: `s${stages.length}`, country: 'KZ' });
  return tinyNetwork(nodes, links);
}

describe('the tie rule against near-equal costs', () => {
  it('ranks the true shortest first when near-equal steps would otherwise add up (5 + 5 against 10.000000009, twice)', () => {
    const network = stagedNetwork([
      { a: 5, b: 5, direct: 10.000000009 },
      { a: 5, b: 5, direct: 10.000000009 },
    ]);
    const { routes } = findRoutes(network, 's0', 's2', { k: 4 });
    expect(routes.map((r) => r.cost)).toEqual([20, 20.000000009, 20.000000009, 20.000000018]);
    expect(legsOf(routes[0]!)).toEqual(['st000-a', 'st000-b', 'st001-a', 'st001-b']);
  });

  it('keeps the cheapest choice at every one of many near-tie stages, and fewer legs at exact ties', () => {
    const stage = fc.record({
      a: fc.integer({ min: 1, max: 9 }),
      b: fc.integer({ min: 1, max: 9 }),
      // the direct leg costs the same (an exact tie), or more or less by 1e-10 to 1e-9 relative
      nudge: fc.oneof(fc.constant(0), fc.double({ min: 1e-10, max: 1e-9, noNaN: true }), fc.double({ min: -1e-9, max: -1e-10, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(stage, { minLength: 1, maxLength: 40 }), (list) => {
        const stages = list.map((s) => ({ a: s.a, b: s.b, direct: (s.a + s.b) * (1 + s.nudge) }));
        const [route] = findRoutes(stagedNetwork(stages), 's0', `s${stages.length}`).routes;
        const expected = list.flatMap((s, i) => {
          const id = `st${String(i).padStart(3, '0')}`;
          return s.nudge < 0 || s.nudge === 0 ? [`${id}-direct`] : [`${id}-a`, `${id}-b`];
        });
        expect(legsOf(route!)).toEqual(expected);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});

describe('k shortest routes at scale (regressions of quadratic work)', () => {
  it('finds the second route of a 100,000-node chain without re-blocking the root path per spur', () => {
    const n = 100_000;
    const nodes: TinyNode[] = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, country: 'KZ', lonLat: [(i % 1000) * 0.001, Math.floor(i / 1000) * 0.001] as [number, number] }));
    const links: TinyLink[] = Array.from({ length: n - 1 }, (_, i) => ({ id: `l${String(i).padStart(6, '0')}`, from: `c${i}`, to: `c${i + 1}`, lengthKm: 1 }));
    links.push({ id: 'parallel-end', from: `c${n - 2}`, to: `c${n - 1}`, lengthKm: 2 });
    const { routes } = findRoutes(tinyNetwork(nodes, links), 'c0', `c${n - 1}`, { k: 2 });
    expect(routes.map((r) => [r.legs.length, r.cost])).toEqual([
      [n - 1, n - 1],
      [n - 1, n],
    ]);
    expect(routes[1]!.linkIds[n - 2]).toBe('parallel-end');
  });

  it('lists 10,000 routes across an 8 × 8 grid, in order and all distinct', () => {
    const side = 8;
    const id = (x: number, y: number) => `g${x}-${y}`;
    const nodes: TinyNode[] = [];
    const links: TinyLink[] = [];
    for (let x = 0; x < side; x++) {
      for (let y = 0; y < side; y++) {
        nodes.push({ id: id(x, y), country: 'KZ' });
        if (x + 1 < side) links.push({ id: `h${x}-${y}`, from: id(x, y), to: id(x + 1, y), lengthKm: 1 + ((x * 7 + y * 3) % 5) });
        if (y + 1 < side) links.push({ id: `v${x}-${y}`, from: id(x, y), to: id(x, y + 1), lengthKm: 1 + ((x * 3 + y * 5) % 4) });
      }
    }
    const { routes } = findRoutes(tinyNetwork(nodes, links), id(0, 0), id(side - 1, side - 1), { k: 10_000 });
    expect(routes).toHaveLength(10_000);
    for (let i = 1; i < routes.length; i++) expect(routes[i]!.cost).toBeGreaterThanOrEqual(routes[i - 1]!.cost);
    expect(new Set(routes.map((r) => r.linkIds.join(','))).size).toBe(10_000);
    for (const r of routes) expect(new Set(r.nodeIds).size).toBe(r.nodeIds.length);
  });
});
