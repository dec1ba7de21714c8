import fc from 'fast-check';
import { dijkstra } from 'graphology-shortest-path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { findRoutes, parseNetwork } from '../../src/index.js';
import { arbitraryDecimalNetwork, arbitraryNetwork } from '../helpers/arbitrary-network.js';
import { allSimplePaths } from '../helpers/brute-force.js';
import { tinyDataset, tinyNetwork } from '../helpers/tiny-network.js';

const legsOf = (route: { legs: readonly { linkId: string; direction: string }[] }) =>
  route.legs.map((l) => (l.direction === 'forward' ? l.linkId : `${l.linkId}<`));

const query = (nodeCount: number) =>
  fc.record({
    origin: fc.integer({ min: 0, max: nodeCount - 1 }).map((i) => `n${i}`),
    destination: fc.integer({ min: 0, max: nodeCount - 1 }).map((i) => `n${i}`),
    k: fc.integer({ min: 1, max: 8 }),
    withPlanned: fc.boolean(),
    avoid: fc.option(fc.constantFrom('AZ', 'GE', 'KZ', 'TR'), { freq: 3 }),
  });

const caseWithQuery = arbitraryNetwork.chain((net) => query(net.nodes.length).map((q) => ({ net, q })));
const decimalCaseWithQuery = arbitraryDecimalNetwork.chain((net) => query(net.nodes.length).map((q) => ({ net, q })));

describe('findRoutes against independent implementations', () => {
  it('returns exactly the first k loopless paths of an exhaustive enumeration, in the documented order', () => {
    fc.assert(
      fc.property(caseWithQuery, ({ net, q }) => {
        const statuses = q.withPlanned ? ['operational', 'planned'] : ['operational'];
        const avoidCountries = q.avoid === null ? [] : [q.avoid];
        const expected = allSimplePaths(net.nodes, net.links, q.origin, q.destination, { statuses, avoidCountries }).slice(0, q.k);
        const network = tinyNetwork(net.nodes, net.links);
        const result = findRoutes(network, q.origin, q.destination, {
          k: q.k,
          statuses: statuses as never,
          avoidCountries,
        });
        expect(result.routes.map(legsOf)).toEqual(expected.map((p) => p.legs));
        expect(result.routes.map((r) => r.cost)).toEqual(expected.map((p) => p.cost));
        expect(result.routes.map((r) => r.nodeIds)).toEqual(expected.map((p) => p.nodes));
        if (expected.length === 0) expect(result.reason).toBeDefined();
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });

  it('keeps the documented order with decimal lengths, whose sums differ only by rounding', () => {
    fc.assert(
      fc.property(decimalCaseWithQuery, ({ net, q }) => {
        const expected = allSimplePaths(net.nodes, net.links, q.origin, q.destination).slice(0, q.k);
        const result = findRoutes(tinyNetwork(net.nodes, net.links), q.origin, q.destination, { k: q.k });
        expect(result.routes.map(legsOf)).toEqual(expected.map((p) => p.legs));
      }),
      { numRuns: 400, seed: 20261130 },
    );
  });

  it('finds the same best cost as graphology-shortest-path’s Dijkstra on the permitted subgraph', () => {
    fc.assert(
      fc.property(caseWithQuery, ({ net, q }) => {
        const network = tinyNetwork(net.nodes, net.links);
        const ours = findRoutes(network, q.origin, q.destination).routes[0];
        // Oracle graph: only operational links, as directed edges (both ways for two-way links).
        const graph = new MultiDirectedGraph();
        for (const n of net.nodes) graph.addNode(n.id);
        for (const l of net.links) {
          if ((l.status ?? 'operational') !== 'operational') continue;
          graph.addEdge(l.from, l.to, { w: l.lengthKm });
          if (l.direction === 'both') graph.addEdge(l.to, l.from, { w: l.lengthKm });
        }
        if (q.origin === q.destination) return;
        const paths = dijkstra.singleSource(graph, q.origin, 'w') as Record<string, string[]>;
        const nodePath = paths[q.destination];
        if (nodePath === undefined) {
          expect(ours).toBeUndefined();
          return;
        }
        let cost = 0;
        for (let i = 1; i < nodePath.length; i++) {
          // Cheapest parallel edge of the hop. (graphology's directedEdges(a, b) also lists b→a edges on a
          // multigraph, so filter by source explicitly.)
          const [u, v] = [nodePath[i - 1]!, nodePath[i]!];
          const hop = graph.outEdges(u).filter((e) => graph.target(e) === v);
          cost += Math.min(...hop.map((e) => graph.getEdgeAttribute(e, 'w') as number));
        }
        expect(ours?.cost).toBe(cost);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('gives the first of k routes equal to the single best route', () => {
    fc.assert(
      fc.property(caseWithQuery, ({ net, q }) => {
        const network = tinyNetwork(net.nodes, net.links);
        const one = findRoutes(network, q.origin, q.destination);
        const many = findRoutes(network, q.origin, q.destination, { k: q.k });
        expect(many.routes[0]).toEqual(one.routes[0]);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('never shortens the best route when a link is closed', () => {
    fc.assert(
      fc.property(caseWithQuery, fc.nat(), ({ net, q }, pick) => {
        const network = tinyNetwork(net.nodes, net.links);
        const before = findRoutes(network, q.origin, q.destination).routes[0];
        const closed = net.links[pick % net.links.length]!.id;
        const after = findRoutes(network, q.origin, q.destination, { closedLinks: [closed] }).routes[0];
        if (before === undefined) expect(after).toBeUndefined();
        else if (after !== undefined) {
          expect(after.cost).toBeGreaterThanOrEqual(before.cost);
          expect(after.linkIds).not.toContain(closed);
        }
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('does not depend on the order of features in the dataset', () => {
    fc.assert(
      fc.property(caseWithQuery, fc.nat(), ({ net, q }, seed) => {
        const dataset = tinyDataset(net.nodes, net.links) as { features: unknown[] };
        const shuffled = [...dataset.features];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = findRoutes(parseNetwork(dataset), q.origin, q.destination, { k: q.k });
        const b = findRoutes(parseNetwork({ ...dataset, features: shuffled }), q.origin, q.destination, { k: q.k });
        expect(b).toEqual(a);
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});

describe('findRoutes with distinct routes, against the exhaustive enumeration', () => {
  it('returns the best route for each distinct set of transit countries, in order', () => {
    fc.assert(
      fc.property(caseWithQuery, ({ net, q }) => {
        const all = allSimplePaths(net.nodes, net.links, q.origin, q.destination);
        const byId = new Map(net.nodes.map((n) => [n.id, n.country]));
        const ends = new Set([byId.get(q.origin), byId.get(q.destination)]);
        const seen = new Set<string>();
        const expected = all.filter((p) => {
          const key = [...p.countries].filter((c) => !ends.has(c)).sort().join('+');
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }).slice(0, q.k);
        const result = findRoutes(tinyNetwork(net.nodes, net.links), q.origin, q.destination, { k: q.k, distinct: 'transit-countries' });
        expect(result.routes.map(legsOf)).toEqual(expected.map((p) => p.legs));
        expect(new Set(result.routes.map((r) => [...r.transitCountries].sort().join('+'))).size).toBe(result.routes.length);
        if (expected.length > 0) expect(result.distinct?.complete).toBe(true);
      }),
      { numRuns: 300, seed: 20261208 },
    );
  });

  it('keeps only routes sharing at most the given share of their length with every better route kept', () => {
    fc.assert(
      fc.property(caseWithQuery, fc.constantFrom(0, 0.3, 0.5, 1), ({ net, q }, share) => {
        const lengths = new Map(net.links.map((l) => [l.id, l.lengthKm]));
        const all = allSimplePaths(net.nodes, net.links, q.origin, q.destination);
        const kept: typeof all = [];
        for (const p of all) {
          const own = new Set(p.legs.map((l) => l.replace('<', '')));
          const length = [...p.legs].reduce((s, l) => s + lengths.get(l.replace('<', ''))!, 0);
          const ok = kept.every((o) => {
            const shared = new Set(o.legs.map((l) => l.replace('<', '')).filter((id) => own.has(id)));
            return [...shared].reduce((s, id) => s + lengths.get(id)!, 0) <= share * length + 1e-9;
          });
          if (ok) kept.push(p);
          if (kept.length >= q.k) break;
        }
        const result = findRoutes(tinyNetwork(net.nodes, net.links), q.origin, q.destination, { k: q.k, distinct: { maxSharedShare: share } });
        expect(result.routes.map(legsOf)).toEqual(kept.map((p) => p.legs));
      }),
      { numRuns: 300, seed: 20261209 },
    );
  });

  it('says when the enumeration limit stopped it before k distinct routes', () => {
    // Two ways through KZ (several parallel links) and one through RU, costlier than all of them.
    const nodes = [{ id: 'a', country: 'CN' }, { id: 'k', country: 'KZ' }, { id: 'r', country: 'RU' }, { id: 'd', country: 'DE' }];
    const links = [
      { id: 'ak1', from: 'a', to: 'k', lengthKm: 1 }, { id: 'ak2', from: 'a', to: 'k', lengthKm: 2 }, { id: 'ak3', from: 'a', to: 'k', lengthKm: 3 },
      { id: 'kd', from: 'k', to: 'd', lengthKm: 1 }, { id: 'ar', from: 'a', to: 'r', lengthKm: 50 }, { id: 'rd', from: 'r', to: 'd', lengthKm: 50 },
    ];
    const network = tinyNetwork(nodes, links);
    const limited = findRoutes(network, 'a', 'd', { k: 2, distinct: 'transit-countries', maxEnumerated: 2 });
    expect(limited.routes.map((r) => r.transitCountries)).toEqual([['KZ']]);
    expect(limited.distinct).toEqual({ by: 'transit-countries', enumerated: 2, complete: false });
    const full = findRoutes(network, 'a', 'd', { k: 2, distinct: 'transit-countries' });
    expect(full.routes.map((r) => r.transitCountries)).toEqual([['KZ'], ['RU']]);
    expect(full.distinct?.complete).toBe(true);
  });
});
