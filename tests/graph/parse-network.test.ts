import { describe, expect, it } from 'vitest';
import { DatasetValidationError, InvalidOptionError, parseNetwork, safeParseNetwork } from '../../src/index.js';
import { tinyDataset } from '../helpers/tiny-network.js';

/** A valid two-node, one-link dataset (Sangachal → Ceyhan, BTC) to break in each test. */
function btcDataset(): any {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [49.4813, 40.2013] },
        properties: { type: 'node', id: 'sangachal', name: 'Sangachal Terminal', kind: 'oil-terminal', country: 'AZ', sources: [{ title: 'Wikipedia' }] },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [35.9333, 36.8833] },
        properties: { type: 'node', id: 'ceyhan', name: 'Ceyhan', kind: 'oil-terminal', country: 'TR', sources: [{ title: 'WPI' }] },
      },
      {
        type: 'Feature',
        geometry: null,
        properties: {
          type: 'link',
          id: 'btc',
          name: 'Baku–Tbilisi–Ceyhan',
          from: 'sangachal',
          to: 'ceyhan',
          mode: 'pipeline',
          commodities: ['crude-oil'],
          direction: 'forward',
          lengthKm: 1768,
          lengthBasis: 'published',
          transitCountries: ['AZ', 'GE', 'TR'],
          capacity: { value: 1.2, unit: 'Mbbl/d' },
          status: 'operational',
          sources: [{ title: 'BTC pipeline', publisher: 'BP', url: 'https://www.bp.com/' }],
        },
      },
    ],
  };
}

function issuesOf(dataset: unknown) {
  const result = safeParseNetwork(dataset);
  if (result.success) throw new Error('expected the dataset to be rejected');
  if (!(result.error instanceof DatasetValidationError)) throw new Error(`expected a DatasetValidationError, got ${result.error.name}`);
  expect(result.error.code).toBe('DATASET_INVALID');
  return result.error.issues;
}

describe('parseNetwork', () => {
  it('builds a network from a valid dataset with frozen records and no warnings', () => {
    const network = parseNetwork(btcDataset());
    expect([...network.nodes.keys()]).toEqual(['ceyhan', 'sangachal']);
    expect(network.links.get('btc')?.lengthKm).toBe(1768);
    expect(network.nodes.get('sangachal')?.lonLat).toEqual([49.4813, 40.2013]);
    expect(Object.isFrozen(network.links.get('btc'))).toBe(true);
    expect(Object.isFrozen(network.links.get('btc')?.transitCountries)).toBe(true);
    expect(network.warnings).toEqual([]);
  });

  it('does not modify the caller’s dataset object', () => {
    const dataset = btcDataset();
    const before = JSON.stringify(dataset);
    parseNetwork(dataset);
    expect(JSON.stringify(dataset)).toBe(before);
    expect(Object.isFrozen(dataset.features[2].properties)).toBe(false);
  });

  it('rejects a string length instead of coercing "470" to 470', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.lengthKm = '1768';
    const issues = issuesOf(dataset);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_type', id: 'btc', pathString: 'features[2].properties.lengthKm' });
  });

  it('rejects a blank length instead of reading it as 0', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.lengthKm = '';
    expect(issuesOf(dataset)[0]).toMatchObject({ id: 'btc', pathString: 'features[2].properties.lengthKm' });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a non-positive or non-finite length (%s)', (value) => {
    const dataset = btcDataset();
    dataset.features[2].properties.lengthKm = value;
    expect(issuesOf(dataset)[0]).toMatchObject({ id: 'btc', pathString: 'features[2].properties.lengthKm' });
  });

  it('names the unknown node of a link and suggests the closest id', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.to = 'ceyhn';
    const [issue] = issuesOf(dataset);
    expect(issue).toMatchObject({ code: 'unknown_node', id: 'btc', pathString: 'features[2].properties.to' });
    expect(issue!.message).toContain('"ceyhn"');
    expect(issue!.message).toContain('did you mean "ceyhan"');
  });

  it('reports duplicate node ids and duplicate link ids with the first occurrence', () => {
    const dataset = btcDataset();
    dataset.features.push(structuredClone(dataset.features[0]), structuredClone(dataset.features[2]));
    const issues = issuesOf(dataset);
    expect(issues.map((i) => [i.code, i.id, i.pathString])).toEqual([
      ['duplicate_id', 'sangachal', 'features[3].properties.id'],
      ['duplicate_id', 'btc', 'features[4].properties.id'],
    ]);
    expect(issues[0]!.message).toContain('features[0]');
  });

  it('rejects non-ISO country codes and hints at the upper-case form', () => {
    const dataset = btcDataset();
    dataset.features[1].properties.country = 'tr';
    dataset.features[2].properties.transitCountries = ['AZ', 'GEO', 'TR'];
    const issues = issuesOf(dataset);
    expect(issues.map((i) => [i.code, i.id, i.pathString])).toEqual([
      ['invalid_country', 'ceyhan', 'features[1].properties.country'],
      ['invalid_country', 'btc', 'features[2].properties.transitCountries[1]'],
    ]);
    expect(issues[0]!.message).toContain('did you mean "TR"');
  });

  it('rejects reserved codes such as UK and XK that are not ISO 3166-1 assignments', () => {
    const dataset = btcDataset();
    dataset.features[1].properties.country = 'UK';
    expect(issuesOf(dataset)[0]).toMatchObject({ code: 'invalid_country', id: 'ceyhan' });
  });

  it('rejects coordinates out of range and says which one', () => {
    const dataset = btcDataset();
    dataset.features[0].geometry.coordinates = [49.48, 140.2];
    dataset.features[1].geometry.coordinates = [-181, 36.9];
    const issues = issuesOf(dataset);
    expect(issues.map((i) => [i.id, i.pathString])).toEqual([
      ['sangachal', 'features[0].geometry.coordinates[1]'],
      ['ceyhan', 'features[1].geometry.coordinates[0]'],
    ]);
  });

  it('rejects string coordinates rather than coercing them', () => {
    const dataset = btcDataset();
    dataset.features[0].geometry.coordinates = ['49.48', '40.2'];
    expect(issuesOf(dataset).every((i) => i.id === 'sangachal')).toBe(true);
  });

  it('rejects an unknown capacity unit', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.capacity = { value: 1.2, unit: 'Mbbl/day' };
    expect(issuesOf(dataset)[0]).toMatchObject({ id: 'btc', pathString: 'features[2].properties.capacity.unit' });
  });

  it('rejects transit countries that do not start and end with the end nodes’ countries', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.transitCountries = ['GE', 'TR'];
    const issues = issuesOf(dataset);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'country_mismatch', id: 'btc', pathString: 'features[2].properties.transitCountries' });
    expect(issues[0]!.message).toContain('must start with "AZ"');

    const dataset2 = btcDataset();
    dataset2.features[2].properties.transitCountries = ['AZ', 'GE'];
    expect(issuesOf(dataset2)[0]!.message).toContain('must end with "TR"');
  });

  it('rejects misspelt property names instead of ignoring them', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.lenghtKm = 10;
    const [issue] = issuesOf(dataset);
    expect(issue).toMatchObject({ code: 'unrecognized_keys', id: 'btc' });
    expect(issue!.message).toContain('lenghtKm');
  });

  it('rejects a record without sources and a source without a title', () => {
    const dataset = btcDataset();
    dataset.features[0].properties.sources = [];
    dataset.features[2].properties.sources = [{ url: 'https://example.org' }];
    const issues = issuesOf(dataset);
    expect(issues.map((i) => [i.id, i.pathString])).toEqual([
      ['sangachal', 'features[0].properties.sources'],
      ['btc', 'features[2].properties.sources[0].title'],
    ]);
  });

  it('accepts only http(s) and ftp source addresses', () => {
    const dataset = btcDataset();
    dataset.features[0].properties.sources = [{ title: 'x', url: 'javascript:alert(1)' }];
    dataset.features[2].properties.sources = [{ title: 'y', url: 'file:///etc/passwd' }, { title: 'z', url: 'ftp://ftp.example.org/a.pdf' }];
    const issues = issuesOf(dataset);
    expect(issues.map((i) => [i.id, i.pathString, i.message])).toEqual([
      ['sangachal', 'features[0].properties.sources[0].url', 'must be an http(s) or ftp address'],
      ['btc', 'features[2].properties.sources[0].url', 'must be an http(s) or ftp address'],
    ]);
  });

  it('requires a tariff year with a tariff', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.tariffUsdPerTonne = 25;
    expect(issuesOf(dataset)[0]).toMatchObject({ id: 'btc', pathString: 'features[2].properties.tariffYear' });
  });

  it('rejects features that are neither nodes nor links, and a root that is not a FeatureCollection', () => {
    const dataset = btcDataset();
    dataset.features.push({ type: 'Feature', geometry: null, properties: { type: 'port', id: 'x' } });
    expect(issuesOf(dataset)[0]).toMatchObject({ code: 'invalid_feature', pathString: 'features[3].properties.type' });
    expect(issuesOf([])[0]).toMatchObject({ code: 'invalid_root', pathString: '(root)' });
    expect(issuesOf({ type: 'FeatureCollection' })[0]).toMatchObject({ pathString: 'features' });
  });

  it('lists every problem in one error, including references from features that failed their schema', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.lengthKm = '1768';
    dataset.features[2].properties.from = 'sangachall';
    dataset.features[1].properties.kind = 'harbour';
    const issues = issuesOf(dataset);
    expect(issues.map((i) => i.code).sort()).toEqual(['invalid_type', 'invalid_value', 'unknown_node']);
    expect(() => parseNetwork(dataset)).toThrow(/3 problems/);
  });

  it('warns, without failing, when a published length is shorter than the great-circle distance', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.lengthKm = 1000; // great circle Sangachal–Ceyhan is about 1,233 km
    const network = parseNetwork(dataset);
    expect(network.warnings).toHaveLength(1);
    expect(network.warnings[0]).toMatchObject({ code: 'length-below-great-circle', id: 'btc' });
  });

  it('warns about impossible or implausible lengths, published or computed, and backwards geometry', () => {
    const a = { id: 'a', country: 'KZ', lonLat: [51.15, 43.65] as [number, number] };
    const b = { id: 'b', country: 'KZ', lonLat: [55.2, 45.3] as [number, number] }; // 370.8 km from a
    const short = parseNetwork(tinyDataset([a, b], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 1 }]));
    expect(short.warnings.map((w) => [w.code, w.id])).toEqual([['length-below-great-circle', 'ab']]);
    expect(short.warnings[0]!.message).toMatch(/computed lengthKm 1 is shorter than the great-circle distance 37\d\.\d km/);
    const metres = parseNetwork(tinyDataset([a, b], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 37_080 }])); // 370.8 km typed a hundred times too large
    expect(metres.warnings.map((w) => w.code)).toEqual(['length-far-above-great-circle']);
    expect(metres.warnings[0]!.message).toContain('not metres or miles');
    const plausible = parseNetwork(tinyDataset([a, b], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 1000 }]));
    expect(plausible.warnings).toEqual([]);
    const twin = { ...b, id: 'c', lonLat: a.lonLat };
    const coincident = parseNetwork(tinyDataset([a, twin], [{ id: 'ac', from: 'a', to: 'c', lengthKm: 500 }]));
    expect(coincident.warnings.map((w) => w.code)).toEqual(['length-far-above-great-circle']);
    expect(coincident.warnings[0]!.message).toContain('its ends are at the same position');
    expect(coincident.warnings[0]!.message).not.toMatch(/Infinity|NaN/);

    const dataset = btcDataset();
    // A straight stand-in for BTC's line, drawn Ceyhan → Sangachal instead of Sangachal → Ceyhan.
    dataset.features[2].geometry = { type: 'LineString', coordinates: [[35.9333, 36.8833], [44.8, 41.7], [49.4813, 40.2013]] };
    const backwards = parseNetwork(dataset);
    expect(backwards.warnings.map((w) => [w.code, w.id])).toEqual([['geometry-end-far-from-node', 'btc']]);
    expect(backwards.warnings[0]!.message).toContain('reverse its coordinates');
  });

  it('rejects kmByCountry without kilometres and warns when it disagrees with geometryLengthKm', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.kmByCountry = [{ country: 'AZ', km: 0 }];
    expect(issuesOf(dataset)[0]).toMatchObject({ id: 'btc', pathString: 'features[2].properties.kmByCountry' });
    dataset.features[2].properties.kmByCountry = [{ country: 'AZ', km: 1e308 }];
    expect(issuesOf(dataset)[0]).toMatchObject({ id: 'btc', pathString: 'features[2].properties.kmByCountry[0].km' });
    dataset.features[2].properties.kmByCountry = [{ country: 'AZ', km: 100 }];
    dataset.features[2].properties.geometryLengthKm = 1768;
    const network = parseNetwork(dataset);
    expect(network.warnings.map((w) => [w.code, w.id])).toEqual([['km-by-country-mismatch', 'btc']]);
  });

  it('warns when kmByCountry puts more than 5 km in a country transitCountries does not list', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.kmByCountry = [
      { country: 'AZ', km: 443 },
      { country: 'AM', km: 4 }, // a border clipped by generalised outlines: tolerated
      { country: 'GE', km: 249 },
      { country: 'CN', km: 1072 },
    ];
    const network = parseNetwork(dataset);
    expect(network.warnings.map((w) => [w.code, w.id])).toEqual([['km-by-country-undeclared', 'btc']]);
    expect(network.warnings[0]!.message).toContain('1072.0 km in CN');
  });

  it('warns when a node lies outside its declared country, and spots swapped latitude and longitude', () => {
    const dataset = btcDataset();
    dataset.features[0].geometry.coordinates = [40.2013, 49.4813]; // Sangachal with lat and lon swapped: in Russia
    dataset.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [44.8336, 41.6939] }, // Tbilisi, Georgia
      properties: { type: 'node', id: 'tbilisi', name: 'Tbilisi', kind: 'city', country: 'AM', sources: [{ title: 'test' }] },
    });
    const network = parseNetwork(dataset);
    const outside = network.warnings.filter((w) => w.code === 'node-outside-country');
    expect(outside.map((w) => w.id)).toEqual(['sangachal', 'tbilisi']);
    expect(outside[0]!.message).toContain('lies in RU');
    expect(outside[0]!.message).toContain('longitude and latitude look swapped');
    expect(outside[1]!.message).toContain('lies in GE');
    expect(outside[1]!.message).not.toContain('swapped');
    expect(parseNetwork(dataset, { checkNodeCountries: false }).warnings.some((w) => w.code === 'node-outside-country')).toBe(false);
  });
});

describe('parseNetwork: times, gauges and dwell', () => {
  /** Dostyk-like crossing: a 1,435 mm link in, a 1,520 mm link out, and a sea link at the far end. */
  function crossing(dwell: unknown[], gauges: [number | undefined, number | undefined] = [1435, 1520]): any {
    const node = (id: string, lon: number, extra: Record<string, unknown> = {}) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, 45] },
      properties: { type: 'node', id, name: id, kind: 'rail-hub', country: 'KZ', sources: [{ title: 't' }], ...extra },
    });
    const link = (id: string, from: string, to: string, extra: Record<string, unknown>) => ({
      type: 'Feature',
      geometry: null,
      properties: {
        type: 'link', id, name: id, from, to, mode: 'rail', commodities: ['containers'], direction: 'both', lengthKm: 100,
        lengthBasis: 'computed', transitCountries: ['KZ'], status: 'operational', sources: [{ title: 't' }], ...extra,
      },
    });
    return {
      type: 'FeatureCollection',
      features: [
        node('west', 80), node('border', 81, { dwell }), node('east', 82),
        link('west-border', 'west', 'border', gauges[0] === undefined ? {} : { gaugeMm: gauges[0] }),
        link('border-east', 'border', 'east', { ...(gauges[1] === undefined ? {} : { gaugeMm: gauges[1] }), transitTimeHours: 20, transitTimeBasis: 'derived-from-speed' }),
      ],
    };
  }
  const gaugeChange = { trigger: 'gauge-change', activity: 'reloading', commodities: ['containers'], hours: 4, minHours: 1, maxHours: 9, basis: 'published', year: 2025, note: 'n' };

  it('keeps dwell entries, gauges and the basis of a moving time, with no warning when the entry can apply', () => {
    const network = parseNetwork(crossing([gaugeChange]));
    expect(network.nodes.get('border')?.dwell).toEqual([gaugeChange]);
    expect(network.links.get('border-east')?.gaugeMm).toBe(1520);
    expect(network.links.get('border-east')?.transitTimeBasis).toBe('derived-from-speed');
    expect(network.warnings.filter((w) => w.code === 'dwell-never-applies')).toEqual([]);
  });

  it('warns when a gauge change can never happen at the node (both links of one gauge)', () => {
    const network = parseNetwork(crossing([gaugeChange], [1520, 1520]));
    const warning = network.warnings.find((w) => w.code === 'dwell-never-applies');
    expect(warning?.id).toBe('border');
    expect(warning?.message).toContain('dwell[0]');
    expect(warning?.message).toContain('1520');
  });

  it('warns when a mode-change entry names a mode none of the links has', () => {
    const network = parseNetwork(crossing([{ ...gaugeChange, trigger: 'mode-change', modes: ['rail', 'sea'] }]));
    expect(network.warnings.find((w) => w.code === 'dwell-never-applies')?.message).toContain('rail and sea');
  });

  it('rejects a range that does not contain the typical time, modes on a non-mode-change entry, and a cost without its year', () => {
    const issues = issuesOf(
      crossing([
        { ...gaugeChange, minHours: 5 },
        { ...gaugeChange, maxHours: 3 },
        { ...gaugeChange, modes: ['rail', 'sea'] },
        { ...gaugeChange, costUsdPerTeu: 50 },
        { ...gaugeChange, hours: 20000 },
      ]),
    );
    const at = (i: number, key: string) => issues.find((x) => x.pathString === `features[1].properties.dwell[${i}].${key}`);
    expect(at(0, 'minHours')?.message).toContain('more than hours');
    expect(at(1, 'maxHours')?.message).toContain('less than hours');
    expect(at(2, 'modes')?.message).toContain('mode-change');
    expect(at(3, 'costYear')?.message).toContain('required');
    expect(at(4, 'hours')?.message).toContain('minutes');
    expect(issues.every((x) => x.id === 'border')).toBe(true);
  });

  it('rejects a gauge on a non-rail link and a time basis without a time', () => {
    const dataset = crossing([gaugeChange]);
    dataset.features[3].properties.mode = 'road';
    delete dataset.features[4].properties.transitTimeHours;
    const issues = issuesOf(dataset);
    expect(issues.find((x) => x.pathString === 'features[3].properties.gaugeMm')?.message).toContain('rail links');
    expect(issues.find((x) => x.pathString === 'features[4].properties.transitTimeBasis')?.message).toContain('without transitTimeHours');
  });
});

describe('parseNetwork: values JSON cannot hold, and options', () => {
  it('names a BigInt, a cyclic object or a symbol in the issue instead of crashing on JSON.stringify', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const cases: [unknown, string][] = [
      [10n, 'properties.type must be "node" or "link" (got 10n)'],
      [cyclic, 'properties.type must be "node" or "link" (got {"self":[Circular]})'],
      [Symbol('node'), 'properties.type must be "node" or "link" (got Symbol(node))'],
    ];
    for (const [type, message] of cases) {
      const dataset = btcDataset();
      dataset.features[0].properties.type = type;
      const issues = issuesOf(dataset);
      const found = issues.find((i) => i.code === 'invalid_feature');
      expect(found).toMatchObject({ pathString: 'features[0].properties.type', id: 'sangachal', message });
    }
  });

  it('shows a BigInt or cyclic Feature id in the id_mismatch issue', () => {
    const dataset = btcDataset();
    dataset.features[0].id = 7n;
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    dataset.features[1].id = cyclic;
    const issues = issuesOf(dataset);
    expect(issues.map((i) => [i.code, i.pathString, i.message])).toEqual([
      ['id_mismatch', 'features[0].id', 'Feature id 7n differs from properties.id "sangachal"'],
      ['id_mismatch', 'features[1].id', 'Feature id {"self":[Circular]} differs from properties.id "ceyhan"'],
    ]);
  });

  it('keeps the message short when an id is a megabyte long, and suggests nothing for it', () => {
    const dataset = btcDataset();
    dataset.features[2].properties.to = 'c'.repeat(1_000_000);
    const error = (() => {
      try {
        parseNetwork(dataset);
      } catch (e) {
        return e as DatasetValidationError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error.issues.map((i) => i.code)).toEqual(['too_big', 'unknown_node']);
    expect(error.message.length).toBeLessThan(1000);
    expect(error.issues[1]!.message).not.toContain('did you mean');
  });

  it('ignores inherited option keys and reports bad options through safeParseNetwork without throwing', () => {
    // An inherited checkNodeCountries: false must not switch the check off.
    const outside = btcDataset();
    outside.features[0].properties.country = 'KZ'; // Sangachal is in Azerbaijan
    outside.features[2].properties.transitCountries = ['KZ', 'AZ', 'GE', 'TR'];
    const inherited = Object.create({ checkNodeCountries: false }) as object;
    expect(parseNetwork(outside, inherited).warnings.map((w) => w.code)).toContain('node-outside-country');

    const bad = safeParseNetwork(btcDataset(), { checkNodeCountries: 'no' } as never);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error).toBeInstanceOf(InvalidOptionError);
    if (!bad.success) expect(bad.error).toMatchObject({ code: 'INVALID_OPTION', option: 'checkNodeCountries' });
    const unknown = safeParseNetwork(btcDataset(), { checkCountries: true } as never);
    if (!unknown.success) expect(unknown.error).toMatchObject({ code: 'INVALID_OPTION', option: 'checkCountries' });
    expect(unknown.success).toBe(false);
    expect(safeParseNetwork(btcDataset(), null as never)).toMatchObject({ success: false, error: { code: 'INVALID_OPTION', option: 'options' } });
    expect(() => parseNetwork(btcDataset(), { checkNodeCountries: 1n } as never)).toThrow(InvalidOptionError);
  });

  it('turns a getter that throws into an issue rather than an exception', () => {
    const dataset = btcDataset();
    Object.defineProperty(dataset.features[1], 'properties', { enumerable: true, get: () => { throw new Error('boom'); } });
    const issues = issuesOf(dataset);
    expect(issues).toEqual([expect.objectContaining({ code: 'unreadable', message: 'the dataset could not be read: "boom"' })]);
  });
});
