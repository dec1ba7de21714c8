import { describe, expect, it } from 'vitest';
import { InvalidOptionError, findRoutes, loadCorridorNetwork, renderRouteChart } from '../../src/index.js';

const network = loadCorridorNetwork();
const routes = findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil' });

describe('renderRouteChart options', () => {
  it('ignores inherited option keys instead of reading (or rejecting) them', () => {
    // A width of 5 px would be rejected if it were read; the title would show if it were used.
    const inherited = Object.create({ width: 5, title: 'Polluted', x: 'nonsense' }) as object;
    const out = renderRouteChart(routes, inherited);
    expect(out).toContain('width="720" height="440"');
    expect(out).not.toContain('Polluted');
    expect(out).toBe(renderRouteChart(routes));
  });

  it('still reads and checks own options', () => {
    expect(renderRouteChart(routes, { width: 800, title: 'Mine' })).toContain('width="800"');
    expect(renderRouteChart(routes, { width: 800, title: 'Mine' })).toContain('<title>Mine</title>');
    expect(() => renderRouteChart(routes, { width: 5 })).toThrow(InvalidOptionError);
    expect(() => renderRouteChart(routes, { width: 5 })).toThrow(/"width"/);
  });
});
