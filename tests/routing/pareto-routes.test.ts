import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRoutes, InvalidOptionError, type ParetoCriterion, paretoRoutes, toRows } from '../../src/index.js';
import { oracleDwell } from '../helpers/brute-force-transfers.js';
import { type TinyLink, type TinyNode, tinyNetwork } from '../helpers/tiny-network.js';

const CONTAINERS = ['containers'];
const COUNTRIES = ['CN', 'KZ', 'RU', 'AZ', 'GE'];

interface OracleRoute {
  legs: string[];
  values: Record<string, number>;
}

/**
 * Every loopless route with every criterion computed here, independently of the library: length,
 * moving time + dwell (see brute-force-transfers), transit countries (countries of nodes and links
 * except the ends'), transfers (changes of mode, or of gauge between rail links), border crossings
 * (changes along the collapsed country sequence), and the count of given countries touched.
 */
function allRoutes(nodes: TinyNode[], links: TinyLink[], origin: string, destination: string): OracleRoute[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const dwellValues = nodes.flatMap((n) => ((n.dwell ?? []) as { trigger: string; hours: number }[]));
  const median = (xs: number[]) => {
    if (xs.length === 0) return 0;
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const defaults = { mode: median(dwellValues.filter((d) => d.trigger === 'mode-change').map((d) => d.hours)), gauge: median(dwellValues.filter((d) => d.trigger === 'gauge-change').map((d) => d.hours)) };
  const arcs: { link: TinyLink; from: string; to: string; label: string; countries: string[] }[] = [];
  for (const link of links) {
    const countries = link.transitCountries!;
    arcs.push({ link, from: link.from, to: link.to, label: link.id, countries });
    if (link.direction === 'both') arcs.push({ link, from: link.to, to: link.from, label: `${link.id}<`, countries: [...countries].reverse() });
  }
  const out: OracleRoute[] = [];
  const walk = (at: string, visited: Set<string>, path: typeof arcs) => {
    if (at === destination && path.length > 0) {
      const sequence = [byId.get(origin)!.country];
      let length = 0;
      let time = 0;
      let transfers = 0;
      path.forEach((arc, i) => {
        length += arc.link.lengthKm;
        time += arc.link.transitTimeHours!;
        if (i > 0) {
          const prev = path[i - 1]!.link;
          time += oracleDwell(byId.get(arc.from)!, prev, arc.link, 'containers', defaults);
          const modeChange = (prev.mode ?? 'rail') !== (arc.link.mode ?? 'rail');
          const gaugeChange = !modeChange && (prev.mode ?? 'rail') === 'rail' && prev.gaugeMm !== undefined && arc.link.gaugeMm !== undefined && prev.gaugeMm !== arc.link.gaugeMm;
          if (modeChange || gaugeChange) transfers += 1;
        }
        for (const c of [...arc.countries, byId.get(arc.to)!.country]) if (sequence[sequence.length - 1] !== c) sequence.push(c);
      });
      const ends = new Set([byId.get(origin)!.country, byId.get(destination)!.country]);
      const touched = new Set(sequence);
      out.push({
        legs: path.map((a) => a.label),
        values: {
          lengthKm: length,
          transitTimeHours: time,
          transitCountries: [...touched].filter((c) => !ends.has(c)).length,
          transfers,
          borderCrossings: sequence.length - 1,
          'crosses:RU': touched.has('RU') ? 1 : 0,
        },
      });
      return;
    }
    if (at === destination) return;
    for (const arc of arcs) {
      if (arc.from !== at || visited.has(arc.to)) continue;
      visited.add(arc.to);
      path.push(arc);
      walk(arc.to, visited, path);
      path.pop();
      visited.delete(arc.to);
    }
  };
  walk(origin, new Set([origin]), []);
  return out;
}

/** The distinct non-dominated value vectors among `routes` on `labels`. */
function frontVectors(routes: OracleRoute[], labels: string[]): string[] {
  const vectors = routes.map((r) => labels.map((l) => r.values[l]!));
  const dominated = (a: number[], b: number[]) => b.every((x, i) => x <= a[i]!) && b.some((x, i) => x < a[i]!);
  const keep = vectors.filter((v) => !vectors.some((w) => dominated(v, w)));
  return [...new Set(keep.map((v) => JSON.stringify(v)))].sort();
}

describe('paretoRoutes', () => {
  /**
   * Xi'an-like origin x, Duisburg-like destination d: a fast northern route through RU (x-k-r-d, 30 h
   * moving, 1 gauge change at k of 5 h) and a longer, slower Middle-Corridor route avoiding RU
   * (x-k-a-g-d, with a 48 h sea transfer at a), plus a dominated detour through RU and AZ.
   */
  function twoCorridors() {
    const nodes: TinyNode[] = [
      { id: 'x', country: 'CN' },
      { id: 'k', country: 'KZ', dwell: [{ trigger: 'gauge-change', activity: 'reload', commodities: CONTAINERS, hours: 5, basis: 'published', note: 't' }] },
      { id: 'r', country: 'RU' },
      { id: 'a', country: 'KZ', dwell: [{ trigger: 'mode-change', activity: 'port', commodities: CONTAINERS, hours: 48, basis: 'published', note: 't' }] },
      { id: 'g', country: 'GE' },
      { id: 'd', country: 'DE' },
    ];
    const rail = (id: string, from: string, to: string, km: number, h: number, gauge: number, transit?: string[]): TinyLink => ({
      id, from, to, lengthKm: km, transitTimeHours: h, gaugeMm: gauge, commodities: CONTAINERS, ...(transit ? { transitCountries: transit } : {}),
    });
    const links: TinyLink[] = [
      rail('xk', 'x', 'k', 3000, 60, 1435),
      rail('kr', 'k', 'r', 3000, 60, 1520),
      rail('rd', 'r', 'd', 3000, 60, 1520, ['RU', 'BY', 'PL', 'DE']),
      rail('ka', 'k', 'a', 3000, 60, 1520),
      { id: 'ag', from: 'a', to: 'g', lengthKm: 500, transitTimeHours: 24, mode: 'sea', commodities: CONTAINERS, transitCountries: ['KZ', 'AZ', 'GE'] },
      rail('gd', 'g', 'd', 4000, 200, 1435, ['GE', 'TR', 'BG', 'RO', 'HU', 'AT', 'DE']),
    ];
    return { nodes, links, network: tinyNetwork(nodes, links) };
  }

  it('shows the fast route through Russia and the Russia-free one, each with its criteria, by hand', () => {
    const { network } = twoCorridors();
    const front = paretoRoutes(network, 'x', 'd', { commodity: 'containers', criteria: ['transitTimeHours', 'lengthKm', { crosses: ['RU'] }] });
    expect(front.criteria).toEqual(['transitTimeHours', 'lengthKm', 'crosses:RU']);
    expect(front.routes.map((r) => [r.rank, r.linkIds, r.criteria])).toEqual([
      [1, ['xk', 'kr', 'rd'], { transitTimeHours: 185, lengthKm: 9000, 'crosses:RU': 1 }],
      // k: gauge change 5 h; a: train to ship 48 h; g: ship to train, no data, so the median of the
      // network's mode-change entries (48 h) is charged and g is listed.
      [2, ['xk', 'ka', 'ag', 'gd'], { transitTimeHours: 60 + 5 + 60 + 48 + 24 + 48 + 200, lengthKm: 10500, 'crosses:RU': 0 }],
    ]);
    expect(front.dwellAssumedAt).toEqual(['g']);
    expect(front.frontSize).toBe(2);
    expect(front.truncated).toBe(false);
    expect(front.routes[1]!.transitTimeHours).toBe(445);
    const rows = toRows(front);
    expect(rows[1]).toMatchObject({ rank: 2, transitTimeHours: 445, 'crosses:RU': 0, transfers: 3 });
  });

  it('caps the routes returned but reports the whole front, and explains an empty answer', () => {
    const { network } = twoCorridors();
    const capped = paretoRoutes(network, 'x', 'd', { commodity: 'containers', criteria: ['transitTimeHours', 'lengthKm', { crosses: ['RU'] }], maxRoutes: 1 });
    expect(capped.routes).toHaveLength(1);
    expect([capped.frontSize, capped.truncated]).toEqual([2, true]);
    const none = paretoRoutes(network, 'x', 'd', { commodity: 'containers', avoidCountries: ['RU', 'GE'] });
    expect(none.routes).toEqual([]);
    expect(none.reason?.code).toBe('destination-isolated');
  });

  it('lists the links left out for lack of a criterion', () => {
    const { nodes, links } = twoCorridors();
    delete links.find((l) => l.id === 'ag')!.transitTimeHours;
    const front = paretoRoutes(tinyNetwork(nodes, links), 'x', 'd', { commodity: 'containers', criteria: ['transitTimeHours', 'lengthKm'] });
    expect(front.linksWithoutCriterion).toEqual({ transitTimeHours: ['ag'], lengthKm: [] });
    expect(front.routes.map((r) => r.linkIds)).toEqual([['xk', 'kr', 'rd']]);
  });

  it('rejects criteria it does not know, repeated ones and a bad cap, naming the option', () => {
    const { network } = twoCorridors();
    expect(() => paretoRoutes(network, 'x', 'd', { criteria: ['lengthKm'] })).toThrow(InvalidOptionError);
    expect(() => paretoRoutes(network, 'x', 'd', { criteria: ['lengthKm', 'speed' as never] })).toThrow(/criteria\[1\]/);
    expect(() => paretoRoutes(network, 'x', 'd', { criteria: ['lengthKm', 'lengthKm'] })).toThrow(/twice/);
    expect(() => paretoRoutes(network, 'x', 'd', { criteria: ['lengthKm', { crosses: ['XX'] }] })).toThrow(/crosses/);
    expect(() => paretoRoutes(network, 'x', 'd', { maxRoutes: 0 })).toThrow(/maxRoutes/);
  });

  it('gives findRoutes’ best route for each criterion alone among its routes', () => {
    const { network } = twoCorridors();
    const front = paretoRoutes(network, 'x', 'd', { commodity: 'containers', criteria: ['transitTimeHours', 'lengthKm'] });
    const fastest = findRoutes(network, 'x', 'd', { commodity: 'containers', weight: 'transitTimeHours' }).routes[0]!;
    expect(front.routes[0]!.linkIds).toEqual(fastest.linkIds);
  });

  it('equals the front of an exhaustive enumeration on random small multigraphs, every route loopless', () => {
    const criteriaSets: ParetoCriterion[][] = [
      ['lengthKm', 'transitTimeHours'],
      ['transitTimeHours', 'transitCountries'],
      ['lengthKm', 'transitTimeHours', 'transitCountries'],
      ['transitTimeHours', 'transfers', 'borderCrossings'],
      ['lengthKm', { crosses: ['RU'] }],
      ['transitTimeHours', 'lengthKm', 'transfers', { crosses: ['RU'] }],
    ];
    const arbitrary = fc.integer({ min: 2, max: 6 }).chain((n) => {
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const node = fc.constantFrom(...ids);
      const entry = fc.oneof(
        fc.integer({ min: 0, max: 9 }).map((h) => ({ trigger: 'gauge-change', activity: 'g', commodities: CONTAINERS, hours: h, basis: 'published', note: 't' })),
        fc.integer({ min: 0, max: 9 }).map((h) => ({ trigger: 'mode-change', activity: 'm', commodities: CONTAINERS, hours: h, basis: 'published', note: 't' })),
        fc.integer({ min: 0, max: 3 }).map((h) => ({ trigger: 'passage', activity: 'p', commodities: CONTAINERS, hours: h, basis: 'published', note: 't' })),
      );
      return fc.record({
        countries: fc.array(fc.constantFrom(...COUNTRIES), { minLength: n, maxLength: n }),
        dwell: fc.array(fc.array(entry, { maxLength: 2 }), { minLength: n, maxLength: n }),
        links: fc.array(
          fc.record({
            from: node,
            to: node,
            km: fc.integer({ min: 1, max: 9 }),
            hours: fc.integer({ min: 1, max: 9 }),
            mode: fc.constantFrom('rail', 'rail', 'sea'),
            gauge: fc.constantFrom(1435, 1520),
            via: fc.option(fc.constantFrom(...COUNTRIES), { freq: 3 }),
            direction: fc.constantFrom('forward' as const, 'both' as const),
          }).filter((l) => l.from !== l.to),
          { minLength: 1, maxLength: 11 },
        ),
        origin: node,
        destination: node,
        criteria: fc.constantFrom(...criteriaSets),
      }).map((c) => {
        const nodes: TinyNode[] = ids.map((id, i) => ({ id, country: c.countries[i]!, ...(c.dwell[i]!.length > 0 ? { dwell: c.dwell[i]! } : {}) }));
        const countryOf = new Map(nodes.map((x) => [x.id, x.country]));
        const links: TinyLink[] = c.links.map((l, i) => {
          const a = countryOf.get(l.from)!;
          const b = countryOf.get(l.to)!;
          const transit = [a];
          if (l.via !== null && l.via !== a && l.via !== b) transit.push(l.via);
          if (b !== transit[transit.length - 1]) transit.push(b);
          return {
            id: `l${String(i).padStart(2, '0')}`, from: l.from, to: l.to, lengthKm: l.km, transitTimeHours: l.hours, mode: l.mode, direction: l.direction,
            commodities: CONTAINERS, transitCountries: transit, ...(l.mode === 'rail' ? { gaugeMm: l.gauge } : {}),
          };
        });
        return { nodes, links, origin: c.origin, destination: c.destination, criteria: c.criteria };
      });
    });
    fc.assert(
      fc.property(arbitrary, (c) => {
        const network = tinyNetwork(c.nodes, c.links);
        const result = paretoRoutes(network, c.origin, c.destination, { commodity: 'containers', criteria: c.criteria, maxRoutes: 1000 });
        const oracle = c.origin === c.destination ? [] : allRoutes(c.nodes, c.links, c.origin, c.destination);
        const labels = result.criteria as string[];
        expect(result.routes.map((r) => JSON.stringify(labels.map((l) => r.criteria[l]))).sort()).toEqual(frontVectors(oracle, labels));
        for (const r of result.routes) {
          expect(new Set(r.nodeIds).size).toBe(r.nodeIds.length);
          const legs = r.legs.map((l) => (l.direction === 'forward' ? l.linkId : `${l.linkId}<`));
          const same = oracle.find((o) => o.legs.join() === legs.join())!;
          expect(labels.map((l) => r.criteria[l])).toEqual(labels.map((l) => same.values[l]));
        }
        for (let i = 1; i < result.routes.length; i++) {
          const a = labels.map((l) => result.routes[i - 1]!.criteria[l]!);
          const b = labels.map((l) => result.routes[i]!.criteria[l]!);
          const k = a.findIndex((x, j) => x !== b[j]);
          expect(k === -1 || a[k]! < b[k]!).toBe(true);
        }
      }),
      { numRuns: 400, seed: 20261207 },
    );
  });
});
