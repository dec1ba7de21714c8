import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutes, InvalidOptionError, transitDependency } from '../../src/index.js';
import { allTimedPaths } from '../helpers/brute-force-transfers.js';
import { type TinyLink, type TinyNode, tinyNetwork } from '../helpers/tiny-network.js';

const CONTAINERS = ['containers'];
const gaugeChange = (hours: number, extra: Record<string, unknown> = {}) => ({
  trigger: 'gauge-change', activity: 'reloading between gauges', commodities: CONTAINERS, hours, basis: 'published', note: 'test', ...extra,
});
const modeChange = (hours: number, extra: Record<string, unknown> = {}) => ({
  trigger: 'mode-change', activity: 'train to ship', commodities: CONTAINERS, hours, basis: 'published', note: 'test', ...extra,
});
const passage = (hours: number) => ({ trigger: 'passage', activity: 'customs', commodities: CONTAINERS, hours, basis: 'published', note: 'test' });

/**
 * A border and a port: A —rail 1,435 mm, 10 h— B (gauge change 5 h, customs 2 h) —rail 1,520 mm,
 * 10 h— C (train to ship 30 h) —sea, 20 h— D; and an all-rail detour A —E— D of 60 h moving time.
 * By moving time the corridor wins (40 h against 60 h); counting dwell it takes 77 h, so the detour
 * wins.
 */
function corridor(dwellAtC: Record<string, unknown>[] = [modeChange(30)]) {
  const nodes: TinyNode[] = [
    { id: 'a', country: 'CN' },
    { id: 'b', country: 'KZ', dwell: [gaugeChange(5, { minHours: 1, maxHours: 9 }), passage(2)] },
    { id: 'c', country: 'KZ', ...(dwellAtC.length > 0 ? { dwell: dwellAtC } : {}) },
    { id: 'd', country: 'AZ' },
    { id: 'e', country: 'KZ' },
  ];
  const links: TinyLink[] = [
    { id: 'ab', from: 'a', to: 'b', lengthKm: 100, commodities: CONTAINERS, transitTimeHours: 10, gaugeMm: 1435 },
    { id: 'bc', from: 'b', to: 'c', lengthKm: 100, commodities: CONTAINERS, transitTimeHours: 10, gaugeMm: 1520 },
    { id: 'cd', from: 'c', to: 'd', lengthKm: 100, mode: 'sea', commodities: CONTAINERS, transitTimeHours: 20 },
    { id: 'ae', from: 'a', to: 'e', lengthKm: 300, commodities: CONTAINERS, transitTimeHours: 30, gaugeMm: 1435 },
    { id: 'ed', from: 'e', to: 'd', lengthKm: 300, commodities: CONTAINERS, transitTimeHours: 30, gaugeMm: 1435 },
  ];
  return { nodes, links, network: tinyNetwork(nodes, links) };
}

describe('route times with dwell at the nodes', () => {
  it('reports moving time, dwell, stops and transfers on every route, whatever the weight', () => {
    const { network } = corridor();
    const [route] = findRoutes(network, 'a', 'd', { commodity: 'containers' }).routes; // by length
    expect(route!.linkIds).toEqual(['ab', 'bc', 'cd']);
    expect(route!.movingHours).toBe(40);
    expect(route!.dwellHours).toBe(37);
    expect(route!.transitTimeHours).toBe(77);
    expect(route!.transfers).toBe(2);
    expect(route!.stops).toEqual([
      {
        nodeId: 'b', fromMode: 'rail', toMode: 'rail', modeChange: false, gaugeChange: true, fromGaugeMm: 1435, toGaugeMm: 1520, dwellHours: 7,
        dwell: [
          { trigger: 'gauge-change', activity: 'reloading between gauges', hours: 5, assumed: false },
          { trigger: 'passage', activity: 'customs', hours: 2, assumed: false },
        ],
      },
      {
        nodeId: 'c', fromMode: 'rail', toMode: 'sea', modeChange: true, gaugeChange: false, fromGaugeMm: 1520, toGaugeMm: null, dwellHours: 30,
        dwell: [{ trigger: 'mode-change', activity: 'train to ship', hours: 30, assumed: false }],
      },
    ]);
    expect(route!.countries).toEqual(['CN', 'KZ', 'AZ']);
    expect(route!.borderCrossings).toBe(2);
  });

  it('minimises moving time plus dwell with weight transitTimeHours, and moving time alone with movingHours', () => {
    const { network } = corridor();
    const byTime = findRoutes(network, 'a', 'd', { commodity: 'containers', weight: 'transitTimeHours', k: 2 });
    expect(byTime.routes.map((r) => [r.linkIds, r.cost])).toEqual([
      [['ae', 'ed'], 60],
      [['ab', 'bc', 'cd'], 77],
    ]);
    const byMoving = findRoutes(network, 'a', 'd', { commodity: 'containers', weight: 'movingHours', k: 2 });
    expect(byMoving.routes.map((r) => [r.linkIds, r.cost])).toEqual([
      [['ab', 'bc', 'cd'], 40],
      [['ae', 'ed'], 60],
    ]);
  });

  it('charges the median of the network’s own entries for a transfer without data, lists where, and takes an explicit default', () => {
    const { network } = corridor([]); // no entry for the change of mode at c
    const result = findRoutes(network, 'a', 'd', { commodity: 'containers', k: 1 });
    const stop = result.routes[0]!.stops.find((s) => s.nodeId === 'c')!;
    // The network has no mode-change entry at all: the default is 0 h, and it is still listed.
    expect(stop.dwell).toEqual([{ trigger: 'mode-change', activity: 'change of mode (rail to sea) without dwell data: default assumed', hours: 0, assumed: true }]);
    expect(result.dwellAssumedAt).toEqual(['c']);
    const explicit = findRoutes(network, 'a', 'd', { commodity: 'containers', defaultDwellHours: { modeChange: 48 } });
    expect(explicit.routes[0]!.stops.find((s) => s.nodeId === 'c')!.dwellHours).toBe(48);
    expect(explicit.routes[0]!.transitTimeHours).toBe(40 + 7 + 48);
    // With two sourced mode-change entries elsewhere (10 h and 30 h), the default is their median.
    const { nodes, links } = corridor([]);
    nodes.push({ id: 'p', country: 'GE', dwell: [modeChange(10)] }, { id: 'q', country: 'GE', dwell: [modeChange(30)] });
    links.push(
      { id: 'dp', from: 'd', to: 'p', lengthKm: 10, commodities: CONTAINERS, transitTimeHours: 1 },
      { id: 'pq', from: 'p', to: 'q', lengthKm: 10, mode: 'sea', commodities: CONTAINERS, transitTimeHours: 1 },
      { id: 'dq', from: 'd', to: 'q', lengthKm: 10, commodities: CONTAINERS, transitTimeHours: 1 },
    );
    const withMedian = findRoutes(tinyNetwork(nodes, links), 'a', 'd', { commodity: 'containers' });
    expect(withMedian.routes[0]!.stops.find((s) => s.nodeId === 'c')!.dwellHours).toBe(20);
  });

  it('rejects an invalid defaultDwellHours, naming it', () => {
    const { network } = corridor();
    expect(() => findRoutes(network, 'a', 'd', { defaultDwellHours: { modeChange: -1 } })).toThrow(InvalidOptionError);
    expect(() => findRoutes(network, 'a', 'd', { defaultDwellHours: { modechange: 3 } as never })).toThrow(/defaultDwellHours\.modechange/);
  });

  it('keeps avoidModes as a constraint (no sea legs) and explains when nothing is left', () => {
    const { network } = corridor();
    expect(findRoutes(network, 'a', 'd', { avoidModes: ['sea'], commodity: 'containers' }).routes[0]!.linkIds).toEqual(['ae', 'ed']);
    expect(() => findRoutes(network, 'a', 'd', { modes: ['sea'], avoidModes: ['sea'] })).toThrow(/avoidModes/);
  });

  it('finds the best loopless route when the cheapest walk would pass a node twice to change gauge elsewhere', () => {
    // o —1,435— v —1,520— t, with a 100 h gauge change at v; w next to v has a 1 h gauge change and two
    // parallel links to v (1,435 and 1,520): the cheapest walk goes o-v-w-v-t (5 h) and is not a route.
    const nodes: TinyNode[] = [
      { id: 'o', country: 'KZ' },
      { id: 't', country: 'KZ' },
      { id: 'v', country: 'KZ', dwell: [gaugeChange(100)] },
      { id: 'w', country: 'KZ', dwell: [gaugeChange(1)] },
    ];
    const links: TinyLink[] = [
      { id: 'ov', from: 'o', to: 'v', lengthKm: 1, commodities: CONTAINERS, transitTimeHours: 1, gaugeMm: 1435 },
      { id: 'vt', from: 'v', to: 't', lengthKm: 1, commodities: CONTAINERS, transitTimeHours: 1, gaugeMm: 1520 },
      { id: 'vw-narrow', from: 'v', to: 'w', lengthKm: 1, commodities: CONTAINERS, transitTimeHours: 1, gaugeMm: 1435 },
      { id: 'vw-broad', from: 'v', to: 'w', lengthKm: 1, commodities: CONTAINERS, transitTimeHours: 1, gaugeMm: 1520 },
    ];
    const result = findRoutes(tinyNetwork(nodes, links), 'o', 't', { commodity: 'containers', weight: 'transitTimeHours', k: 3 });
    expect(result.routes.map((r) => [r.nodeIds, r.transitTimeHours])).toEqual([[['o', 'v', 't'], 102]]);
  });

  it('equals an exhaustive enumeration with its own reading of the dwell rules, on random networks', () => {
    const modes = ['rail', 'rail', 'sea'] as const;
    const arbitrary = fc
      .integer({ min: 2, max: 6 })
      .chain((n) => {
        const ids = Array.from({ length: n }, (_, i) => `n${i}`);
        const node = fc.constantFrom(...ids);
        const dwell = fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 20 }).map((h) => gaugeChange(h)),
            fc.integer({ min: 0, max: 20 }).map((h) => modeChange(h)),
            fc.integer({ min: 0, max: 20 }).map((h) => modeChange(h, { modes: ['rail', 'sea'] })),
            fc.integer({ min: 0, max: 5 }).map((h) => passage(h)),
          ),
          { maxLength: 3 },
        );
        return fc.record({
          dwell: fc.array(dwell, { minLength: n, maxLength: n }),
          links: fc.array(
            fc.record({
              from: node,
              to: node,
              mode: fc.constantFrom(...modes),
              gauge: fc.constantFrom(1435, 1520, undefined),
              hours: fc.integer({ min: 1, max: 9 }),
              direction: fc.constantFrom('forward' as const, 'both' as const),
            }).filter((l) => l.from !== l.to),
            { minLength: 1, maxLength: 12 },
          ),
          origin: node,
          destination: node,
          k: fc.integer({ min: 1, max: 6 }),
        }).map((c) => ({
          nodes: ids.map((id, i) => ({ id, country: 'KZ', ...(c.dwell[i]!.length > 0 ? { dwell: c.dwell[i]! } : {}) })) as TinyNode[],
          links: c.links.map((l, i) => ({
            id: `l${String(i).padStart(2, '0')}`,
            from: l.from,
            to: l.to,
            lengthKm: 1,
            mode: l.mode,
            direction: l.direction,
            commodities: CONTAINERS,
            transitTimeHours: l.hours,
            ...(l.mode === 'rail' && l.gauge !== undefined ? { gaugeMm: l.gauge } : {}),
          })) as TinyLink[],
          origin: c.origin,
          destination: c.destination,
          k: c.k,
        }));
      });
    fc.assert(
      fc.property(arbitrary, (c) => {
        const expected = allTimedPaths(c.nodes, c.links, c.origin, c.destination, 'containers').slice(0, c.k);
        const network = tinyNetwork(c.nodes, c.links);
        const result = findRoutes(network, c.origin, c.destination, { commodity: 'containers', weight: 'transitTimeHours', k: c.k });
        const legs = result.routes.map((r) => r.legs.map((l) => (l.direction === 'forward' ? l.linkId : `${l.linkId}<`)));
        expect(legs).toEqual(expected.map((p) => p.legs));
        expect(result.routes.map((r) => r.cost)).toEqual(expected.map((p) => p.cost));
        expect(result.routes.map((r) => r.transitTimeHours)).toEqual(expected.map((p) => p.cost));
      }),
      { numRuns: 500, seed: 20261206 },
    );
  });

  it('keeps transit dependency exact with these costs: best route without each country by time', () => {
    const { nodes, links } = corridor();
    nodes.find((n) => n.id === 'e')!.country = 'RU';
    const dep = transitDependency(tinyNetwork(nodes, links), 'a', 'd', { commodity: 'containers', weight: 'transitTimeHours' });
    expect(dep.bestRoute!.linkIds).toEqual(['ae', 'ed']);
    const ru = dep.countries.find((c) => c.country === 'RU')!;
    expect(ru.bestRouteWithout!.linkIds).toEqual(['ab', 'bc', 'cd']);
    expect(ru.extraCost).toBe(17);
  });
});
