import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  ScenarioValidationError,
  applyScenario,
  compareScenarios,
  findRoutes,
  maxFlow,
  type Scenario,
} from '../../src/index.js';
import { type TinyLink, type TinyNode, tinyNetwork } from '../helpers/tiny-network.js';

const MT = 1e6;
const cap = (value: number) => ({ value, unit: 'Mt/yr' });
const unlimited = { unlimited: true, note: 'open sea' } as const;
const SOURCES = [{ title: 'test scenario' }];

/** The Kazakh-crude network of the capacity tests, plus a planned pipeline kz → baku (cap 20). */
const nodes: TinyNode[] = [
  { id: 'kz', country: 'KZ' },
  { id: 'nov', country: 'RU' },
  { id: 'bos', country: 'TR' },
  { id: 'it', country: 'IT' },
  { id: 'baku', country: 'AZ' },
  { id: 'cey', country: 'TR' },
];
const links: TinyLink[] = [
  { id: 'cpc', from: 'kz', to: 'nov', lengthKm: 1500, direction: 'forward', mode: 'pipeline', capacity: cap(60) },
  { id: 'nov-bos', from: 'nov', to: 'bos', lengthKm: 700, mode: 'sea', capacity: unlimited },
  { id: 'bos-it', from: 'bos', to: 'it', lengthKm: 1300, mode: 'sea', capacity: unlimited },
  { id: 'kz-baku', from: 'kz', to: 'baku', lengthKm: 400, mode: 'sea', capacity: cap(10) },
  { id: 'tcp', from: 'kz', to: 'baku', lengthKm: 300, direction: 'forward', mode: 'pipeline', status: 'planned', capacity: cap(20) },
  { id: 'btc', from: 'baku', to: 'cey', lengthKm: 1700, direction: 'forward', mode: 'pipeline', transitCountries: ['AZ', 'GE', 'TR'], capacity: cap(60) },
  { id: 'cey-it', from: 'cey', to: 'it', lengthKm: 1500, mode: 'sea', capacity: unlimited },
];
const network = tinyNetwork(nodes, links);
const commodity = { commodity: 'general-cargo' } as const;
const flow = (net = network, extra = {}) => maxFlow(net, 'kz', 'it', { ...commodity, ...extra }).value / MT;

const scenario = (changes: Partial<Scenario>): Scenario => ({ id: 'test', name: 'Test', sources: SOURCES, ...changes });

describe('applyScenario', () => {
  it('returns a new network and leaves the input unchanged', () => {
    const derated = applyScenario(network, scenario({ derate: { cpc: 0.5 } }));
    expect(flow(derated)).toBeCloseTo(30 + 10, 6);
    expect(flow()).toBeCloseTo(70, 6);
    expect(network.scenario).toBeNull();
    expect(network.links.get('cpc')!.capacity).toEqual(cap(60));
    expect(derated.scenario?.scenarioIds).toEqual(['test']);
  });

  it('makes closures and avoided countries standing constraints, on top of each analysis’s options', () => {
    const noRussia = applyScenario(network, scenario({ avoidCountries: ['RU'] }));
    expect(findRoutes(noRussia, 'kz', 'it').routes[0]!.linkIds).toEqual(['kz-baku', 'btc', 'cey-it']);
    expect(findRoutes(noRussia, 'kz', 'it', { closedLinks: ['btc'] }).reason?.code).toBe('unreachable');
    expect(flow(noRussia)).toBeCloseTo(10, 6);
    const closed = applyScenario(network, scenario({ closedLinks: ['kz-baku'], closedNodes: ['nov'] }));
    expect(findRoutes(closed, 'kz', 'it').reason?.code).toBe('origin-isolated');
  });

  it('admits planned links through statuses, or commissions one link', () => {
    const planned = applyScenario(network, scenario({ statuses: ['operational', 'planned'] }));
    expect(flow(planned)).toBeCloseTo(60 + 30, 6);
    const commissioned = applyScenario(network, scenario({ commissionLinks: ['tcp'] }));
    expect(commissioned.links.get('tcp')!.status).toBe('operational');
    expect(flow(commissioned)).toBeCloseTo(90, 6);
    expect(findRoutes(commissioned, 'kz', 'it', { statuses: ['operational'] }).routes[0]!.lengthKm).toBe(3500);
  });

  it('derates with a factor or a new capacity; factor 0 closes the element', () => {
    expect(flow(applyScenario(network, scenario({ derate: { btc: { value: 4, unit: 'Mt/yr' } } })))).toBeCloseTo(64, 6);
    const zero = applyScenario(network, scenario({ derate: { cpc: 0 } }));
    expect(zero.scenario?.closedLinks).toEqual(['cpc']);
    expect(flow(zero)).toBeCloseTo(10, 6);
  });

  it('adds links in the dataset format', () => {
    const added = applyScenario(
      network,
      scenario({
        addLinks: [
          {
            type: 'Feature',
            geometry: null,
            properties: {
              type: 'link', id: 'kz-nov-rail', name: 'Rail', from: 'kz', to: 'nov', mode: 'rail', commodities: ['general-cargo'],
              direction: 'both', lengthKm: 1800, lengthBasis: 'computed', transitCountries: ['KZ', 'RU'], status: 'operational',
              capacity: { value: 5, unit: 'Mt/yr' }, sources: SOURCES,
            },
          },
        ],
      }),
    );
    expect(added.links.has('kz-nov-rail')).toBe(true);
    expect(flow(added)).toBeCloseTo(75, 6); // CPC 60 + the new rail 5 reach nov, whose sea leg is unlimited; + 10 via Baku
    // To nov: CPC 60 + rail 5 + the 10 across the Caspian, which can sail back round via Italy and the Straits.
    expect(maxFlow(added, 'kz', 'nov', commodity).value / MT).toBeCloseTo(75, 6);
  });

  it('stacks scenarios: closures are united, later statuses win', () => {
    const a = applyScenario(network, scenario({ id: 'a', closedLinks: ['cpc'], statuses: ['operational', 'planned'] }));
    const b = applyScenario(a, scenario({ id: 'b', closedLinks: ['kz-baku'] }));
    expect(b.scenario).toMatchObject({ scenarioIds: ['a', 'b'], closedLinks: ['cpc', 'kz-baku'], statuses: ['operational', 'planned'] });
    expect(flow(b)).toBeCloseTo(20, 6);
  });

  it('throws a ScenarioValidationError naming each bad item', () => {
    const cases: [Partial<Scenario> & Record<string, unknown>, string, string][] = [
      [{ closedLinks: ['cpcc'] }, 'closedLinks[0]', 'did you mean "cpc"'],
      [{ closedNodes: ['bakuu'] }, 'closedNodes[0]', '"baku"'],
      [{ derate: { cpc: 1.5 } }, 'derate.cpc', 'must be in [0, 1]'],
      [{ derate: { cpc: -0.1 } }, 'derate.cpc', 'must be in [0, 1]'],
      [{ derate: { nowhere: 0.5 } }, 'derate.nowhere', 'neither a link nor a node'],
      [{ derate: { 'nov-bos': 0.5 } }, 'derate.nov-bos', 'unlimited'],
      [{ derate: { nov: 0.5 } }, 'derate.nov', 'no published capacity'],
      [{ derate: { cpc: { value: 5, unit: 'bcm/yr' } } }, 'derate.cpc.unit', 'does not measure'],
      [{ avoidCountry: ['RU'] }, '(root)', 'avoidCountry'],
      [{ avoidCountries: ['RUS'] }, 'avoidCountries[0]', 'ISO 3166-1'],
      [{ statuses: ['operating' as never] }, 'statuses[0]', 'must be one of "operational"'],
    ];
    for (const [changes, path, text] of cases) {
      let caught: unknown;
      try {
        applyScenario(network, scenario(changes as Partial<Scenario>));
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(changes)).toBeInstanceOf(ScenarioValidationError);
      const error = caught as ScenarioValidationError;
      expect(error.code).toBe('SCENARIO_INVALID');
      expect(error.scenarioId).toBe('test');
      expect(error.issues.map((i) => i.pathString), JSON.stringify(changes)).toContain(path);
      expect(error.message, JSON.stringify(changes)).toContain(text);
    }
    expect(() => applyScenario(network, { name: 'no id' } as never)).toThrow(ScenarioValidationError);
  });

  it('reports invalid added features with their path inside the scenario', () => {
    try {
      applyScenario(
        network,
        scenario({
          addLinks: [
            {
              type: 'Feature', geometry: null,
              properties: {
                type: 'link', id: 'bad', name: 'Bad', from: 'kz', to: 'moscow', mode: 'rail', commodities: ['general-cargo'],
                direction: 'both', lengthKm: '10', lengthBasis: 'computed', transitCountries: ['KZ'], status: 'operational', sources: SOURCES,
              },
            },
          ],
        }),
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioValidationError);
      expect((error as ScenarioValidationError).issues.map((i) => i.pathString).sort()).toEqual([
        'addLinks[0].properties.lengthKm',
        'addLinks[0].properties.to',
      ]);
    }
  });
});

describe('compareScenarios', () => {
  it('gives one row per scenario and query with changes against the baseline', () => {
    const rows = compareScenarios(
      network,
      [
        scenario({ id: 'no-russia', name: 'No Russia', avoidCountries: ['RU'] }),
        scenario({ id: 'tcp-built', name: 'TCP built', commissionLinks: ['tcp'] }),
      ],
      [{ id: 'kz-it', origins: 'kz', destinations: ['it'], commodity: 'general-cargo' }],
    );
    expect(rows.map((r) => [r.scenarioId, r.queryId, r.bestRouteKm, r.deltaBestRouteKm, r.mustPassCountries, r.capacity / MT, r.deltaCapacity / MT])).toEqual([
      ['baseline', 'kz-it', 3500, 0, ['TR'], 70, 0],
      ['no-russia', 'kz-it', 3600, 100, ['AZ', 'GE', 'TR'], 10, -60],
      ['tcp-built', 'kz-it', 3500, 0, ['TR'], 90, 20],
    ]);
    expect(rows[1]!.capacityShareOfBaseline).toBeCloseTo(10 / 70, 9);
    expect(rows.every((r) => r.unit === 't/yr' && r.capacityComplete)).toBe(true);
  });

  it('rejects repeated ids', () => {
    const q = { id: 'q', origins: 'kz', destinations: 'it', commodity: 'general-cargo' } as const;
    expect(() => compareScenarios(network, [], [q, q])).toThrow(InvalidArgumentError);
    expect(() => compareScenarios(network, [scenario({ id: 'baseline' })], [q])).toThrow(InvalidArgumentError);
  });
});

describe('applyScenario edge cases', () => {
  const codes = (changes: Partial<Scenario> & Record<string, unknown>, base = network) => {
    try {
      applyScenario(base, scenario(changes as Partial<Scenario>));
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioValidationError);
      return (error as ScenarioValidationError).issues.map((i) => `${i.code} ${i.pathString}`);
    }
  };

  it('rejects derating that cannot mean what it says', () => {
    const small = tinyNetwork([{ id: 'a', country: 'KZ' }, { id: 'b', country: 'KZ' }], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 1, capacity: cap(0.5) }]);
    expect(codes({ derate: { ab: 5e-324 } }, small)).toEqual(['capacity_underflow derate.ab']); // 0.5 × 5e-324 rounds to 0
    expect(codes({ derate: { btc: { value: 5, unit: 'Mt/yr', commodities: ['general-cargo', 'dry-bulk'] } } })).toEqual(['commodity_mismatch derate.btc.commodities']);
    expect(codes({ derate: JSON.parse('{"__proto__": 0.5}') })).toContain('unknown_element derate.__proto__');
  });

  it('rejects added features of the wrong kind and a scenario applied twice', () => {
    const link = { type: 'Feature', geometry: null, properties: { type: 'link' } };
    expect(codes({ addNodes: [link] })).toContain('wrong_feature_kind addNodes[0].properties.type');
    const once = applyScenario(network, scenario({ id: 'once', closedLinks: ['cpc'] }));
    expect(codes({ id: 'once' }, once)).toEqual(['repeated_scenario id']);
  });

  it('reports every problem at once, schema and ids together', () => {
    expect(codes({ closedLinks: ['cpcc'], derate: { cpc: 2 } }).sort()).toEqual(['too_big derate.cpc', 'unknown_link closedLinks[0]']);
  });
});

describe('scenarios: inherited keys and tiny deratings', () => {
  it('applyScenario ignores keys a scenario inherits (a polluted prototype cannot close links)', () => {
    const polluted = Object.assign(Object.create({ closedLinks: ['cpc'], avoidCountries: ['AZ'] }) as object, scenario({})) as Scenario;
    const changed = applyScenario(network, polluted);
    expect(changed.scenario).toMatchObject({ closedLinks: [], avoidCountries: [] });
    expect(flow(changed)).toBe(70);
  });

  it('compareScenarios ignores inherited keys of queries, their options and scenarios', () => {
    const query = Object.assign(Object.create({ options: { avoidCountries: ['RU'] } }) as object, { id: 'q', origins: 'kz', destinations: 'it', commodity: 'general-cargo' });
    const options = Object.create({ commodity: 'crude-oil', closedLinks: ['btc'] }) as object;
    const withOptions = { id: 'r', origins: 'kz', destinations: 'it', commodity: 'general-cargo', options };
    const named = Object.assign(Object.create({ id: 'inherited-id' }) as object, scenario({ id: 'own-id', closedLinks: ['cpc'] })) as Scenario;
    const rows = compareScenarios(network, [named], [query as never, withOptions as never]);
    expect(rows.map((r) => [r.scenarioId, r.queryId, r.capacity / MT])).toEqual([
      ['baseline', 'q', 70],
      ['baseline', 'r', 70],
      ['own-id', 'q', 10],
      ['own-id', 'r', 10],
    ]);
  });

  it('rejects a derating factor that leaves less than the smallest capacity accepted', () => {
    expect(() => applyScenario(network, scenario({ derate: { cpc: 1e-12 } }))).toThrow(/a factor of 1e-12 leaves less than the smallest capacity accepted/);
  });
});
