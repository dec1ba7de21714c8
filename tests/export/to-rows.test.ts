import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  JUPYTER_DISPLAY,
  capacityDependency,
  compareScenarios,
  corridorScenarios,
  criticalElements,
  findRoutes,
  formatTable,
  loadCorridorNetwork,
  maxFlow,
  svgDisplay,
  toRows,
  transitDependency,
} from '../../src/index.js';

const network = loadCorridorNetwork();
const crude = { commodity: 'crude-oil' } as const;

describe('toRows', () => {
  it('flattens every kind of result into rows with units in the column names', () => {
    expect(toRows(network)).toHaveLength(network.links.size);
    expect(toRows(network).find((r) => r['id'] === 'btc')).toMatchObject({ lengthKm: 1768, capacity: '1.2 Mbbl/d', transitCountries: ['AZ', 'GE', 'TR'] });
    const routes = findRoutes(network, 'tengiz', 'trieste', { ...crude, k: 2 });
    expect(toRows(routes).map((r) => r['rank'])).toEqual([1, 2]);
    expect(Object.keys(toRows(routes)[0]!)).toContain('lengthKm');
    const dep = toRows(transitDependency(network, 'tengiz', 'trieste', crude));
    // Without Russia: the Caspian path's sourced lower bound, 2.2 Mt/yr (tengiz-aktau), of 74.7 Mt/yr.
    expect(dep.find((r) => r['country'] === 'RU')).toMatchObject({ capacityWithoutTonnesPerYear: 2_200_000, mustPass: false });
    expect(dep.find((r) => r['country'] === 'RU')!['capacityShareLost'] as number).toBeCloseTo(72.5 / 74.7, 9);
    expect(toRows(maxFlow(network, 'tengiz', 'trieste', crude)).find((r) => r['linkId'] === 'cpc')).toEqual({
      linkId: 'cpc',
      direction: 'forward',
      flowTonnesPerYear: 72_500_000,
      minCut: true,
    });
    expect(Object.keys(toRows(capacityDependency(network, 'tengiz', 'trieste', crude))[0]!)).toContain('capacityWithoutTonnesPerYear');
    const n1 = toRows(criticalElements(network, 'tengiz', 'trieste', crude));
    expect(n1[0]).toMatchObject({ rank: 1 });
    expect(Object.keys(n1[0]!)).toContain('capacityLostTonnesPerYear');
    const gas = toRows(compareScenarios(network, [], [{ id: 'gas', origins: 'sangachal', destinations: 'melendugno', commodity: 'natural-gas' }]));
    expect(gas[0]).toMatchObject({ scenarioId: 'baseline', capacityBcmPerYear: 11.2 });
  });

  it('rejects values it cannot flatten', () => {
    expect(() => toRows({ something: 1 } as never)).toThrow(InvalidArgumentError);
  });
});

describe('Jupyter display', () => {
  it('gives results an HTML table and a plain-text table, without changing their JSON', () => {
    const routes = findRoutes(network, 'tengiz', 'trieste', { ...crude, k: 2 });
    const display = (routes as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!;
    const bundle = display();
    expect(bundle['text/html']).toContain('<table>');
    expect(bundle['text/html']).toContain('<td>cpc &gt; cpc-marine-terminal-bosporus');
    expect(bundle['text/plain']).toContain(formatTable(toRows(routes)));
    expect(Object.keys(routes)).not.toContain(JUPYTER_DISPLAY.toString());
    expect(JSON.parse(JSON.stringify(routes)).routes).toHaveLength(2);
    const rows = compareScenarios(network, corridorScenarios().slice(0, 1), [{ id: 'q', origins: 'tengiz', destinations: 'trieste', commodity: 'crude-oil' }]);
    expect(typeof (rows as unknown as Record<symbol, unknown>)[JUPYTER_DISPLAY]).toBe('function');
  });

  it('shows an SVG as an image', () => {
    const shown = svgDisplay('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const bundle = (shown as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(bundle['image/svg+xml']).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
});

describe('formatTable', () => {
  const network = loadCorridorNetwork();
  it('aligns columns, formats numbers and accepts a result directly', () => {
    const routes = findRoutes(network, 'tengiz', 'trieste', { commodity: 'crude-oil', k: 2 });
    const table = formatTable(routes, { columns: ['rank', 'lengthKm', 'transitCountries'] });
    expect(table.split('\n')).toEqual([
      'rank  lengthKm  transitCountries',
      '----  --------  ----------------',
      '   1     4,588  RU > TR',
      '   2     4,771  RU > TR',
    ]);
    expect(formatTable([{ share: 0.90625, gap: null }])).toBe('share  gap\n-----  ---\n 0.91  —');
    expect(formatTable([])).toBe('(no rows)');
  });

  it('rejects a column no row has, naming it', () => {
    expect(() => formatTable([{ lengthKm: 1 }], { columns: ['lenghtKm'] })).toThrow(/"lenghtKm"/);
  });
});
