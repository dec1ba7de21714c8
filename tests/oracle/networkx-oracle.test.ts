import { describe, expect, it } from 'vitest';
import { findRoutes, maxFlow, type Network } from '../../src/index.js';
import { type TinyLink, tinyNetwork } from '../helpers/tiny-network.js';
import { type FixtureCase, type FixtureQuery as Query, loadFixtures } from './fixtures.js';

/**
 * The library against NetworkX: `fixtures.json` holds 300 seeded random multigraphs with NetworkX's
 * answers (max-flow value and min-cut capacity, the first k loopless path costs, whether removing
 * nodes or countries disconnects a pair); see `generate_fixtures.py` for how each question was put to
 * NetworkX. Capacities are in Mt/yr, so the library's t/yr figures are divided by 10⁶.
 */
const fixtures = loadFixtures();

function networkOf(c: FixtureCase): Network {
  const links: TinyLink[] = c.links.map((l) => ({
    id: l.id,
    from: l.from,
    to: l.to,
    lengthKm: l.lengthKm,
    direction: l.direction,
    transitCountries: l.transitCountries,
    ...(l.capacity === null ? {} : { capacity: { value: l.capacity, unit: 'Mt/yr' } }),
  }));
  return tinyNetwork(c.nodes, links);
}

const queriesOf = <K extends Query['kind']>(kind: K) =>
  fixtures.cases.flatMap((c) => c.queries.filter((q): q is Extract<Query, { kind: K }> => q.kind === kind).map((q) => ({ c, q })));

describe(`the library against NetworkX ${fixtures.networkx} (${fixtures.cases.length} random multigraphs)`, () => {
  const networks = new Map(fixtures.cases.map((c) => [c.id, networkOf(c)]));

  it('finds the same maximum-flow value and minimum-cut capacity', () => {
    const queries = queriesOf('maxflow');
    expect(queries.length).toBeGreaterThan(500);
    for (const { c, q } of queries) {
      const flow = maxFlow(networks.get(c.id)!, q.sources, q.sinks, { commodity: 'general-cargo' });
      const where = `${c.id} ${q.sources.join(',')}→${q.sinks.join(',')}`;
      expect(flow.value / 1e6, where).toBeCloseTo(q.value, 9);
      expect(flow.minCut.capacity / 1e6, where).toBeCloseTo(q.minCutCapacity, 9);
    }
  });

  it('finds the same costs for the first k loopless routes', () => {
    const queries = queriesOf('kshortest');
    expect(queries.length).toBeGreaterThan(500);
    for (const { c, q } of queries) {
      const { routes } = findRoutes(networks.get(c.id)!, q.origin, q.destination, { k: q.k });
      const costs = routes.map((r) => r.cost).sort((a, b) => a - b);
      expect(costs, `${c.id} ${q.origin}→${q.destination} k=${q.k}`).toEqual([...q.costs].sort((a, b) => a - b));
    }
  });

  it('agrees on whether removing nodes or countries disconnects a pair', () => {
    const queries = queriesOf('disconnects');
    expect(queries.length).toBeGreaterThan(800);
    let disconnected = 0;
    for (const { c, q } of queries) {
      const result = findRoutes(networks.get(c.id)!, q.origin, q.destination, {
        avoidNodes: q.removeNodes,
        avoidCountries: q.removeCountries,
      });
      expect(result.routes.length === 0, `${c.id} ${q.origin}→${q.destination}`).toBe(q.disconnected);
      if (q.disconnected) disconnected += 1;
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(disconnected).toBeGreaterThan(queries.length / 5);
    expect(disconnected).toBeLessThan((queries.length * 4) / 5);
  });
});
