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
  parseNetwork,
  toGeoJSON,
  transitDependency,
} from '../../src/index.js';
import { tinyDataset, tinyNetwork } from '../helpers/tiny-network.js';

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

describe('toGeoJSON: foreign results, unbounded flows, long geometry', () => {
  it('refuses a result with a network it was not computed on, as renderMap does', () => {
    const synthetic = tinyNetwork([{ id: 'tengiz', country: 'KZ' }, { id: 'trieste', country: 'IT' }], [{ id: 'x', from: 'tengiz', to: 'trieste', lengthKm: 10 }]);
    const routes = findRoutes(network, 'tengiz', 'trieste', crude);
    expect(() => toGeoJSON(routes, synthetic)).toThrow(InvalidArgumentError);
    expect(() => toGeoJSON(routes, synthetic)).toThrow('toGeoJSON: argument "network" is invalid: the result was computed on another network');
    expect(() => toGeoJSON(routes.routes, synthetic)).toThrow(/another network/);
    expect(toGeoJSON(routes, network)).toEqual(toGeoJSON(routes)); // its own network is fine
  });

  it('says "unbounded" instead of writing Infinity, which JSON would turn into null', () => {
    // s → t over an unlimited sea lane: the flow is unbounded.
    const open = tinyNetwork(
      [{ id: 's', country: 'KZ' }, { id: 't', country: 'AZ' }, { id: 'u', country: 'AZ' }],
      [
        { id: 'lane', from: 's', to: 't', lengthKm: 300, mode: 'sea', direction: 'forward', capacity: { unlimited: true, note: 'open sea' } },
        { id: 'pipe', from: 's', to: 't', lengthKm: 300, mode: 'sea', direction: 'forward', capacity: { value: 5, unit: 'Mt/yr' } },
      ],
    );
    const flow = maxFlow(open, 's', 't', { commodity: 'general-cargo' });
    expect(flow.value).toBe(Infinity);
    const fc = toGeoJSON(flow);
    const lane = fc.features.find((f) => f.properties['id'] === 'lane')!;
    expect(lane.properties).toMatchObject({ featureType: 'flow', flowUnbounded: true });
    expect('flow' in lane.properties).toBe(false);
    const text = JSON.stringify(fc);
    expect(text).not.toContain('null');
    expect(() => valid(fc)).not.toThrow();
    const finite = toGeoJSON(maxFlow(network, 'tengiz', 'trieste', crude));
    expect(finite.features.find((f) => f.properties['id'] === 'cpc')!.properties).toMatchObject({ flow: 72_500_000, flowUnbounded: false });
    // Scenario rows: an unbounded capacity is flagged, and a delta against it left out.
    const rows = compareScenarios(open, [{ id: 'lane-closed', name: 'Lane closed', sources: [{ title: 'test' }], closedLinks: ['lane'] }], [
      { id: 'q', origins: 's', destinations: 't', commodity: 'general-cargo' },
    ]);
    const props = toGeoJSON(rows).features.map((f) => f.properties);
    expect(props[0]).toMatchObject({ scenarioId: 'baseline', capacityUnbounded: true });
    expect('capacity' in props[0]!).toBe(false);
    expect(props[1]).toMatchObject({ scenarioId: 'lane-closed', capacity: 5_000_000, capacityUnbounded: false });
    expect('deltaCapacity' in props[1]!).toBe(false);
    expect(JSON.stringify(toGeoJSON(rows))).not.toContain('null');
  });

  it('writes a route over a 200,000-vertex link geometry (no RangeError from spreading it into push)', () => {
    const V = 200_000;
    const dataset = tinyDataset([{ id: 'a', country: 'KZ', lonLat: [0, 0] }, { id: 'b', country: 'KZ', lonLat: [1, 0] }], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 112 }]) as {
      features: { geometry: unknown }[];
    };
    dataset.features[2]!.geometry = { type: 'LineString', coordinates: Array.from({ length: V }, (_, i) => [i / (V - 1), 0]) };
    const long = parseNetwork(dataset, { checkNodeCountries: false });
    const fc = toGeoJSON(findRoutes(long, 'b', 'a'));
    const coordinates = (fc.features[0]!.geometry as { coordinates: number[][] }).coordinates;
    expect(coordinates).toHaveLength(V);
    expect(coordinates[0]).toEqual([1, 0]); // in travel order, from b
  });
});
