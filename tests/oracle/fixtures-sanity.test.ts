/**
 * Sanity checks of tests/oracle/fixtures.json (NetworkX answers written by generate_fixtures.py).
 * These test the fixtures themselves, not the library: well-formed ids and links, max-flow value equal
 * to the min-cut capacity, k-shortest costs nondecreasing and at most k, and the reachability answers
 * reproduced by a plain breadth-first search.
 */
import { type FixtureCase, loadFixtures } from './fixtures.js';
import { describe, expect, it } from 'vitest';

const fixtures = loadFixtures();
const { cases } = fixtures;
const COUNTRIES = ['AZ', 'GE', 'KZ', 'TR', 'RU'];

/** Nodes reachable from `origin` over the links' travel directions, skipping removed nodes. */
function reachable(c: FixtureCase, origin: string, removed: ReadonlySet<string>): Set<string> {
  const out = new Map<string, string[]>();
  const arc = (a: string, b: string): void => {
    const list = out.get(a) ?? [];
    list.push(b);
    out.set(a, list);
  };
  for (const l of c.links) {
    arc(l.from, l.to);
    if (l.direction === 'both') arc(l.to, l.from);
  }
  const seen = new Set<string>();
  if (removed.has(origin)) return seen;
  const stack = [origin];
  seen.add(origin);
  while (stack.length > 0) {
    for (const next of out.get(stack.pop()!) ?? []) {
      if (removed.has(next) || seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return seen;
}

describe('oracle fixtures: file', () => {
  it('records the seed and the NetworkX version', () => {
    expect(fixtures.seed).toBe(20261129);
    expect(fixtures.networkx).toMatch(/^\d+\.\d+/);
    expect(fixtures.countries).toEqual(COUNTRIES);
  });

  it('has about 300 cases with ids case-001, case-002, ...', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(cases.length).toBeLessThanOrEqual(350);
    cases.forEach((c, i) => expect(c.id).toBe(`case-${String(i + 1).padStart(3, '0')}`));
  });

  it('covers the interesting shapes', () => {
    const links = cases.flatMap((c) => c.links);
    const queries = cases.flatMap((c) => c.queries);
    const hasParallel = (c: FixtureCase): boolean => {
      const pairs = c.links.map((l) => [l.from, l.to].sort().join('|'));
      return new Set(pairs).size < pairs.length;
    };
    expect(cases.filter(hasParallel).length).toBeGreaterThan(100);
    const nullShare = links.filter((l) => l.capacity === null).length / links.length;
    expect(nullShare).toBeGreaterThan(0.05);
    expect(nullShare).toBeLessThan(0.15);
    expect(links.some((l) => l.direction === 'both')).toBe(true);
    expect(links.some((l) => l.direction === 'forward')).toBe(true);
    const flows = queries.filter((q) => q.kind === 'maxflow');
    expect(flows.some((q) => q.sources.length === 1 && q.sinks.length === 1)).toBe(true);
    expect(flows.some((q) => q.sources.length > 1)).toBe(true);
    expect(flows.some((q) => q.sinks.length > 1)).toBe(true);
    expect(flows.some((q) => q.value === 0)).toBe(true);
    const dis = queries.filter((q) => q.kind === 'disconnects');
    expect(dis.some((q) => q.disconnected)).toBe(true);
    expect(dis.some((q) => !q.disconnected)).toBe(true);
    expect(dis.some((q) => q.removeCountries.length > 0)).toBe(true);
    expect(dis.some((q) => q.removeNodes.length > 0)).toBe(true);
    const ks = queries.filter((q) => q.kind === 'kshortest');
    expect(ks.some((q) => q.costs.length === q.k && q.k > 1)).toBe(true);
    expect(ks.some((q) => q.costs.length === 0)).toBe(true);
  });
});

describe('oracle fixtures: every case', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s is well formed and self-consistent', (_id, c) => {
    // nodes
    expect(c.nodes.length).toBeGreaterThanOrEqual(3);
    expect(c.nodes.length).toBeLessThanOrEqual(8);
    const country = new Map<string, string>();
    for (const n of c.nodes) {
      expect(n.id).toMatch(/^n\d+$/);
      expect(country.has(n.id)).toBe(false);
      expect(COUNTRIES).toContain(n.country);
      country.set(n.id, n.country);
    }
    // links
    expect(c.links.length).toBeGreaterThanOrEqual(2);
    expect(c.links.length).toBeLessThanOrEqual(16);
    const linkIds = new Set<string>();
    let totalCapacity = 0;
    for (const l of c.links) {
      expect(l.id).toMatch(/^l\d{2}$/);
      expect(linkIds.has(l.id)).toBe(false);
      linkIds.add(l.id);
      expect(country.has(l.from)).toBe(true);
      expect(country.has(l.to)).toBe(true);
      expect(l.from).not.toBe(l.to);
      expect(['forward', 'both']).toContain(l.direction);
      expect(Number.isInteger(l.lengthKm) && l.lengthKm >= 1 && l.lengthKm <= 9).toBe(true);
      if (l.capacity !== null) {
        expect(Number.isInteger(l.capacity) && l.capacity >= 1 && l.capacity <= 20).toBe(true);
        totalCapacity += l.direction === 'both' ? 2 * l.capacity : l.capacity;
      }
      const cf = country.get(l.from)!;
      const ct = country.get(l.to)!;
      expect(l.transitCountries).toEqual(cf === ct ? [cf] : [cf, ct]);
    }
    // queries
    expect(c.queries.length).toBeGreaterThan(0);
    for (const q of c.queries) {
      if (q.kind === 'maxflow') {
        expect(q.value).toBe(q.minCutCapacity);
        expect(Number.isInteger(q.value) && q.value >= 0).toBe(true);
        expect(q.value).toBeLessThanOrEqual(totalCapacity);
        expect(q.sources.length).toBeGreaterThan(0);
        expect(q.sinks.length).toBeGreaterThan(0);
        for (const v of [...q.sources, ...q.sinks]) expect(country.has(v)).toBe(true);
        expect(q.sources.filter((s) => q.sinks.includes(s))).toEqual([]);
        // a positive flow needs some sink reachable from some source (over capacity-known links or not)
        if (q.value > 0) {
          const reach = new Set(q.sources.flatMap((s) => [...reachable(c, s, new Set())]));
          expect(q.sinks.some((t) => reach.has(t))).toBe(true);
        }
      } else if (q.kind === 'kshortest') {
        expect(Number.isInteger(q.k) && q.k >= 1 && q.k <= 8).toBe(true);
        expect(q.origin).not.toBe(q.destination);
        expect(q.costs.length).toBeLessThanOrEqual(q.k);
        for (let i = 1; i < q.costs.length; i++) expect(q.costs[i]!).toBeGreaterThanOrEqual(q.costs[i - 1]!);
        for (const cost of q.costs) expect(Number.isInteger(cost) && cost >= 1).toBe(true);
        const connected = reachable(c, q.origin, new Set()).has(q.destination);
        expect(q.costs.length > 0).toBe(connected);
      } else {
        expect(q.origin).not.toBe(q.destination);
        expect(q.removeNodes).not.toContain(q.origin);
        expect(q.removeNodes).not.toContain(q.destination);
        expect(q.removeCountries).not.toContain(country.get(q.origin));
        expect(q.removeCountries).not.toContain(country.get(q.destination));
        for (const v of q.removeNodes) expect(country.has(v)).toBe(true);
        for (const code of q.removeCountries) expect(COUNTRIES).toContain(code);
        const removed = new Set(q.removeNodes);
        for (const [id, code] of country) if (q.removeCountries.includes(code)) removed.add(id);
        expect(reachable(c, q.origin, removed).has(q.destination)).toBe(!q.disconnected);
      }
    }
  });
});
