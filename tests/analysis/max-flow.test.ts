import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidOptionError, maxFlow, parseNetwork, UnknownNodeError } from '../../src/index.js';
import { arbitraryNetwork } from '../helpers/arbitrary-network.js';
import { type TinyLink, type TinyNode, tinyDataset, tinyNetwork } from '../helpers/tiny-network.js';
import { edmondsKarp } from '../helpers/edmonds-karp.js';

const MT = 1e6;

/**
 * Hand-built (capacities in Mt/yr):
 *
 *   s --10--> a --4--> t
 *   s --5---> b --8--> t        a --15--> b      b ==?==> t (second link, capacity unknown)
 *
 * Max flow s→t with known capacities: the cut {a→t, b→t} = 4 + 8 = 12 Mt/yr. The unknown parallel
 * link b→t could raise it (s→b has 5 − 2 spare... b can receive up to 5 + 10 − 4 = 11), so the
 * result is incomplete and names it.
 */
const nodes: TinyNode[] = [
  { id: 's', country: 'KZ' },
  { id: 'a', country: 'KZ' },
  { id: 'b', country: 'AZ' },
  { id: 't', country: 'GE' },
];
const cap = (value: number) => ({ value, unit: 'Mt/yr' });
const links: TinyLink[] = [
  { id: 'sa', from: 's', to: 'a', lengthKm: 1, direction: 'forward', capacity: cap(10) },
  { id: 'sb', from: 's', to: 'b', lengthKm: 1, direction: 'forward', capacity: cap(5) },
  { id: 'ab', from: 'a', to: 'b', lengthKm: 1, direction: 'forward', capacity: cap(15) },
  { id: 'at', from: 'a', to: 't', lengthKm: 1, direction: 'forward', capacity: cap(4) },
  { id: 'bt', from: 'b', to: 't', lengthKm: 1, direction: 'forward', capacity: cap(8) },
  { id: 'bt-unknown', from: 'b', to: 't', lengthKm: 1, direction: 'forward' },
];
const network = tinyNetwork(nodes, links);
const options = { commodity: 'general-cargo' } as const;

describe('maxFlow', () => {
  it('computes the maximum flow and the minimum cut, in tonnes per year', () => {
    const flow = maxFlow(network, 's', 't', options);
    expect(flow.unit).toBe('t/yr');
    expect(flow.value).toBeCloseTo(12 * MT, 3);
    expect(flow.minCut).toEqual({ linkIds: ['at', 'bt'], nodeIds: [], capacity: 12 * MT });
    expect(flow.complete).toBe(false);
    expect(flow.unknownCapacityLinks).toEqual(['bt-unknown']);
    expect(flow.flowByLink['at']).toBeCloseTo(4 * MT, 3);
    expect(flow.flowByLink['bt']).toBeCloseTo(8 * MT, 3);
    expect(flow.flowByLink['bt-unknown']).toBeUndefined();
  });

  it('is complete when the unknown link cannot matter', () => {
    const flow = maxFlow(network, 's', 't', { ...options, closedLinks: ['sb', 'ab'] });
    expect(flow.value).toBeCloseTo(4 * MT, 3);
    expect(flow.complete).toBe(true);
    expect(flow.unknownCapacityLinks).toEqual([]);
  });

  it('counts parallel links separately and removes exactly the closed one', () => {
    const par = tinyNetwork(
      [{ id: 'x', country: 'KZ' }, { id: 'y', country: 'AZ' }],
      [
        { id: 'p1', from: 'x', to: 'y', lengthKm: 1, capacity: cap(3) },
        { id: 'p2', from: 'x', to: 'y', lengthKm: 1, capacity: cap(4) },
      ],
    );
    expect(maxFlow(par, 'x', 'y', options).value).toBeCloseTo(7 * MT, 3);
    expect(maxFlow(par, 'x', 'y', { ...options, closedLinks: ['p2'] }).value).toBeCloseTo(3 * MT, 3);
  });

  it('uses a two-way link in either direction up to its capacity and reports the net direction', () => {
    const two = tinyNetwork(
      [{ id: 'x', country: 'KZ' }, { id: 'y', country: 'AZ' }],
      [{ id: 'xy', from: 'x', to: 'y', lengthKm: 1, direction: 'both', capacity: cap(3) }],
    );
    const back = maxFlow(two, 'y', 'x', options);
    expect(back.value).toBeCloseTo(3 * MT, 3);
    expect(back.flowByLink['xy']).toBeCloseTo(-3 * MT, 3);
    const oneWay = tinyNetwork(
      [{ id: 'x', country: 'KZ' }, { id: 'y', country: 'AZ' }],
      [{ id: 'xy', from: 'x', to: 'y', lengthKm: 1, direction: 'forward', capacity: cap(3) }],
    );
    expect(maxFlow(oneWay, 'y', 'x', options).value).toBe(0);
    expect(maxFlow(oneWay, 'y', 'x', options).reason?.code).toBe('unreachable');
  });

  it('bounds the flow through a node with a throughput capacity (node splitting)', () => {
    const dataset = tinyDataset(
      [{ id: 'x', country: 'KZ' }, { id: 'port', country: 'AZ' }, { id: 'y', country: 'GE' }],
      [
        { id: 'x-port', from: 'x', to: 'port', lengthKm: 1, capacity: cap(20) },
        { id: 'port-y', from: 'port', to: 'y', lengthKm: 1, capacity: cap(20) },
      ],
    ) as { features: { properties: Record<string, unknown> }[] };
    dataset.features[1]!.properties['capacity'] = cap(6);
    const flow = maxFlow(parseNetwork(dataset), 'x', 'y', options);
    expect(flow.value).toBeCloseTo(6 * MT, 3);
    expect(flow.minCut).toEqual({ linkIds: [], nodeIds: ['port'], capacity: 6 * MT });
  });

  it('converts barrels per day with the barrels-per-tonne factor, default 7.33', () => {
    const oil = tinyNetwork(
      [{ id: 'x', country: 'AZ' }, { id: 'y', country: 'TR' }],
      [{ id: 'btc', from: 'x', to: 'y', lengthKm: 1768, direction: 'forward', commodities: ['crude-oil'], capacity: { value: 1.2, unit: 'Mbbl/d' } }],
    );
    expect(maxFlow(oil, 'x', 'y', { commodity: 'crude-oil' }).value).toBeCloseTo((1.2e6 * 365) / 7.33, 3);
    expect(maxFlow(oil, 'x', 'y', { commodity: 'crude-oil', barrelsPerTonne: { byId: { btc: 7.5 } } }).value).toBeCloseTo((1.2e6 * 365) / 7.5, 3);
  });

  it('resolves capacities anew for each barrels-per-tonne factor and commodity on the same network', () => {
    const oil = tinyNetwork(
      [{ id: 'x', country: 'AZ' }, { id: 'y', country: 'TR' }],
      [
        { id: 'btc', from: 'x', to: 'y', lengthKm: 1768, direction: 'forward', commodities: ['crude-oil'], capacity: { value: 1.2, unit: 'Mbbl/d' } },
        { id: 'rail', from: 'x', to: 'y', lengthKm: 1, commodities: ['general-cargo'], capacity: cap(2) },
      ],
    );
    for (const factor of [7.33, 7.5, 7.33, 8]) {
      expect(maxFlow(oil, 'x', 'y', { commodity: 'crude-oil', barrelsPerTonne: factor }).value).toBeCloseTo((1.2e6 * 365) / factor, 3);
    }
    expect(maxFlow(oil, 'x', 'y', { commodity: 'general-cargo' }).value).toBeCloseTo(2 * MT, 3);
    expect(maxFlow(oil, 'x', 'y', { commodity: 'crude-oil', barrelsPerTonne: { default: 7.5 } }).value).toBeCloseTo((1.2e6 * 365) / 7.5, 3);
  });

  it('treats a figure in another commodity’s unit as unknown, never as a number', () => {
    const mixed = tinyNetwork(
      [{ id: 'x', country: 'AZ' }, { id: 'y', country: 'TR' }],
      [{ id: 'rail', from: 'x', to: 'y', lengthKm: 1, commodities: ['containers', 'general-cargo'], capacity: cap(6.5) }],
    );
    const containers = maxFlow(mixed, 'x', 'y', { commodity: 'containers' });
    expect(containers.unit).toBe('TEU/yr');
    expect(containers.value).toBe(0);
    expect(containers.unknownCapacityLinks).toEqual(['rail']);
    expect(containers.reason?.code).toBe('unknown-capacity');
    expect(maxFlow(mixed, 'x', 'y', { commodity: 'general-cargo' }).value).toBeCloseTo(6.5 * MT, 3);
  });

  it('adds up several origins and destinations and drops those in avoided countries', () => {
    const flow = maxFlow(network, ['s', 'a'], ['t', 'b'], { ...options, avoidCountries: ['AZ'] });
    expect(flow.droppedDestinations).toEqual(['b']);
    expect(flow.origins).toEqual(['s', 'a']);
    expect(flow.value).toBeCloseTo(4 * MT, 3);
    const none = maxFlow(network, ['b'], ['t'], { ...options, avoidCountries: ['AZ'] });
    expect(none.value).toBe(0);
    expect(none.reason?.code).toBe('no-origins');
    expect(none.droppedOrigins).toEqual(['b']);
  });

  it('rejects a missing commodity, unknown ids and overlapping sets', () => {
    expect(() => maxFlow(network, 's', 't', {} as never)).toThrow(InvalidOptionError);
    expect(() => maxFlow(network, 's', 'tt', options)).toThrow(UnknownNodeError);
    expect(() => maxFlow(network, ['s', 't'], ['t'], options)).toThrow(InvalidArgumentError);
    expect(() => maxFlow(network, [], ['t'], options)).toThrow(InvalidArgumentError);
  });

  it('equals its min-cut capacity, respects capacities and conserves flow on random networks', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork.chain((net) =>
          fc.record({
            net: fc.constant(net),
            caps: fc.array(fc.option(fc.integer({ min: 1, max: 20 }), { freq: 6 }), { minLength: net.links.length, maxLength: net.links.length }),
            o: fc.integer({ min: 0, max: net.nodes.length - 1 }),
            d: fc.integer({ min: 0, max: net.nodes.length - 1 }),
          }),
        ),
        ({ net, caps, o, d }) => {
          if (o === d) return;
          const withCaps = net.links.map((l, i) => ({ ...l, capacityMt: caps[i] ?? null, ...(caps[i] == null ? {} : { capacity: cap(caps[i]!) }) }));
          const flow = maxFlow(tinyNetwork(net.nodes, withCaps), `n${o}`, `n${d}`, options);
          expect(flow.minCut.capacity).toBeCloseTo(flow.value, 3);
          const balance = new Map<string, number>();
          for (const link of withCaps) {
            const f = flow.flowByLink[link.id] ?? 0;
            if (f === 0) continue;
            expect(link.capacityMt).not.toBeNull();
            expect(link.status ?? 'operational').toBe('operational');
            expect(Math.abs(f)).toBeLessThanOrEqual(link.capacityMt! * MT + 1e-3);
            if (link.direction === 'forward') expect(f).toBeGreaterThan(0);
            balance.set(link.from, (balance.get(link.from) ?? 0) - f);
            balance.set(link.to, (balance.get(link.to) ?? 0) + f);
          }
          for (const [node, b] of balance) {
            if (node === `n${o}`) expect(b).toBeCloseTo(-flow.value, 3);
            else if (node === `n${d}`) expect(b).toBeCloseTo(flow.value, 3);
            else expect(b).toBeCloseTo(0, 3);
          }
        },
      ),
      { numRuns: 300, seed: 99 },
    );
  });
});

/**
 * The oracle's view of a tiny network: every node split into in → out (its throughput, or no bound),
 * one arc per usable direction of each operational link with a capacity (unlimited ones bounded by
 * more than all finite capacities together), a super source into the origins' in-halves and the
 * destinations' out-halves into a super sink. Built from the link list, with no library code.
 */
function oracleFlow(
  nodes: readonly TinyNode[],
  links: readonly (TinyLink & { capacityMt: number | null | 'unlimited' })[],
  nodeCapacityMt: ReadonlyMap<string, number>,
  origins: readonly string[],
  destinations: readonly string[],
) {
  const index = new Map(nodes.map((n, i) => [n.id, i] as const));
  const k = nodes.length;
  const inOf = (id: string) => index.get(id)!;
  const outOf = (id: string) => k + index.get(id)!;
  const source = 2 * k;
  const sink = 2 * k + 1;
  let finite = 0;
  for (const l of links) if (typeof l.capacityMt === 'number' && (l.status ?? 'operational') === 'operational') finite += l.capacityMt;
  for (const c of nodeCapacityMt.values()) finite += c;
  const big = 2 * finite + 1;
  const arcs: { from: number; to: number; capacity: number; link?: string; node?: string; unlimited?: boolean }[] = [];
  for (const n of nodes) arcs.push({ from: inOf(n.id), to: outOf(n.id), capacity: nodeCapacityMt.get(n.id) ?? big, node: n.id, unlimited: !nodeCapacityMt.has(n.id) });
  for (const l of links) {
    if ((l.status ?? 'operational') !== 'operational' || l.capacityMt === null) continue;
    const capacity = l.capacityMt === 'unlimited' ? big : l.capacityMt;
    const unlimited = l.capacityMt === 'unlimited';
    arcs.push({ from: outOf(l.from), to: inOf(l.to), capacity, link: l.id, unlimited });
    if ((l.direction ?? 'both') === 'both') arcs.push({ from: outOf(l.to), to: inOf(l.from), capacity, link: l.id, unlimited });
  }
  for (const o of origins) arcs.push({ from: source, to: inOf(o), capacity: big, unlimited: true });
  for (const d of destinations) arcs.push({ from: outOf(d), to: sink, capacity: big, unlimited: true });
  // Unbounded when a path of unlimited arcs joins the super source and sink.
  const reach = new Set([source]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of arcs) if (a.unlimited && reach.has(a.from) && !reach.has(a.to)) (reach.add(a.to), (grew = true));
  }
  if (reach.has(sink)) return { value: Infinity, cutLinks: [], cutNodes: [] };
  const { value, sourceSide } = edmondsKarp(2 * k + 2, arcs, source, sink);
  const crossing = arcs.filter((a) => sourceSide[a.from] === 1 && sourceSide[a.to] === 0);
  return {
    value,
    cutLinks: [...new Set(crossing.flatMap((a) => (a.link === undefined ? [] : [a.link])))].sort(),
    cutNodes: [...new Set(crossing.flatMap((a) => (a.node === undefined ? [] : [a.node])))].sort(),
  };
}

describe('maxFlow against an independent oracle', () => {
  it('equals Edmonds–Karp on random networks: value, minimum cut closest to the origins (parallel, one-way, two-way, unknown, unlimited links, node throughputs, several origins and destinations)', () => {
    const capacity = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant('unlimited' as const) },
    );
    fc.assert(
      fc.property(
        arbitraryNetwork.chain((net) =>
          fc.record({
            net: fc.constant(net),
            caps: fc.array(capacity, { minLength: net.links.length, maxLength: net.links.length }),
            nodeCaps: fc.array(fc.option(fc.integer({ min: 1, max: 15 }), { freq: 3 }), { minLength: net.nodes.length, maxLength: net.nodes.length }),
            roles: fc.array(fc.constantFrom('origin', 'destination', 'none', 'none'), { minLength: net.nodes.length, maxLength: net.nodes.length }),
          }),
        ),
        ({ net, caps, nodeCaps, roles }) => {
          const origins = net.nodes.filter((_, i) => roles[i] === 'origin').map((n) => n.id);
          const destinations = net.nodes.filter((_, i) => roles[i] === 'destination').map((n) => n.id);
          if (origins.length === 0 || destinations.length === 0) return;
          const links = net.links.map((l, i) => {
            const c = caps[i]!;
            return {
              ...l,
              capacityMt: c,
              ...(c === null ? {} : { capacity: c === 'unlimited' ? { unlimited: true as const, note: 'test' } : cap(c) }),
            };
          });
          const dataset = tinyDataset(net.nodes, links) as { features: { properties: Record<string, unknown> }[] };
          const nodeCapacityMt = new Map<string, number>();
          net.nodes.forEach((n, i) => {
            if (nodeCaps[i] == null) return;
            nodeCapacityMt.set(n.id, nodeCaps[i]!);
            dataset.features[i]!.properties['capacity'] = cap(nodeCaps[i]!);
          });
          const flow = maxFlow(parseNetwork(dataset, { checkNodeCountries: false }), origins, destinations, options);
          const oracle = oracleFlow(net.nodes, links, nodeCapacityMt, origins, destinations);
          if (oracle.value === Infinity) {
            expect(flow.value).toBe(Infinity);
            return;
          }
          expect(flow.value / MT).toBeCloseTo(oracle.value, 9);
          expect(flow.minCut.capacity / MT).toBeCloseTo(oracle.value, 9);
          expect([...flow.minCut.linkIds].sort()).toEqual(oracle.cutLinks);
          expect([...flow.minCut.nodeIds].sort()).toEqual(oracle.cutNodes);
        },
      ),
      { numRuns: 1000, seed: 2024 },
    );
  });
});

describe('maxFlow numerics', () => {
  it('keeps a small flow next to a very large unrelated capacity', () => {
    const net = tinyNetwork(
      [{ id: 'o', country: 'KZ' }, { id: 'd', country: 'KZ' }, { id: 'x', country: 'KZ' }, { id: 'y', country: 'KZ' }],
      [
        { id: 'od', from: 'o', to: 'd', lengthKm: 1, capacity: { value: 1, unit: 't/yr' } },
        { id: 'xy', from: 'x', to: 'y', lengthKm: 1, capacity: { value: 1e10, unit: 't/yr' } }, // the largest accepted
      ],
    );
    const flow = maxFlow(net, 'o', 'd', { commodity: 'general-cargo' });
    expect(flow.value).toBe(1);
    expect(flow.reason).toBeUndefined();
    expect(flow.flowByLink).toEqual({ od: 1 });
    // The same ratio on the path itself: 1 t/yr behind a 10 Gt/yr link.
    const inSeries = tinyNetwork(
      [{ id: 'o', country: 'KZ' }, { id: 'm', country: 'KZ' }, { id: 'd', country: 'KZ' }],
      [
        { id: 'om', from: 'o', to: 'm', lengthKm: 1, capacity: { value: 1e4, unit: 'Mt/yr' } },
        { id: 'md', from: 'm', to: 'd', lengthKm: 1, capacity: { value: 1, unit: 't/yr' } },
      ],
    );
    expect(maxFlow(inSeries, 'o', 'd', { commodity: 'general-cargo' }).flowByLink).toEqual({ md: 1, om: 1 });
  });

  it('rejects capacities beyond about twice the world volume as unit mistakes', () => {
    expect(() =>
      tinyNetwork([{ id: 'o', country: 'KZ' }, { id: 'd', country: 'KZ' }], [{ id: 'od', from: 'o', to: 'd', lengthKm: 1, capacity: { value: 1e11, unit: 't/yr' } }]),
    ).toThrow(/od.*more than 10,000,000,000 t\/yr/s);
  });

  it('reports an unlimited path as Infinity even when finite capacities are huge', () => {
    const net = tinyNetwork(
      [{ id: 'o', country: 'KZ' }, { id: 'd', country: 'KZ' }, { id: 'x', country: 'KZ' }, { id: 'y', country: 'KZ' }],
      [
        { id: 'od', from: 'o', to: 'd', lengthKm: 1, capacity: { unlimited: true, note: 'open sea' } },
        { id: 'xy', from: 'x', to: 'y', lengthKm: 1, capacity: { value: 1e4, unit: 'Mt/yr' } },
      ],
    );
    expect(maxFlow(net, 'o', 'd', { commodity: 'general-cargo' }).value).toBe(Infinity);
  });

  it('shows Infinity on the links of the unlimited path and finite figures elsewhere', () => {
    const unlimited = { unlimited: true as const, note: 'open sea' };
    const net = tinyNetwork(
      [{ id: 'o', country: 'KZ' }, { id: 'a', country: 'KZ' }, { id: 'x', country: 'KZ' }, { id: 'd', country: 'KZ' }],
      [
        { id: 'oa', from: 'o', to: 'a', lengthKm: 1, capacity: unlimited },
        { id: 'ad', from: 'a', to: 'd', lengthKm: 1, capacity: unlimited },
        { id: 'ox', from: 'o', to: 'x', lengthKm: 1, capacity: unlimited }, // unlimited, but behind x → d
        { id: 'xd', from: 'x', to: 'd', lengthKm: 1, capacity: { value: 5, unit: 't/yr' } },
      ],
    );
    const flow = maxFlow(net, 'o', 'd', { commodity: 'general-cargo' });
    expect(flow.value).toBe(Infinity);
    expect(flow.flowByLink['oa']).toBe(Infinity);
    expect(flow.flowByLink['ad']).toBe(Infinity);
    // ox is unlimited but not on an unlimited path: whatever it carries (if anything) is finite.
    const ox = flow.flowByLink['ox'] ?? 0;
    expect(Number.isFinite(ox)).toBe(true);
    expect(ox).toBe(flow.flowByLink['xd'] ?? 0);
    expect(ox).toBeLessThanOrEqual(5);
  });
});

describe('maxFlow barrelsPerTonne option', () => {
  it('rejects values it would otherwise ignore, naming the key', () => {
    const oil = tinyNetwork(
      [{ id: 'x', country: 'AZ' }, { id: 'y', country: 'TR' }],
      [{ id: 'btc', from: 'x', to: 'y', lengthKm: 1, direction: 'forward', commodities: ['crude-oil'], capacity: { value: 1.2, unit: 'Mbbl/d' } }],
    );
    for (const bad of ['9', [9], null, -1, { defualt: 9 }, { byId: { 'not-a-link': 9 } }, { byId: { btc: 0 } }]) {
      expect(() => maxFlow(oil, 'x', 'y', { commodity: 'crude-oil', barrelsPerTonne: bad as never }), JSON.stringify(bad)).toThrow(InvalidOptionError);
    }
    expect(() => maxFlow(oil, 'x', 'y', { commodity: 'crude-oil', barrelsPerTonne: { byId: { btx: 7 } } })).toThrow(/did you mean "btc"/);
  });
});

describe('maxFlow: tiny capacities beside huge ones', () => {
  /** a → b at `tiny` beside `count` parallel c → d links at 10 Gt/yr (the largest figure accepted). */
  function mixed(tiny: { value: number; unit: string }, count: number) {
    const nodes: TinyNode[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, country: 'KZ' }));
    const links: TinyLink[] = [{ id: 'ab', from: 'a', to: 'b', lengthKm: 10, commodities: ['crude-oil'], capacity: tiny }];
    for (let i = 0; i < count; i++) links.push({ id: `cd${i}`, from: 'c', to: 'd', lengthKm: 10, commodities: ['crude-oil'], capacity: { value: 10_000, unit: 'Mt/yr' } });
    return tinyNetwork(nodes, links);
  }

  it('carries 1 t/yr beside 20,000 links of 10 Gt/yr, and shows it in flowByLink', () => {
    // The tolerance once grew with the sum of all capacities (here 2 × 10¹⁴ t/yr) and dropped the flow.
    const flow = maxFlow(mixed({ value: 1, unit: 't/yr' }, 20_000), 'a', 'b', { commodity: 'crude-oil' });
    expect(flow.value).toBe(1);
    expect(flow.reason).toBeUndefined();
    expect(flow.flowByLink).toEqual({ ab: 1 });
    expect(flow.minCut.linkIds).toEqual(['ab']);
  });

  it('carries the smallest barrel figure (2 × 10⁻⁸ Mbbl/d ≈ 1 t/yr) beside 200 Mbbl/d', () => {
    const nodes: TinyNode[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, country: 'KZ' }));
    const net = tinyNetwork(nodes, [
      { id: 'ab', from: 'a', to: 'b', lengthKm: 10, commodities: ['crude-oil'], capacity: { value: 2e-8, unit: 'Mbbl/d' } },
      { id: 'cd', from: 'c', to: 'd', lengthKm: 10, commodities: ['crude-oil'], capacity: { value: 200, unit: 'Mbbl/d' } },
    ]);
    const flow = maxFlow(net, 'a', 'b', { commodity: 'crude-oil', barrelsPerTonne: 15 });
    expect(flow.value).toBeCloseTo((2e-8 * 1e6 * 365) / 15, 12);
    expect(flow.reason).toBeUndefined();
  });

  it('rejects capacities below the smallest figure per unit instead of reading them as no path', () => {
    // 10⁻⁶ t/yr beside 10 Gt/yr once gave value 0 with reason "unreachable".
    const dataset = tinyDataset(
      ['a', 'b'].map((id) => ({ id, country: 'KZ' })),
      [{ id: 'ab', from: 'a', to: 'b', lengthKm: 10, commodities: ['crude-oil'], capacity: { value: 1e-6, unit: 't/yr' } }],
    );
    const result = (() => {
      try {
        parseNetwork(dataset, { checkNodeCountries: false });
      } catch (error) {
        return error as { code: string; issues: { code: string; pathString: string; id?: string; message: string }[] };
      }
      throw new Error('expected a DatasetValidationError');
    })();
    expect(result.code).toBe('DATASET_INVALID');
    expect(result.issues).toEqual([
      {
        code: 'capacity_below_minimum',
        path: ['features', 2, 'properties', 'capacity', 'value'],
        pathString: 'features[2].properties.capacity.value',
        id: 'ab',
        message: '0.000001 t/yr is less than 1 t/yr, the smallest capacity accepted (ten orders of magnitude below the largest): check the unit',
      },
    ]);
  });
});

describe('maxFlow: inherited keys of barrelsPerTonne', () => {
  it('ignores an inherited default or byId instead of reading (and rejecting) it', () => {
    const inherited = Object.create({ default: 99, byId: { nowhere: 1 } }) as object;
    expect(maxFlow(network, 's', 't', { ...options, barrelsPerTonne: inherited as never }).value).toBe(maxFlow(network, 's', 't', options).value);
  });
});

describe('maxFlow with capacities published as lower bounds', () => {
  // s --10 (at least)--> a --4--> t, and s --3--> t: the lower bound is not in the cut when a→t limits.
  const lbNodes: TinyNode[] = [{ id: 's', country: 'KZ' }, { id: 'a', country: 'KZ' }, { id: 't', country: 'AZ' }];
  const lbLinks = (sa: number, at: number): TinyLink[] => [
    { id: 'sa', from: 's', to: 'a', lengthKm: 1, direction: 'forward', capacity: { value: sa, unit: 'Mt/yr', lowerBound: true } },
    { id: 'at', from: 'a', to: 't', lengthKm: 1, direction: 'forward', capacity: cap(at) },
    { id: 'st', from: 's', to: 't', lengthKm: 1, direction: 'forward', capacity: cap(3) },
  ];

  it('says the value is a lower bound when raising the lower-bound capacity could raise it', () => {
    const flow = maxFlow(tinyNetwork(lbNodes, lbLinks(2, 10)), 's', 't', { commodity: 'general-cargo' });
    expect(flow.value).toBeCloseTo(5 * MT, 6);
    expect(flow.complete).toBe(false);
    expect(flow.lowerBoundCapacities).toEqual(['sa']);
    expect(flow.unknownCapacityLinks).toEqual([]);
  });

  it('calls the value complete when the lower-bound element is not what limits the flow', () => {
    const flow = maxFlow(tinyNetwork(lbNodes, lbLinks(10, 4)), 's', 't', { commodity: 'general-cargo' });
    expect(flow.value).toBeCloseTo(7 * MT, 6);
    expect(flow.complete).toBe(true);
    expect(flow.lowerBoundCapacities).toEqual([]);
  });
});
