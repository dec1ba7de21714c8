import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastLinkRecord, fastNodeRecord, RecordInterner } from '../../src/data/fast-validate.js';
import { linkFeatureSchema } from '../../src/model/link.js';
import { nodeFeatureSchema } from '../../src/model/node.js';
import { JSON_OBJECT_MAX_DEPTH } from '../../src/model/json-object.js';

// The fast path (src/data/fast-validate.ts) is a hand-written mirror of the zod schemas of node and
// link features. These tests are its oracle: on every feature, generated or taken from the bundled
// dataset and corrupted, it must accept exactly what zod accepts and build the same record.

const corridor = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/corridor.geo.json', import.meta.url)), 'utf8')) as {
  features: Record<string, unknown>[];
};

/** The record the zod path of validateDataset builds from a node feature, or undefined when zod rejects it. */
function zodNode(feature: unknown): unknown {
  const parsed = nodeFeatureSchema.safeParse(feature);
  if (!parsed.success) return undefined;
  return { ...parsed.data.properties, lonLat: [parsed.data.geometry.coordinates[0], parsed.data.geometry.coordinates[1]] };
}

/** The record the zod path of validateDataset builds from a link feature, or undefined when zod rejects it. */
function zodLink(feature: unknown): unknown {
  const parsed = linkFeatureSchema.safeParse(feature);
  if (!parsed.success) return undefined;
  const g = parsed.data.geometry;
  return { ...parsed.data.properties, geometry: g === null ? null : { type: 'LineString', coordinates: g.coordinates } };
}

/** A canonical text of a value that keeps key order, `undefined` values and -0 (JSON.stringify drops them). */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** Every object reachable from `value`, once each. */
function objectsIn(value: unknown): Set<object> {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const k of Object.keys(v)) pending.push((v as Record<string, unknown>)[k]);
  }
  return seen;
}

/**
 * Asserts that the fast path and zod agree on `feature`: same verdict, same record, frozen and sharing
 * nothing with the input (with `intern`, small values may be shared with earlier records).
 */
function expectAgreement(feature: unknown, intern?: RecordInterner): boolean {
  const kind = (feature as { properties?: { type?: unknown } } | null)?.properties?.type;
  const expected = kind === 'link' ? zodLink(feature) : zodNode(feature);
  const actual = kind === 'link' ? fastLinkRecord(feature, intern) : fastNodeRecord(feature, intern);
  if ((expected === undefined) !== (actual === undefined)) {
    throw new Error(`zod ${expected === undefined ? 'rejects' : 'accepts'} but the fast path ${actual === undefined ? 'rejects' : 'accepts'}: ${canonical(feature)}`);
  }
  if (actual !== undefined) {
    expect(canonical(actual)).toBe(canonical(expected));
    const inputObjects = objectsIn(feature);
    for (const o of objectsIn(actual)) {
      expect(Object.isFrozen(o)).toBe(true);
      expect(inputObjects.has(o)).toBe(false);
    }
  }
  return actual !== undefined;
}

// Pools of values per field, valid ones first, then values zod rejects (or accepts only by trimming).
const slugs = ['a', 'aktau', 'baku-supsa', 'n0', 'x'.repeat(64), 'A', '-a', 'a--b', 'a-', 'x'.repeat(65), '', ' a', 5, null];
const texts = ['Aktau', ' padded ', 'x', '', '   ', '\n', 3, null, ['a']];
const countries = ['KZ', 'AZ', 'GE', 'TR', 'kz', 'UK', 'KAZ', '', 1];
const kinds = ['seaport', 'city', 'market', 'port', 'City', ''];
const modes = ['rail', 'sea', 'pipeline', 'road', 'air', 'Rail'];
const commodityLists = [['crude-oil'], ['general-cargo'], ['containers', 'general-cargo'], ['natural-gas'], [], ['crude-oil', 'crude-oil'], ['oil'], 'crude-oil'];
const years = [1800, 2100, 2024, 1799, 2101, 2024.5, '2024', Number.NaN];
const sourceLists = [
  [{ title: 'T' }],
  [{ title: ' T ', url: 'https://example.org/x', publisher: 'P', date: '2024-02', key: 'K', note: 'n' }],
  [{ title: 'T', url: ' http://a.example ' }],
  [{ title: 'T', url: undefined, date: '2024' }],
  [{ title: 'T' }, { title: 'U', date: '2024-02-29' }],
  [],
  [{}],
  [{ title: 'T', extra: 1 }],
  [{ title: 'T', url: 'javascript:alert(1)' }],
  [{ title: 'T', url: 'not a url' }],
  [{ title: 'T', date: '2024-13' }],
  [{ title: '  ' }],
  'T',
];
const published = (extra: Record<string, unknown>) => ({ value: 10, unit: 'Mt/yr', ...extra });
const capacities = [
  { value: 10, unit: 'Mt/yr' },
  { value: 1e4, unit: 'Mt/yr' },
  { value: 1e-6, unit: 'Mt/yr' },
  published({ commodities: ['crude-oil'], year: 2020, note: ' n ', lowerBound: true }),
  published({ commodities: undefined, lowerBound: undefined }),
  { value: 20, unit: 'TEU/d' },
  { unlimited: true, note: 'open sea' },
  [published({ commodities: ['crude-oil'] }), { value: 1, unit: 'bcm/yr', commodities: ['natural-gas'] }],
  { value: 1e-7, unit: 'Mt/yr' },
  { value: 2e4, unit: 'Mt/yr' },
  { value: 0, unit: 'Mt/yr' },
  { value: 1, unit: 'bcm/yr', commodities: ['crude-oil'] },
  [],
  [published({})],
  [published({ commodities: ['crude-oil'] }), published({ commodities: ['crude-oil'] })],
  { unlimited: false, note: 'x' },
  { unlimited: true },
  { unlimited: true, note: 'x', value: 1 },
  published({ lowerBound: false }),
  { value: 1, unit: 'tons' },
  { value: 1, unit: 'toString' },
  published({ extra: 1 }),
  { value: '1', unit: 'Mt/yr' },
];
const dwellEntry = (extra: Record<string, unknown>) => ({ trigger: 'passage', activity: 'customs', commodities: ['containers'], hours: 24, basis: 'published', note: 'n', ...extra });
const dwells = [
  [dwellEntry({})],
  [dwellEntry({ trigger: 'mode-change', modes: ['rail', 'sea'], minHours: 12, maxHours: 48, year: 2024, costUsdPerTeu: 100, costYear: 2024, sources: [{ title: 'S' }] })],
  [dwellEntry({ trigger: 'gauge-change', activity: ' bogies ', costUsdPerTonne: 0, costYear: 2023 }), dwellEntry({ hours: 0 })],
  [dwellEntry({ minHours: undefined, modes: undefined })],
  [],
  [dwellEntry({ modes: ['rail', 'sea'] })],
  [dwellEntry({ trigger: 'mode-change', modes: ['rail', 'rail'] })],
  [dwellEntry({ trigger: 'mode-change', modes: ['rail'] })],
  [dwellEntry({ trigger: 'mode-change', modes: ['rail', 'sea', 'road'] })],
  [dwellEntry({ minHours: 30 })],
  [dwellEntry({ maxHours: 10 })],
  [dwellEntry({ costUsdPerTeu: 5 })],
  [dwellEntry({ costYear: 2024 })],
  [dwellEntry({ basis: 'derived-from-speed' })],
  [dwellEntry({ hours: 10_001 })],
  [dwellEntry({ commodities: ['containers', 'containers'] })],
  [dwellEntry({ note: undefined })],
  [dwellEntry({ other: 1 })],
];
const metas = [{ a: 1 }, { a: { b: [1, null, 'x', true] } }, {}, { 'a b': '' }, [], 'x', null, { a: Number.NaN }, { a: undefined }, { a: new Date(0) }];
const deep = (levels: number) => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { v };
  return v;
};
metas.push(deep(JSON_OBJECT_MAX_DEPTH) as object, deep(JSON_OBJECT_MAX_DEPTH + 1) as object);
const points = [
  { type: 'Point', coordinates: [49.1, 43.6] },
  { type: 'Point', coordinates: [-180, -90, 12] },
  { type: 'Point', coordinates: [180, 90], bbox: [0, 0, 1, 1] },
  { type: 'Point', coordinates: [-0, 0] },
  { type: 'Point', coordinates: [181, 0] },
  { type: 'Point', coordinates: [0, 91] },
  { type: 'Point', coordinates: [0] },
  { type: 'Point', coordinates: [0, 0, 0, 0] },
  { type: 'Point', coordinates: ['49', 43] },
  { type: 'Point', coordinates: [0, 0, null] },
  { type: 'LineString', coordinates: [0, 0] },
  null,
];
const lines = [
  null,
  { type: 'LineString', coordinates: [[49, 40], [50, 41]] },
  { type: 'LineString', coordinates: [[49, 40, 0], [50, 41], [51, 42]], extra: true },
  { type: 'LineString', coordinates: [[49, 40]] },
  { type: 'LineString', coordinates: [[49, 40], [200, 41]] },
  { type: 'Point', coordinates: [49, 40] },
  undefined,
];
const kmLists = [
  [{ country: 'KZ', km: 10 }, { country: 'sea', km: 0 }],
  [{ country: 'sea', km: 50_000 }],
  [{ country: 'KZ', km: 0 }],
  [],
  [{ country: 'XX', km: 1 }],
  [{ country: 'KZ', km: -1 }],
  [{ country: 'KZ', km: 1, x: 1 }],
];
const transitLists = [['KZ'], ['KZ', 'AZ'], ['KZ', 'AZ', 'KZ'], [], ['KZ', 'KZ'], ['kz'], 'KZ'];

type Field = readonly [key: string, pool: readonly unknown[], required: boolean];
const NODE_FIELDS: readonly Field[] = [
  ['id', slugs, true],
  ['name', texts, true],
  ['kind', kinds, true],
  ['country', countries, true],
  ['sources', sourceLists, true],
  ['capacity', capacities, false],
  ['dwell', dwells, false],
  ['locode', ['KZAAU', 'AZBAK', 'kzaau', 'KZAA1', 'KZAAUU', 5], false],
  ['aliases', [['Aqtau'], [' Aqtau '], [], [''], 'Aqtau'], false],
  ['coordinatesNote', texts, false],
  ['notes', texts, false],
  ['meta', metas, false],
];
const LINK_FIELDS: readonly Field[] = [
  ['id', slugs, true],
  ['name', texts, true],
  ['from', ['aktau', 'baku', 'A', ''], true],
  ['to', ['poti', 'baku', 'aktau', '-'], true],
  ['mode', modes, true],
  ['commodities', commodityLists, true],
  ['direction', ['forward', 'both', 'reverse'], true],
  ['lengthKm', [1, 0.5, 50_000, 1e-9, 0, -1, 50_000.0001, Number.NaN, '470', null], true],
  ['lengthBasis', ['published', 'computed', 'measured'], true],
  ['transitCountries', transitLists, true],
  ['capacity', capacities, false],
  ['status', ['operational', 'idle', 'planned', 'open'], true],
  ['transitTimeHours', [1, 100_000, 0, 100_001], false],
  ['transitTimeBasis', ['published', 'derived-from-speed', 'derived-from-schedule', 'guessed'], false],
  ['gaugeMm', [1520, 1435, 381, 1676, 380, 1677, 1520.5], false],
  ['tariffUsdPerTonne', [0, 25.5, 1_000_000, -1, 1_000_001], false],
  ['tariffYear', years, false],
  ['operator', texts, false],
  ['startYear', years, false],
  ['lengthNote', texts, false],
  ['transitTimeNote', texts, false],
  ['tariffNote', texts, false],
  ['geometryLengthKm', [1, 1e9, 0, -2], false],
  ['kmByCountry', kmLists, false],
  ['geometryNote', texts, false],
  ['sources', sourceLists, true],
  ['notes', texts, false],
  ['meta', metas, false],
];

/** A value from `pool`: mostly its first (valid) third, sometimes anything in it. */
const fromPool = (pool: readonly unknown[]) =>
  fc.oneof({ weight: 24, arbitrary: fc.constantFrom(...pool.slice(0, Math.max(1, Math.ceil(pool.length / 3)))) }, { weight: 1, arbitrary: fc.constantFrom(...pool) });

/** A presence for a field: its value, absent, or present as `undefined`. */
function propertiesArbitrary(type: 'node' | 'link', fields: readonly Field[]) {
  const entries = fields.map(([key, pool, required]) =>
    fc
      .tuple(fc.constantFrom(...(required ? [...Array<string>(29).fill('value'), 'absent'] : ['absent', 'absent', 'absent', 'absent', 'value', 'value', 'undefined'])), fromPool(pool))
      .map(([presence, value]) => [key, presence, value] as const),
  );
  return fc
    .tuple(fc.tuple(...entries), fc.constantFrom<string | null>(...Array<null>(14).fill(null), 'typo', '__proto__'), fc.constantFrom(type, type, type, type, type, type, type, 'Node'))
    .map(([chosen, unknownKey, typeValue]) => {
      const properties: Record<string, unknown> = { type: typeValue };
      for (const [key, presence, value] of chosen) {
        if (presence === 'value') properties[key] = value;
        else if (presence === 'undefined') properties[key] = undefined;
      }
      if (unknownKey !== null) Object.defineProperty(properties, unknownKey, { value: 1, enumerable: true, writable: true, configurable: true });
      return properties;
    });
}

const nodeFeatureArbitrary = fc
  .tuple(propertiesArbitrary('node', NODE_FIELDS), fromPool(points), fc.constantFrom('Feature', 'Feature', 'Feature', 'Feature', 'Feature', 'Feature', 'Feature', 'feature'), fc.boolean())
  .map(([properties, geometry, type, extra]) => ({ type, geometry, properties, ...(extra ? { id: 'x', bbox: [0] } : {}) }));
const linkFeatureArbitrary = fc
  .tuple(propertiesArbitrary('link', LINK_FIELDS), fromPool(lines), fc.constantFrom('Feature', 'Feature', 'Feature', 'Feature', 'Feature', 'Feature', 'Feature', 'feature'), fc.boolean())
  .map(([properties, geometry, type, extra]) => ({ type, geometry, properties, ...(extra ? { id: 'x' } : {}) }));

/** The values a corrupted field may take. */
const NASTY: readonly unknown[] = [undefined, null, '', ' ', '  x  ', -1, 0, 1e30, Number.NaN, Number.POSITIVE_INFINITY, 'x', [], {}, true, [null], 'KZ', 'rail', 2024];

/** Every path (keys from the feature root) to a value inside `value`. */
function pathsIn(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsIn((value as Record<string, unknown>)[key], path, out);
    }
  }
  return out;
}

/** A deep copy of `feature` with the value at `path` replaced (or deleted, or a key added beside it). */
function corrupt(feature: unknown, path: readonly (string | number)[], action: 'set' | 'delete' | 'add', value: unknown): unknown {
  const copy = structuredClone(feature) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (action === 'set') parent[last] = value;
  else if (action === 'delete') delete parent[last];
  else if (!Array.isArray(parent)) parent['unexpected'] = value;
  else parent.push(value);
  return copy;
}

describe('fast validation of features (the oracle is zod)', () => {
  it('accepts every feature of the bundled dataset and builds the records zod builds', () => {
    for (const feature of corridor.features) expect(expectAgreement(feature)).toBe(true);
    const intern = new RecordInterner();
    for (const feature of corridor.features) expect(expectAgreement(feature, intern)).toBe(true);
  });

  it('agrees with zod on 3,000 generated node features (seeded), many of them valid', () => {
    let accepted = 0;
    const intern = new RecordInterner();
    fc.assert(
      fc.property(nodeFeatureArbitrary, (feature) => {
        if (expectAgreement(feature, intern)) accepted++;
      }),
      { numRuns: 3000, seed: 9001 },
    );
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });

  it('agrees with zod on 3,000 generated link features (seeded), many of them valid', () => {
    let accepted = 0;
    const intern = new RecordInterner();
    fc.assert(
      fc.property(linkFeatureArbitrary, (feature) => {
        if (expectAgreement(feature, intern)) accepted++;
      }),
      { numRuns: 3000, seed: 9002 },
    );
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });

  it('agrees with zod on 6,000 corruptions of bundled features (one value set, deleted or added, seeded)', () => {
    const targets = corridor.features.map((feature) => ({ feature, paths: pathsIn(feature) }));
    const intern = new RecordInterner();
    fc.assert(
      fc.property(
        fc.nat(targets.length - 1),
        fc.nat(),
        fc.constantFrom<'set' | 'delete' | 'add'>('set', 'set', 'set', 'delete', 'add'),
        fc.constantFrom(...NASTY),
        (t, p, action, value) => {
          const { feature, paths } = targets[t]!;
          const path = paths[p % paths.length]!;
          expectAgreement(corrupt(feature, path, action, value), intern);
        },
      ),
      { numRuns: 6000, seed: 9003 },
    );
  });

  it('shares equal small lists between records only through an interner, and never across interners', () => {
    const links = corridor.features.filter((f) => (f['properties'] as { type: string }).type === 'link');
    const intern = new RecordInterner();
    const a = fastLinkRecord(links[0], intern)!;
    const b = fastLinkRecord(structuredClone(links[0]), intern)!;
    expect(b.commodities).toBe(a.commodities);
    expect(fastLinkRecord(links[0], new RecordInterner())!.commodities).not.toBe(a.commodities);
    expect(fastLinkRecord(links[0])!.commodities).not.toBe(a.commodities);
  });

  it('reads inherited properties as zod does (a required key on the prototype counts, an enumerable inherited unknown key fails)', () => {
    const base = corridor.features.find((f) => (f['properties'] as { type: string }).type === 'node')!;
    const props = base['properties'] as Record<string, unknown>;
    const { name, ...rest } = props;
    const inherited = Object.assign(Object.create({ name }) as object, rest);
    expect(expectAgreement({ ...base, properties: inherited })).toBe(true);
    const withUnknown = Object.assign(Object.create({ oops: 1 }) as object, props);
    expect(expectAgreement({ ...base, properties: withUnknown })).toBe(false);
  });
});

describe('the schemas the fast path mirrors', () => {
  // A change to the zod schemas of node and link features changes their JSON Schema; this test then
  // fails until src/data/fast-validate.ts has been reviewed (and, if need be, updated) and the
  // snapshot refreshed with UPDATE_FAST_VALIDATE_SCHEMA=1 npx vitest run tests/data/fast-validate.test.ts.
  // Refinements do not show in a JSON Schema: the property tests above cover them.
  it('are unchanged since the fast path was last reviewed', () => {
    const schema = z.toJSONSchema(z.object({ node: nodeFeatureSchema, link: linkFeatureSchema }), {
      unrepresentable: 'any',
      io: 'input',
    });
    const file = fileURLToPath(new URL('./fast-validate.schema.json', import.meta.url));
    const text = `${JSON.stringify(schema, null, 1)}\n`;
    if (process.env['UPDATE_FAST_VALIDATE_SCHEMA'] === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text, 'the zod schemas changed: review src/data/fast-validate.ts, then refresh the snapshot').toBe(readFileSync(file, 'utf8'));
  });
});
