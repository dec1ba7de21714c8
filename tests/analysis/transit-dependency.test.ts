import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownNodeError, findRoutes, transitDependency } from '../../src/index.js';
import { arbitraryNetwork } from '../helpers/arbitrary-network.js';
import { allSimplePaths } from '../helpers/brute-force.js';
import { type TinyLink, type TinyNode, tinyNetwork } from '../helpers/tiny-network.js';

/**
 * A corridor drawn by hand (km):
 *
 *   kz(KZ) --sea 400-- az(AZ) ==pipe 1700 (forward, AZ→GE→TR, no Georgian node)==> tr(TR) --sea 1500-- it(IT)
 *                        \--rail 300-- ge(GE) --sea 1000-- bos(TR) --sea 1200-- it
 *   kz --pipe 1500 (forward)--> ru(RU) --sea 1100--> bos
 *
 * Routes kz→it by hand:
 *   A: kz-az, az-tr pipe, tr-it            = 400 + 1700 + 1500 = 3600 (AZ, GE, TR)
 *   B: kz-az, az-ge, ge-bos, bos-it        = 400 + 300 + 1000 + 1200 = 2900 (AZ, GE, TR)
 *   C: kz-ru, ru-bos, bos-it               = 1500 + 1100 + 1200 = 3800 (RU, TR)
 * Best: B (2900). TR is on every route (must pass). Without AZ or GE: C (extra 900 km). Without RU:
 * B itself (extra 0). Node bos and link bos-it are not on route A, so nothing but TR is a single point
 * of failure; when RU is avoided, az is a must-pass node and kz-az a must-pass link.
 */
const nodes: TinyNode[] = [
  { id: 'kz', country: 'KZ' },
  { id: 'az', country: 'AZ' },
  { id: 'ge', country: 'GE' },
  { id: 'tr', country: 'TR' },
  { id: 'bos', country: 'TR' },
  { id: 'ru', country: 'RU' },
  { id: 'it', country: 'IT' },
];
const links: TinyLink[] = [
  { id: 'kz-az', from: 'kz', to: 'az', lengthKm: 400, mode: 'sea' },
  { id: 'az-tr', from: 'az', to: 'tr', lengthKm: 1700, mode: 'pipeline', direction: 'forward', transitCountries: ['AZ', 'GE', 'TR'] },
  { id: 'tr-it', from: 'tr', to: 'it', lengthKm: 1500, mode: 'sea' },
  { id: 'az-ge', from: 'az', to: 'ge', lengthKm: 300 },
  { id: 'ge-bos', from: 'ge', to: 'bos', lengthKm: 1000, mode: 'sea' },
  { id: 'bos-it', from: 'bos', to: 'it', lengthKm: 1200, mode: 'sea' },
  { id: 'kz-ru', from: 'kz', to: 'ru', lengthKm: 1500, mode: 'pipeline', direction: 'forward' },
  { id: 'ru-bos', from: 'ru', to: 'bos', lengthKm: 1100, mode: 'sea', direction: 'forward' },
];
const network = tinyNetwork(nodes, links);

describe('transitDependency', () => {
  it('finds the must-pass country and the detour for every other transit country', () => {
    const dep = transitDependency(network, 'kz', 'it');
    expect(dep.bestRoute?.linkIds).toEqual(['kz-az', 'az-ge', 'ge-bos', 'bos-it']);
    expect(dep.mustPassCountries).toEqual(['TR']);
    expect(dep.mustPassNodes).toEqual([]);
    expect(dep.mustPassLinks).toEqual([]);
    expect(
      dep.countries.map((c) => [c.country, c.mustPass, c.onBestRoute, c.extraLengthKm, c.bestRouteWithout?.linkIds ?? null]),
    ).toEqual([
      ['TR', true, true, null, null],
      ['AZ', false, true, 900, ['kz-ru', 'ru-bos', 'bos-it']],
      ['GE', false, true, 900, ['kz-ru', 'ru-bos', 'bos-it']],
      ['RU', false, false, 0, ['kz-az', 'az-ge', 'ge-bos', 'bos-it']],
    ]);
    expect(dep.countries[0]!.countryName).toBe('Türkiye');
  });

  it('counts a country crossed only by a link: without the Georgian node, BTC-like pipelines still need GE', () => {
    const dep = transitDependency(network, 'kz', 'it', { closedLinks: ['az-ge'], avoidCountries: ['RU'] });
    expect(dep.bestRoute?.linkIds).toEqual(['kz-az', 'az-tr', 'tr-it']);
    expect(dep.mustPassCountries).toEqual(['AZ', 'GE', 'TR']);
    expect(dep.mustPassNodes).toEqual(['az', 'tr']);
    expect(dep.mustPassLinks).toEqual(['kz-az', 'az-tr', 'tr-it']);
  });

  it('lists single points of failure in route order when Russia is avoided', () => {
    const dep = transitDependency(network, 'kz', 'it', { avoidCountries: ['RU'] });
    expect(dep.mustPassCountries).toEqual(['AZ', 'GE', 'TR']);
    expect(dep.mustPassNodes).toEqual(['az']);
    expect(dep.mustPassLinks).toEqual(['kz-az']);
    expect(dep.countries.every((c) => c.mustPass)).toBe(true);
  });

  it('does not treat parallel links as single points of failure', () => {
    const net = tinyNetwork(
      [{ id: 'a', country: 'KZ' }, { id: 'b', country: 'AZ' }, { id: 'c', country: 'GE' }],
      [
        { id: 'ab-rail', from: 'a', to: 'b', lengthKm: 5 },
        { id: 'ab-road', from: 'a', to: 'b', lengthKm: 6, mode: 'road' },
        { id: 'bc', from: 'b', to: 'c', lengthKm: 5 },
      ],
    );
    const dep = transitDependency(net, 'a', 'c');
    expect(dep.mustPassNodes).toEqual(['b']);
    expect(dep.mustPassLinks).toEqual(['bc']);
    expect(dep.mustPassCountries).toEqual(['AZ']);
  });

  it('leaves out countries only a dead-end excursion reaches (out along a two-way link and back)', () => {
    const net = tinyNetwork(
      [{ id: 'a', country: 'KZ' }, { id: 'b', country: 'AZ' }, { id: 'c', country: 'TR' }, { id: 'r', country: 'RO' }],
      [
        { id: 'ab', from: 'a', to: 'b', lengthKm: 1, capacity: { value: 1, unit: 'Mt/yr' } },
        { id: 'bc', from: 'b', to: 'c', lengthKm: 1, capacity: { value: 1, unit: 'Mt/yr' } },
        { id: 'br', from: 'b', to: 'r', lengthKm: 1, capacity: { value: 1, unit: 'Mt/yr' } },
      ],
    );
    const dep = transitDependency(net, 'a', 'c', { commodity: 'general-cargo' });
    expect(dep.countries.map((c) => c.country)).toEqual(['AZ']);
    expect(dep.capacity?.rows.map((r) => r.country)).toEqual(['AZ']);
  });

  it('returns empty lists and a reason when no route exists', () => {
    const dep = transitDependency(network, 'it', 'ru', { closedLinks: ['kz-az'] });
    expect(dep.bestRoute).toBeNull();
    expect(dep.countries).toEqual([]);
    expect(dep.mustPassCountries).toEqual([]);
    expect(dep.reason?.code).toBe('unreachable');
    expect(transitDependency(network, 'it', 'kz', { closedLinks: ['kz-az'] }).reason?.code).toBe('destination-isolated');
  });

  it('throws for unknown nodes, suggesting ids', () => {
    expect(() => transitDependency(network, 'kz', 'itt')).toThrow(UnknownNodeError);
  });

  it('agrees with an exhaustive enumeration of loopless paths on random networks', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork.chain((net) =>
          fc.record({
            net: fc.constant(net),
            o: fc.integer({ min: 0, max: net.nodes.length - 1 }),
            d: fc.integer({ min: 0, max: net.nodes.length - 1 }),
          }),
        ),
        ({ net, o, d }) => {
          const origin = `n${o}`;
          const destination = `n${d}`;
          const paths = allSimplePaths(net.nodes, net.links, origin, destination);
          const dep = transitDependency(tinyNetwork(net.nodes, net.links), origin, destination);
          if (paths.length === 0) {
            expect(dep.bestRoute).toBeNull();
            return;
          }
          const countryOf = new Map(net.nodes.map((n) => [n.id, n.country]));
          const ends = new Set([countryOf.get(origin), countryOf.get(destination)]);
          const union = new Set<string>();
          for (const p of paths) for (const c of p.countries) if (!ends.has(c)) union.add(c);
          const every = [...union].filter((c) => paths.every((p) => p.countries.has(c)));
          expect([...dep.mustPassCountries].sort()).toEqual(every.sort());
          // Rows are countries of loopless paths only (no dead-end excursions), and include every
          // country of the best path.
          const rows = new Map(dep.countries.map((r) => [r.country, r]));
          for (const c of rows.keys()) expect(union.has(c)).toBe(true);
          for (const c of paths[0]!.countries) if (!ends.has(c)) expect(rows.has(c)).toBe(true);
          for (const row of dep.countries) {
            const without = paths.filter((p) => !p.countries.has(row.country));
            expect(row.mustPass).toBe(without.length === 0);
            if (without.length > 0) expect(row.extraLengthKm).toBe(without[0]!.cost - paths[0]!.cost);
          }
          const interior = (p: (typeof paths)[number]) => p.nodes.slice(1, -1);
          const nodesOnAll = interior(paths[0]!).filter((n) => paths.every((p) => p.nodes.includes(n)));
          expect(dep.mustPassNodes).toEqual(nodesOnAll);
          const linkOf = (leg: string) => leg.replace('<', '');
          const linksOnAll = paths[0]!.legs.map(linkOf).filter((l) => paths.every((p) => p.legs.map(linkOf).includes(l)));
          expect(dep.mustPassLinks).toEqual(linksOnAll);
        },
      ),
      { numRuns: 400, seed: 4242 },
    );
  });

  it('leaves no route when a must-pass country, node or link is removed (property)', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork.chain((net) =>
          fc.record({ net: fc.constant(net), o: fc.nat(net.nodes.length - 1), d: fc.nat(net.nodes.length - 1) }),
        ),
        ({ net, o, d }) => {
          const network = tinyNetwork(net.nodes, net.links);
          const dep = transitDependency(network, `n${o}`, `n${d}`);
          for (const c of dep.mustPassCountries) expect(findRoutes(network, `n${o}`, `n${d}`, { avoidCountries: [c] }).routes).toEqual([]);
          for (const v of dep.mustPassNodes) expect(findRoutes(network, `n${o}`, `n${d}`, { avoidNodes: [v] }).routes).toEqual([]);
          for (const l of dep.mustPassLinks) expect(findRoutes(network, `n${o}`, `n${d}`, { closedLinks: [l] }).routes).toEqual([]);
          for (const row of dep.countries.filter((r) => !r.mustPass)) {
            expect(findRoutes(network, `n${o}`, `n${d}`, { avoidCountries: [row.country] }).routes[0]?.cost).toBe(row.bestRouteWithout?.cost);
          }
        },
      ),
      { numRuns: 300, seed: 31 },
    );
  });
});
