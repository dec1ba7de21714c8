import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  InvalidOptionError,
  NetworkMutatedError,
  UnknownLinkError,
  UnknownNodeError,
  findRoutes,
  parseNetwork,
} from '../../src/index.js';
import { type TinyLink, type TinyNode, tinyDataset, tinyNetwork } from '../helpers/tiny-network.js';

/**
 * A small corridor drawn by hand (lengths in km):
 *
 *   o(KZ) ==rail 10== b(AZ) --5-- c(GE) --5-- d(TR)
 *         ==road 12==       \____pipe 10 (forward, crosses GE)__/
 *   d --30-- o  (sea, both ways, KZ→TR without transit)
 *
 * Routes o→d by hand: [rail,pipe]=20 (2 legs), [rail,bc,cd]=20 (3 legs), [road,pipe]=22,
 * [road,bc,cd]=22, [sea reverse]=30.
 */
const nodes: TinyNode[] = [
  { id: 'o', country: 'KZ' },
  { id: 'b', country: 'AZ' },
  { id: 'c', country: 'GE' },
  { id: 'd', country: 'TR' },
];
const links: TinyLink[] = [
  { id: 'ob-rail', from: 'o', to: 'b', lengthKm: 10, transitTimeHours: 20 },
  { id: 'ob-road', from: 'o', to: 'b', lengthKm: 12, mode: 'road', transitTimeHours: 10 },
  { id: 'bc', from: 'b', to: 'c', lengthKm: 5, transitTimeHours: 5 },
  { id: 'cd', from: 'c', to: 'd', lengthKm: 5, transitTimeHours: 5 },
  { id: 'bd-pipe', from: 'b', to: 'd', lengthKm: 10, direction: 'forward', mode: 'pipeline', commodities: ['crude-oil'], transitCountries: ['AZ', 'GE', 'TR'] },
  { id: 'do-sea', from: 'd', to: 'o', lengthKm: 30, mode: 'sea', commodities: ['crude-oil', 'general-cargo'], transitTimeHours: 60 },
];
const network = tinyNetwork(nodes, links);

const summary = (result: ReturnType<typeof findRoutes>) =>
  result.routes.map((r) => `${r.cost} ${r.legs.map((l) => (l.direction === 'forward' ? l.linkId : `${l.linkId}<`)).join(' ')}`);

describe('findRoutes', () => {
  it('returns the single best route by length with its legs, countries and modes', () => {
    const { routes, reason } = findRoutes(network, 'o', 'd');
    expect(reason).toBeUndefined();
    expect(routes).toHaveLength(1);
    const [route] = routes;
    expect(route).toMatchObject({
      rank: 1,
      origin: 'o',
      destination: 'd',
      nodeIds: ['o', 'b', 'd'],
      linkIds: ['ob-rail', 'bd-pipe'],
      lengthKm: 20,
      cost: 20,
      weight: 'lengthKm',
      transitTimeHours: null, // the pipeline has no time
      countries: ['KZ', 'AZ', 'GE', 'TR'],
      transitCountries: ['AZ', 'GE'],
      modes: ['rail', 'pipeline'],
      commodities: [], // a general-cargo railway then a crude pipeline: no commodity goes the whole way
    });
    expect(findRoutes(network, 'o', 'd', { commodity: 'crude-oil' }).routes[0]!.commodities).toEqual(['crude-oil', 'general-cargo']); // the sea link
    expect(route!.legs[1]).toEqual({
      linkId: 'bd-pipe',
      linkName: 'BD-PIPE',
      from: 'b',
      to: 'd',
      direction: 'forward',
      mode: 'pipeline',
      status: 'operational',
      lengthKm: 10,
      transitTimeHours: null,
      tariffUsdPerTonne: null,
      gaugeMm: null,
      countries: ['AZ', 'GE', 'TR'],
    });
  });

  it('lists k routes in cost order, parallel links giving distinct routes and ties going to fewer legs', () => {
    expect(summary(findRoutes(network, 'o', 'd', { k: 10 }))).toEqual([
      '20 ob-rail bd-pipe',
      '20 ob-rail bc cd',
      '22 ob-road bd-pipe',
      '22 ob-road bc cd',
      '30 do-sea<',
    ]);
  });

  it('travels two-way links in reverse and reports the direction, but never a one-way link backwards', () => {
    expect(summary(findRoutes(network, 'd', 'o', { k: 10 }))).toEqual([
      '20 cd< bc< ob-rail<',
      '22 cd< bc< ob-road<',
      '30 do-sea',
    ]);
  });

  it('removes a country crossed only by a link: avoiding GE drops the pipeline and node c', () => {
    const result = findRoutes(network, 'o', 'd', { k: 10, avoidCountries: ['GE'] });
    expect(summary(result)).toEqual(['30 do-sea<']);
  });

  it('closes exactly one of two parallel links', () => {
    expect(summary(findRoutes(network, 'o', 'd', { k: 10, closedLinks: ['ob-rail'], modes: ['rail', 'road'] }))).toEqual([
      '22 ob-road bc cd',
    ]);
  });

  it('filters by commodity and mode', () => {
    expect(summary(findRoutes(network, 'o', 'd', { k: 10, commodity: 'crude-oil' }))).toEqual(['30 do-sea<']);
    expect(summary(findRoutes(network, 'o', 'd', { k: 10, modes: ['road', 'pipeline'] }))).toEqual(['22 ob-road bd-pipe']);
  });

  it('minimises transit time, leaving out links without one and saying so', () => {
    const result = findRoutes(network, 'o', 'd', { k: 10, weight: 'transitTimeHours' });
    expect(summary(result)).toEqual(['20 ob-road bc cd', '30 ob-rail bc cd', '60 do-sea<']);
    expect(result.routes[0]!.lengthKm).toBe(22);
    expect(result.routes[0]!.transitTimeHours).toBe(20);
    expect(result.linksWithoutWeight).toEqual(['bd-pipe']);
  });

  it('minimises a weight function of the link and direction', () => {
    const result = findRoutes(network, 'o', 'd', {
      k: 2,
      weight: (link, direction) => (link.mode === 'sea' ? 1 : direction === 'forward' ? link.lengthKm : null),
    });
    expect(summary(result)).toEqual(['1 do-sea<', '20 ob-rail bd-pipe']);
    expect(result.routes[0]!.weight).toBe('custom');
    expect(result.routes[0]!.lengthKm).toBe(30);
  });

  it('admits planned links only when asked', () => {
    const planned = tinyNetwork(nodes, [...links, { id: 'od-planned', from: 'o', to: 'd', lengthKm: 15, status: 'planned' }]);
    expect(summary(findRoutes(planned, 'o', 'd'))).toEqual(['20 ob-rail bd-pipe']);
    expect(summary(findRoutes(planned, 'o', 'd', { statuses: ['operational', 'planned'] }))).toEqual(['15 od-planned']);
    expect(summary(findRoutes(planned, 'o', 'd', { statuses: ['planned'] }))).toEqual(['15 od-planned']);
  });

  it('breaks exact ties by link id, whatever the order of features in the file', () => {
    // Two routes of equal cost and legs: via x (links a1, a2) and via y (links b1, b2).
    const tieNodes: TinyNode[] = [
      { id: 's', country: 'KZ' },
      { id: 'y', country: 'KZ' },
      { id: 'x', country: 'KZ' },
      { id: 't', country: 'KZ' },
    ];
    const tieLinks: TinyLink[] = [
      { id: 'b1', from: 's', to: 'y', lengthKm: 4 },
      { id: 'b2', from: 'y', to: 't', lengthKm: 6 },
      { id: 'a2', from: 'x', to: 't', lengthKm: 3 },
      { id: 'a1', from: 's', to: 'x', lengthKm: 7 },
    ];
    const forward = tinyNetwork(tieNodes, tieLinks);
    const backward = tinyNetwork([...tieNodes].reverse(), [...tieLinks].reverse());
    for (const net of [forward, backward]) {
      expect(summary(findRoutes(net, 's', 't', { k: 2 }))).toEqual(['10 a1 a2', '10 b1 b2']);
      expect(summary(findRoutes(net, 's', 't'))).toEqual(['10 a1 a2']);
    }
  });

  it('breaks a tie between parallel links of equal length by link id', () => {
    const net = tinyNetwork(
      [{ id: 's', country: 'KZ' }, { id: 't', country: 'AZ' }],
      [
        { id: 'zeta', from: 's', to: 't', lengthKm: 5 },
        { id: 'alpha', from: 't', to: 's', lengthKm: 5 },
      ],
    );
    expect(summary(findRoutes(net, 's', 't', { k: 3 }))).toEqual(['5 alpha<', '5 zeta']);
  });

  it('returns no route with a reason rather than throwing', () => {
    const cases: [Parameters<typeof findRoutes>[3], string, string, string][] = [
      [{}, 'o', 'o', 'same-origin-and-destination'],
      [{ avoidCountries: ['KZ'] }, 'o', 'd', 'origin-avoided'],
      [{ avoidNodes: ['d'] }, 'o', 'd', 'destination-avoided'],
      [{ statuses: ['cancelled'] }, 'o', 'd', 'no-permitted-links'],
      [{ modes: ['pipeline'] }, 'o', 'd', 'origin-isolated'],
      [{ closedLinks: ['bc', 'bd-pipe'], modes: ['rail', 'road', 'pipeline'] }, 'o', 'd', 'unreachable'],
      [{ closedLinks: ['cd', 'bd-pipe'], modes: ['rail', 'road', 'pipeline'] }, 'o', 'd', 'destination-isolated'],
    ];
    for (const [options, from, to, code] of cases) {
      const result = findRoutes(network, from, to, options);
      expect(result.routes, `${from}→${to} ${JSON.stringify(options)}`).toEqual([]);
      expect(result.reason?.code, `${from}→${to} ${JSON.stringify(options)}`).toBe(code);
      expect(result.reason?.message.length).toBeGreaterThan(10);
    }
    expect(findRoutes(network, 'o', 'd', { statuses: ['cancelled'] }).reason?.message).toContain('no link has status cancelled');
  });

  it('finds a route in the hand-built network only where one exists: one-way pipeline into a dead end', () => {
    const net = tinyNetwork(
      [{ id: 'p', country: 'AZ' }, { id: 'q', country: 'GE' }],
      [{ id: 'pq', from: 'p', to: 'q', lengthKm: 3, direction: 'forward', mode: 'pipeline' }],
    );
    expect(findRoutes(net, 'p', 'q').routes).toHaveLength(1);
    expect(findRoutes(net, 'q', 'p').reason?.code).toBe('origin-isolated');
  });

  it('returns fewer than k routes when fewer loopless routes exist', () => {
    expect(findRoutes(network, 'o', 'd', { k: 100 }).routes).toHaveLength(5);
  });

  it('throws an UnknownNodeError that suggests the closest ids', () => {
    const big = tinyNetwork(
      [{ id: 'aktau', country: 'KZ' }, { id: 'baku', country: 'AZ' }, { id: 'batumi', country: 'GE' }],
      [{ id: 'aktau-baku', from: 'aktau', to: 'baku', lengthKm: 470 }],
    );
    try {
      findRoutes(big, 'aktua', 'baku');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownNodeError);
      expect(error).toMatchObject({ code: 'UNKNOWN_NODE', nodeId: 'aktua', argument: 'origin', suggestions: ['aktau'] });
      expect((error as Error).message).toContain('Did you mean "aktau"?');
    }
    expect(() => findRoutes(big, 'aktau', 'bak')).toThrow(UnknownNodeError);
    expect(() => findRoutes(big, 'aktau', 'baku', { avoidNodes: ['batum'] })).toThrow(/avoidNodes node "batum".*"batumi"/);
  });

  it('throws an UnknownLinkError for a closed link that does not exist', () => {
    expect(() => findRoutes(network, 'o', 'd', { closedLinks: ['bc', 'ob-rial'] })).toThrow(UnknownLinkError);
    expect(() => findRoutes(network, 'o', 'd', { closedLinks: ['ob-rial'] })).toThrow(/"ob-rail"/);
  });

  it('throws InvalidOptionError for bad options, naming the option', () => {
    const bad: [object, string][] = [
      [{ k: 0 }, 'k'],
      [{ k: 1.5 }, 'k'],
      [{ k: '3' }, 'k'],
      [{ modes: ['ship'] }, 'modes'],
      [{ modes: [] }, 'modes'],
      [{ statuses: ['operating'] }, 'statuses'],
      [{ avoidCountries: ['RUS'] }, 'avoidCountries'],
      [{ avoidCountries: 'RU' }, 'avoidCountries'],
      [{ commodity: 'oil' }, 'commodity'],
      [{ weight: 'distance' }, 'weight'],
      [{ avoidCountry: ['RU'] }, 'avoidCountry'],
      [{ weight: () => -1 }, 'weight'],
      [{ weight: () => Number.NaN }, 'weight'],
    ];
    for (const [options, option] of bad) {
      let caught: unknown;
      try {
        findRoutes(network, 'o', 'd', options as never);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(options)).toBeInstanceOf(InvalidOptionError);
      expect((caught as InvalidOptionError).option, JSON.stringify(options)).toBe(option);
    }
    expect(() => findRoutes(network, 'o', 'd', { avoidCountry: ['RU'] } as never)).toThrow(/did you mean "avoidCountries"/);
    expect(() => findRoutes(network, 'o', 'd', { weight: () => -1 })).toThrow(/link "/);
  });

  it('rejects something that is not a network, and a network whose graph was changed', () => {
    expect(() => findRoutes(tinyDataset(nodes, links) as never, 'o', 'd')).toThrow(InvalidArgumentError);
    const mutable = tinyNetwork(nodes, links);
    mutable.graph.setNodeAttribute('o', 'notes', 'set by a user'); // attribute changes (layouts) are fine
    expect(findRoutes(mutable, 'o', 'd').routes).toHaveLength(1);
    mutable.graph.dropEdge('bc');
    expect(() => findRoutes(mutable, 'o', 'd')).toThrow(NetworkMutatedError);
  });

  it('does not modify the options it is given', () => {
    const options = { k: 3, avoidCountries: ['GE', 'AZ'], closedLinks: ['cd'] } as const;
    const copy = structuredClone(options);
    findRoutes(network, 'o', 'd', options);
    expect(options).toEqual(copy);
  });

  it('gives identical answers for a dataset whose features come in another order', () => {
    const dataset = tinyDataset(nodes, links) as { features: unknown[] };
    const shuffled = parseNetwork({ ...dataset, features: [...dataset.features].reverse() });
    expect(findRoutes(shuffled, 'o', 'd', { k: 10 })).toEqual(findRoutes(network, 'o', 'd', { k: 10 }));
  });
});

describe('findRoutes tie rule with decimal lengths', () => {
  it('treats sums that differ only by rounding as equal and lets link ids decide', () => {
    // o→m by a-1 (0.2) + a-2 (0.4) = 0.6000000000000001, or by z-1 (0.1) + z-2 (0.5) = 0.6; then m→d.
    const net = tinyNetwork(
      [{ id: 'o', country: 'KZ' }, { id: 'x', country: 'KZ' }, { id: 'y', country: 'KZ' }, { id: 'm', country: 'KZ' }, { id: 'd', country: 'KZ' }],
      [
        { id: 'a-1', from: 'o', to: 'x', lengthKm: 0.2 },
        { id: 'a-2', from: 'x', to: 'm', lengthKm: 0.4 },
        { id: 'z-1', from: 'o', to: 'y', lengthKm: 0.1 },
        { id: 'z-2', from: 'y', to: 'm', lengthKm: 0.5 },
        { id: 'last', from: 'm', to: 'd', lengthKm: 100 },
      ],
    );
    expect(findRoutes(net, 'o', 'd').routes[0]!.linkIds).toEqual(['a-1', 'a-2', 'last']);
    expect(findRoutes(net, 'o', 'd', { k: 2 }).routes.map((r) => r.linkIds[0])).toEqual(['a-1', 'z-1']);
  });
});

describe('findRoutes option hygiene', () => {
  it('rejects null for k and weight instead of reading it as the default, and ignores inherited options', () => {
    expect(() => findRoutes(network, 'o', 'd', { k: null } as never)).toThrow(InvalidOptionError);
    expect(() => findRoutes(network, 'o', 'd', { weight: null } as never)).toThrow(InvalidOptionError);
    const inherited = Object.create({ k: 3, avoidCountries: ['GE'] }) as object;
    const result = findRoutes(network, 'o', 'd', inherited);
    expect(result.routes).toHaveLength(1);
    expect(result.routes[0]!.linkIds).toEqual(['ob-rail', 'bd-pipe']);
  });

  it('rejects weight-function costs so large that sums could overflow', () => {
    expect(() => findRoutes(network, 'o', 'd', { weight: () => 1e300 })).toThrow(/from 0 to 1e15/);
  });
});
