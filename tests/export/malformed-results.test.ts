import { describe, expect, it } from 'vitest';
import { findRoutes, InvalidArgumentError, InvalidOptionError, loadCorridorNetwork, paretoRoutes, renderMap, renderRouteChart, SearchLimitError, toGeoJSON } from '../../src/index.js';
import { textWidthPx, truncateToWidth } from '../../src/export/map/text.js';
import { tinyNetwork } from '../helpers/tiny-network.js';

// Results built by hand or changed after they were returned, and options that only look like
// criteria: each must give the library's typed error, never a TypeError from deep inside.
const network = loadCorridorNetwork();
const containers = { commodity: 'containers' } as const;

describe('results built by hand or changed after they were returned', () => {
  const malformed: [string, unknown][] = [
    ['{ kind: routes } without routes', { kind: 'routes' }],
    ['{ kind: routes, routes: null }', { kind: 'routes', routes: null }],
    ['{ kind: routes, routes: [{}] }', { kind: 'routes', routes: [{}] }],
    ['[{ kind: route }]', [{ kind: 'route' }]],
    ['{ kind: max-flow } without its fields', { kind: 'max-flow' }],
    ['{ kind: transit-dependency } without its fields', { kind: 'transit-dependency' }],
  ];
  it.each(malformed)('toGeoJSON refuses %s with InvalidArgumentError', (_, source) => {
    expect(() => toGeoJSON(source as never, network)).toThrow(InvalidArgumentError);
  });
  it.each(malformed.slice(0, 4))('renderRouteChart refuses %s with InvalidArgumentError', (_, source) => {
    expect(() => renderRouteChart(source as never)).toThrow(InvalidArgumentError);
  });

  it('renderMap refuses a route whose node ids were changed to one the network lacks', () => {
    const result = findRoutes(network, 'xian', 'duisburg', containers);
    (result.routes[0]!.nodeIds as string[]).push('nowhere');
    expect(() => renderMap(network, { routes: result })).toThrow(InvalidArgumentError);
  });

  it('toGeoJSON refuses a list of routes computed on two networks', () => {
    const nodes = [
      { id: 'a', country: 'KZ' as const, lonLat: [50, 44] as [number, number] },
      { id: 'b', country: 'KZ' as const, lonLat: [51, 44] as [number, number] },
    ];
    const moved = [{ ...nodes[0]!, lonLat: [52, 45] as [number, number] }, nodes[1]!];
    const links = [{ id: 'ab', from: 'a', to: 'b', lengthKm: 120 }];
    const one = findRoutes(tinyNetwork(nodes, links), 'a', 'b').routes[0]!;
    const other = findRoutes(tinyNetwork(moved, links), 'a', 'b').routes[0]!;
    expect(() => toGeoJSON([one, other])).toThrow(/item 1 was computed on another network/);
    expect(toGeoJSON([one, one]).features.length).toBeGreaterThan(0);
  });
});

describe('paretoRoutes criteria that only look like criteria', () => {
  const inherited = Object.create({ crosses: ['RU'] }) as object;
  (inherited as { typo?: string }).typo = 'x';
  const cases: [string, unknown, string][] = [
    ['a hole in the list', [, 'lengthKm'], 'criteria[0]'], // eslint-disable-line no-sparse-arrays
    ['a hole after the first', ['lengthKm', , 'movingHours'], 'criteria[1]'], // eslint-disable-line no-sparse-arrays
    ['an inherited crosses key', ['lengthKm', inherited], 'criteria[1]'],
    ['a hole in crosses', ['lengthKm', { crosses: [, 'RU'] }], 'criteria[1].crosses'], // eslint-disable-line no-sparse-arrays
    ['a repeated country', ['lengthKm', { crosses: ['RU', 'RU'] }], 'criteria[1].crosses'],
  ];
  it.each(cases)('rejects %s, naming the criterion', (_, criteria, option) => {
    let error: unknown;
    try {
      paretoRoutes(network, 'xian', 'duisburg', { ...containers, criteria: criteria as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe(option);
  });
});

describe('truncateToWidth', () => {
  it('cuts a megabyte-long name in one pass to the widest prefix that fits with the ellipsis', () => {
    const name = 'Ab'.repeat(500_000);
    const cut = truncateToWidth(name, 200, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidthPx(cut, 10)).toBeLessThanOrEqual(200);
    const longer = `${name.slice(0, cut.length)}…`; // one more character
    expect(textWidthPx(longer, 10)).toBeGreaterThan(200);
  });
});

describe('paretoRoutes on a front that doubles with every section', () => {
  it('stops with SearchLimitError (bounded comparisons) instead of running for minutes', () => {
    // 14 sections, each offering "long and fast" or "short and slow": 16,384 non-dominated routes.
    const n = 14;
    const nodes = Array.from({ length: n + 1 }, (_, i) => ({ id: `n${i}`, country: 'KZ' }));
    const links = Array.from({ length: n }, (_, i) => [
      { id: `l${i}a`, from: `n${i}`, to: `n${i + 1}`, lengthKm: 100 + 2 ** i, transitTimeHours: 10 },
      { id: `l${i}b`, from: `n${i}`, to: `n${i + 1}`, lengthKm: 100, transitTimeHours: 10 + 2 ** i },
    ]).flat();
    const chain = tinyNetwork(nodes, links);
    expect(() => paretoRoutes(chain, 'n0', `n${n}`, { criteria: ['lengthKm', 'movingHours'], maxRoutes: 5 })).toThrow(SearchLimitError);
    // Four sections: all 16 routes, exactly.
    expect(paretoRoutes(chain, 'n0', 'n4', { criteria: ['lengthKm', 'movingHours'] }).frontSize).toBe(16);
  });
});

describe('paretoRoutes with a criterion no permitted link has', () => {
  it('says that links lacking it were left out, not only that nothing joins the two', () => {
    const r = paretoRoutes(network, 'xian', 'duisburg', { ...containers, criteria: ['tariffUsdPerTonne', 'lengthKm'] });
    expect(r.routes).toEqual([]);
    expect(r.reason?.message).toMatch(/\d+ otherwise permitted links lack tariffUsdPerTonne and were left out/);
    expect(r.linksWithoutCriterion['tariffUsdPerTonne']!.length).toBeGreaterThan(50);
  });
});
