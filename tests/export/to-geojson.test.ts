import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  capacityDependency,
  compareScenarios,
  corridorScenarios,
  criticalElements,
  findRoutes,
  loadCorridorNetwork,
  maxFlow,
  toGeoJSON,
  transitDependency,
} from '../../src/index.js';

const network = loadCorridorNetwork();
const crude = { commodity: 'crude-oil' } as const;
const valid = (fc: unknown) => check(JSON.stringify(fc)); // throws on anything RFC 7946 forbids
const count = (fc: ReturnType<typeof toGeoJSON>) => {
  const out: Record<string, number> = {};
  for (const f of fc.features) out[f.properties.featureType] = (out[f.properties.featureType] ?? 0) + 1;
  return out;
};

describe('toGeoJSON', () => {
  it('writes the network as valid GeoJSON: a Point per node and a LineString per link', () => {
    const fc = toGeoJSON(network);
    expect(() => valid(fc)).not.toThrow();
    expect(count(fc)).toEqual({ node: network.nodes.size, link: network.links.size });
    const btc = fc.features.find((f) => f.properties['id'] === 'btc')!;
    expect(btc.geometry.type).toBe('LineString');
    expect(btc.properties).toMatchObject({ mode: 'pipeline', status: 'operational', lengthKm: 1768, transitCountries: ['AZ', 'GE', 'TR'], geometryKnown: true, capacity: '1.2 Mbbl/d' });
    const rail = fc.features.find((f) => f.properties['id'] === 'samtredia-poti')!;
    expect(rail.properties['geometryKnown']).toBe(false);
    const [samtredia, poti] = [network.nodes.get('samtredia')!, network.nodes.get('poti')!];
    expect((rail.geometry as { coordinates: number[][] }).coordinates).toEqual([[...samtredia.lonLat], [...poti.lonLat]]);
    const aktau = fc.features.find((f) => f.properties['id'] === 'aktau')!;
    expect((aktau.geometry as { coordinates: number[] }).coordinates).toEqual([51.15, 43.65]); // [lon, lat]
  });

  it('draws routes in travel order from origin to destination, with their rank', () => {
    const result = findRoutes(network, 'tengiz', 'trieste', { ...crude, k: 3 });
    const fc = toGeoJSON(result);
    expect(() => valid(fc)).not.toThrow();
    expect(count(fc)).toEqual({ route: 3, origin: 1, destination: 1 });
    const first = fc.features[0]!;
    expect(first.properties).toMatchObject({ rank: 1, linkIds: result.routes[0]!.linkIds });
    const coords = (first.geometry as { coordinates: number[][] }).coordinates;
    const near = (a: number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < 0.5;
    expect(near(coords[0]!, network.nodes.get('tengiz')!.lonLat)).toBe(true);
    expect(near(coords[coords.length - 1]!, network.nodes.get('trieste')!.lonLat)).toBe(true);
    expect(toGeoJSON(result.routes)).toEqual(fc);
  });

  it('maps a dependency result: best route, detours, must-pass countries as polygons', () => {
    const dep = transitDependency(network, 'tengiz', 'trieste', crude);
    const fc = toGeoJSON(dep);
    expect(() => valid(fc)).not.toThrow();
    const countries = fc.features.filter((f) => f.properties.featureType === 'transit-country');
    expect(countries.map((f) => f.properties['country']).sort()).toEqual(dep.countries.map((c) => c.country).sort());
    expect(countries.find((f) => f.properties['country'] === 'TR')!.properties).toMatchObject({ mustPass: true, shareLost: 1 });
    expect(fc.features.filter((f) => f.properties.featureType === 'detour')).toHaveLength(dep.countries.filter((c) => !c.mustPass).length);
  });

  it('maps flows, capacity dependence, N-1 rankings and scenario rows', () => {
    const flow = maxFlow(network, 'tengiz', 'trieste', crude);
    const flowFc = toGeoJSON(flow);
    expect(() => valid(flowFc)).not.toThrow();
    expect(flowFc.features.find((f) => f.properties['id'] === 'cpc')!.properties).toMatchObject({ featureType: 'flow', flow: 72_500_000, unit: 't/yr', minCut: true });
    expect(() => valid(toGeoJSON(capacityDependency(network, 'tengiz', 'trieste', crude)))).not.toThrow();
    const n1 = toGeoJSON(criticalElements(network, 'tengiz', 'trieste', crude));
    expect(() => valid(n1)).not.toThrow();
    expect(n1.features[0]!.properties).toMatchObject({ rank: 1 });
    const rows = compareScenarios(network, corridorScenarios().slice(0, 2), [{ id: 'q', origins: 'tengiz', destinations: 'trieste', commodity: 'crude-oil' }]);
    const scenarioFc = toGeoJSON(rows);
    expect(() => valid(scenarioFc)).not.toThrow();
    expect(scenarioFc.features.map((f) => f.properties['scenarioId'])).toEqual(['baseline', 'cpc-terminal-2022', 'sanctions-avoid-russia']);
  });

  it('rejects what it cannot map, naming the argument', () => {
    expect(() => toGeoJSON({ foo: 1 } as never, network)).toThrow(InvalidArgumentError);
    expect(() => toGeoJSON({ routes: [] } as never)).toThrow(/pass the network/);
  });
});
