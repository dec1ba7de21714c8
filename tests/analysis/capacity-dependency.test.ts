import { describe, expect, it } from 'vitest';
import { capacityDependency, criticalElements, transitDependency } from '../../src/index.js';
import { type TinyLink, type TinyNode, tinyNetwork } from '../helpers/tiny-network.js';

const MT = 1e6;
const cap = (value: number) => ({ value, unit: 'Mt/yr' });

/**
 * Kazakh crude, drawn by hand (capacities in Mt/yr, lengths in km):
 *
 *   kz ==pipe 1500, cap 60 (KZ→RU)==> nov(RU) --sea 700, unlimited--> bos(TR) --sea 1300, unlimited--> it(IT)
 *   kz --sea 400, cap 10--> baku(AZ) ==pipe 1700, cap 8 (AZ→GE→TR)==> cey(TR) --sea 1500, unlimited--> it
 *                           baku --pipe 800, cap 4 (AZ→GE)--> sup(GE) --sea 1000, unlimited--> bos
 *
 * Max flow kz→it: 60 (via RU) + min(10, 8 + 4) = 70. Without RU: 10 (Caspian tankers bind). Without
 * GE: 60 (both western pipelines cross Georgia). Without AZ: 60. Without TR: 0 (every sea route
 * passes the Straits or Ceyhan). Lost: RU 60, AZ 10, GE 10, TR 70 → shares of Σ lost (150):
 * 0.4, 0.0667, 0.0667, 0.4667 → HHI = 10,000 × (0.16 + 0.00444 + 0.00444 + 0.21778) = 3866.7.
 */
const nodes: TinyNode[] = [
  { id: 'kz', country: 'KZ' },
  { id: 'nov', country: 'RU' },
  { id: 'bos', country: 'TR' },
  { id: 'it', country: 'IT' },
  { id: 'baku', country: 'AZ' },
  { id: 'cey', country: 'TR' },
  { id: 'sup', country: 'GE' },
];
const unlimited = { unlimited: true, note: 'open sea' } as const;
const links: TinyLink[] = [
  { id: 'cpc', from: 'kz', to: 'nov', lengthKm: 1500, direction: 'forward', mode: 'pipeline', capacity: cap(60) },
  { id: 'nov-bos', from: 'nov', to: 'bos', lengthKm: 700, mode: 'sea', capacity: unlimited },
  { id: 'bos-it', from: 'bos', to: 'it', lengthKm: 1300, mode: 'sea', capacity: unlimited },
  { id: 'kz-baku', from: 'kz', to: 'baku', lengthKm: 400, mode: 'sea', capacity: cap(10) },
  { id: 'btc', from: 'baku', to: 'cey', lengthKm: 1700, direction: 'forward', mode: 'pipeline', transitCountries: ['AZ', 'GE', 'TR'], capacity: cap(8) },
  { id: 'wrep', from: 'baku', to: 'sup', lengthKm: 800, direction: 'forward', mode: 'pipeline', capacity: cap(4) },
  { id: 'cey-it', from: 'cey', to: 'it', lengthKm: 1500, mode: 'sea', capacity: unlimited },
  { id: 'sup-bos', from: 'sup', to: 'bos', lengthKm: 1000, mode: 'sea', capacity: unlimited },
];
const network = tinyNetwork(nodes, links);
const options = { commodity: 'general-cargo' } as const;

describe('capacityDependency', () => {
  it('gives the capacity kept and the share lost without each transit country, and the HHI', () => {
    const dep = capacityDependency(network, 'kz', 'it', options);
    expect(dep.unit).toBe('t/yr');
    expect(dep.total).toBeCloseTo(70 * MT, 3);
    expect(dep.complete).toBe(true);
    expect(dep.rows.map((r) => [r.country, Math.round(r.withoutCountry / MT), Number(r.shareLost.toFixed(4))])).toEqual([
      ['TR', 0, 1],
      ['RU', 10, 0.8571],
      ['AZ', 60, 0.1429],
      ['GE', 60, 0.1429],
    ]);
    expect(dep.shareLost['RU']).toBeCloseTo(60 / 70, 9);
    expect(dep.withoutCountry['GE']).toBeCloseTo(60 * MT, 3);
    const shares = [70, 60, 10, 10].map((x) => x / 150);
    expect(dep.hhi).toBeCloseTo(10_000 * shares.reduce((s, x) => s + x * x, 0), 6);
  });

  it('is part of transitDependency when a commodity is given, and null without one', () => {
    expect(transitDependency(network, 'kz', 'it').capacity).toBeNull();
    const dep = transitDependency(network, 'kz', 'it', { ...options });
    expect(dep.capacity?.total).toBeCloseTo(70 * MT, 3);
    expect(dep.mustPassCountries).toEqual(['TR']);
  });

  it('reports incompleteness when an unknown-capacity link could add capacity', () => {
    const extra: TinyLink = { id: 'kz-baku-2', from: 'kz', to: 'baku', lengthKm: 400, mode: 'sea' };
    const dep = capacityDependency(tinyNetwork(nodes, [...links, extra]), 'kz', 'it', options);
    expect(dep.complete).toBe(false);
    expect(dep.unknownCapacityLinks).toEqual(['kz-baku-2']);
  });
});

describe('criticalElements', () => {
  it('ranks links, nodes and countries by capacity lost, then by disconnection and extra length', () => {
    const result = criticalElements(network, 'kz', 'it', options);
    expect(result.totalCapacity).toBeCloseTo(70 * MT, 3);
    expect(result.bestRouteKm).toBe(3500); // cpc + nov-bos + bos-it
    const table = result.rows.map((r) => [r.element, r.id, Math.round(r.capacityLost / MT), r.extraKm, r.disconnects]);
    // Worked out by hand: the base maximum flow is 70 (60 via CPC, 10 across the Caspian split between
    // BTC and Baku–Supsa); the shortest route is CPC (3,500 km, tied in length with the Supsa route,
    // which has more legs). Without bos or bos-it only BTC's 8 reach Italy (lost 62) and the shortest
    // route is via Ceyhan (3,600 km, +100); without CPC or Russia the Supsa route is as short (+0).
    expect(table).toEqual([
      ['country', 'TR', 70, null, true],
      ['node', 'bos', 62, 100, false],
      ['link', 'bos-it', 62, 100, false],
      ['country', 'RU', 60, 0, false],
      ['node', 'nov', 60, 0, false],
      ['link', 'cpc', 60, 0, false],
      ['link', 'nov-bos', 60, 0, false],
      ['country', 'AZ', 10, 0, false],
      ['country', 'GE', 10, 0, false],
      ['node', 'baku', 10, 0, false],
      ['link', 'kz-baku', 10, 0, false],
      ['node', 'cey', 6, 0, false],
      ['link', 'btc', 6, 0, false],
      ['link', 'cey-it', 6, 0, false],
      ['node', 'sup', 2, 0, false],
      ['link', 'sup-bos', 2, 0, false],
      ['link', 'wrep', 2, 0, false],
    ]);
    expect(result.rows.find((r) => r.id === 'bos-it')!.capacityLost).toBeCloseTo(62 * MT, 3);
    expect(result.complete).toBe(true);
  });

  it('breaks ties by kind then id, and removes exactly one of two parallel links', () => {
    const net = tinyNetwork(
      [{ id: 'a', country: 'KZ' }, { id: 'b', country: 'KZ' }],
      [
        { id: 'p2', from: 'a', to: 'b', lengthKm: 5, capacity: cap(3) },
        { id: 'p1', from: 'a', to: 'b', lengthKm: 5, capacity: cap(3) },
      ],
    );
    const result = criticalElements(net, 'a', 'b', options);
    expect(result.rows.map((r) => [r.id, Math.round(r.capacityLost / MT), r.extraKm, r.disconnects])).toEqual([
      ['p1', 3, 0, false],
      ['p2', 3, 0, false],
    ]);
  });
});
