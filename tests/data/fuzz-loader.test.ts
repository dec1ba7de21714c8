import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetValidationError, type Network, safeParseNetwork } from '../../src/index.js';

/**
 * The loader against corrupted datasets (seeded, so a failure replays): every input must give a
 * network holding every feature (nothing dropped) or a DatasetValidationError whose issues each have a
 * code, a path and a message — never another exception, never an "unreadable" issue (which is kept for
 * getters and proxies, which these inputs do not have).
 *
 * Each run starts from a valid dataset exercising most fields (two nodes, two links, geometry, meta,
 * capacity lists, dwell, metadata) and applies one to four corruptions at random places: a value
 * replaced by one of the wrong type (fast-check's `anything`, with BigInt, null prototypes, sparse and
 * typed arrays, dates, maps and boxed values), by NaN or ±Infinity, a BigInt, a cycle, a 5,000-level
 * nesting, a 100,000-character string, a sparse array, a symbol, a function or `undefined`; a key deleted; a prototype key
 * (`__proto__`, `constructor`, `prototype`, `toString`) added as an own property; a feature duplicated
 * (duplicate ids); a reference pointed at an unknown node.
 */
const SOURCE = [{ title: 'fuzz fixture', url: 'https://example.org/fuzz' }];

function baseDataset(): Record<string, unknown> {
  return {
    type: 'FeatureCollection',
    metadata: { title: 'Fuzz fixture', asOf: '2024-01', sources: SOURCE },
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [49.48, 40.2] },
        properties: {
          type: 'node', id: 'sangachal', name: 'Sangachal', kind: 'oil-terminal', country: 'AZ', sources: SOURCE,
          capacity: [{ value: 1.2, unit: 'Mbbl/d', commodities: ['crude-oil'] }],
          aliases: ['Sangachal terminal'], meta: { operator: { name: 'BP', share: 0.3 }, tags: ['oil', 1, null, true] },
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [41.67, 42.15] },
        properties: {
          type: 'node', id: 'poti', name: 'Poti', kind: 'seaport', country: 'GE', sources: SOURCE, locode: 'GEPTI',
          dwell: [{ trigger: 'mode-change', modes: ['rail', 'sea'], activity: 'transshipment', commodities: ['containers'], hours: 24, basis: 'published', note: 'fixture', sources: SOURCE }],
        },
      },
      {
        type: 'Feature',
        id: 'sangachal-poti',
        geometry: { type: 'LineString', coordinates: [[49.48, 40.2], [45.0, 41.5], [41.67, 42.15]] },
        properties: {
          type: 'link', id: 'sangachal-poti', name: 'Sangachal–Poti', from: 'sangachal', to: 'poti', mode: 'rail',
          commodities: ['crude-oil', 'containers'], direction: 'both', lengthKm: 850, lengthBasis: 'computed',
          transitCountries: ['AZ', 'GE'], status: 'operational', sources: SOURCE, gaugeMm: 1520,
          capacity: { value: 10, unit: 'Mt/yr' }, transitTimeHours: 30, tariffUsdPerTonne: 20, tariffYear: 2023,
          meta: { note: 'fixture', levels: { a: { b: [1, 2, 3] } } },
        },
      },
      {
        type: 'Feature',
        geometry: null,
        properties: {
          type: 'link', id: 'poti-sea', name: 'Poti lane', from: 'poti', to: 'sangachal', mode: 'sea', commodities: ['containers'],
          direction: 'forward', lengthKm: 2000, lengthBasis: 'published', transitCountries: ['GE', 'AZ'], status: 'planned',
          sources: SOURCE, capacity: { unlimited: true, note: 'open sea' },
        },
      },
    ],
  };
}

/** Every path to a value in the base dataset (root excluded), as keys. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      pathsOf(inner, path, out);
    }
  }
  return out;
}
const PATHS = pathsOf(baseDataset());
const OBJECT_PATHS = PATHS.filter((p) => {
  let v: unknown = baseDataset();
  for (const k of p) v = (v as Record<string, unknown>)[k];
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});

/** Hostile values that fast-check's `anything` does not produce, built fresh for each use. */
const SPECIAL: (() => unknown)[] = [
  () => Number.NaN,
  () => Infinity,
  () => -Infinity,
  () => -0,
  () => 2n ** 70n,
  () => Symbol('fuzz'),
  () => () => 1,
  () => undefined,
  () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    return cyclic;
  },
  () => {
    const list: unknown[] = [1];
    list.push(list);
    return list;
  },
  () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = { x: deep };
    return deep;
  },
  () => {
    let deep: unknown = 0;
    for (let i = 0; i < 5000; i++) deep = [deep];
    return deep;
  },
  () => 'x'.repeat(100_000),
  () => 'sangachal'.repeat(10_000),
  () => '',
  () => '   ',
  () => '470',
  () => Object.create(null) as object,
  () => new Array(5000), // sparse
];

type Corruption =
  | { op: 'replace'; at: number; special: number; useSpecial: boolean; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'protoKey'; at: number; key: string; value: unknown }
  | { op: 'duplicate'; at: number }
  | { op: 'dangle'; at: number; ref: string };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    special: fc.nat(),
    useSpecial: fc.boolean(),
    value: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    }),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('protoKey' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
    value: fc.oneof(fc.constant({ polluted: true }), fc.string(), fc.integer()),
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dangle' as const), at: fc.nat(), ref: fc.oneof(fc.string(), fc.constantFrom('sangachal', 'potti', 'a'.repeat(70))) }),
);

function parentOf(root: unknown, path: readonly (string | number)[]): Record<string | number, unknown> | undefined {
  let v: unknown = root;
  for (const k of path.slice(0, -1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>) : undefined;
}

function corrupt(dataset: Record<string, unknown>, c: Corruption): void {
  const features = dataset['features'];
  switch (c.op) {
    case 'replace':
    case 'delete': {
      const path = PATHS[c.at % PATHS.length]!;
      const parent = parentOf(dataset, path);
      if (parent === undefined || Object.isFrozen(parent)) return;
      const key = path[path.length - 1]!;
      if (c.op === 'delete') delete parent[key];
      else parent[key] = c.useSpecial ? SPECIAL[c.special % SPECIAL.length]!() : c.value;
      return;
    }
    case 'protoKey': {
      const path = OBJECT_PATHS[c.at % OBJECT_PATHS.length]!;
      const target = parentOf(dataset, [...path, 'x'])!;
      if (target === undefined || typeof target !== 'object' || Object.isFrozen(target)) return;
      Object.defineProperty(target, c.key, { value: c.value, enumerable: true, writable: true, configurable: true });
      return;
    }
    case 'duplicate': {
      if (!Array.isArray(features) || features.length === 0) return;
      features.push(features[c.at % features.length]);
      return;
    }
    case 'dangle': {
      if (!Array.isArray(features)) return;
      const link = features.filter((f) => (f as { properties?: { type?: unknown } } | null)?.properties?.type === 'link')[c.at % 2] as
        | { properties: Record<string, unknown> }
        | undefined;
      if (link !== undefined && typeof link.properties === 'object' && link.properties !== null) link.properties[c.at % 3 === 0 ? 'from' : 'to'] = c.ref;
      return;
    }
  }
}

/** What the loader must do with any input: a full network, or the typed error with located issues. */
function checkOutcome(dataset: Record<string, unknown>): void {
  let outcome: ReturnType<typeof safeParseNetwork>;
  try {
    outcome = safeParseNetwork(dataset, { checkNodeCountries: false });
  } catch (error) {
    throw new Error(`safeParseNetwork threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : typeof error}`);
  }
  if (outcome.success) {
    checkNothingDropped(dataset, outcome.network);
    return;
  }
  expect(outcome.error).toBeInstanceOf(DatasetValidationError);
  const error = outcome.error as DatasetValidationError;
  expect(error.code).toBe('DATASET_INVALID');
  expect(error.issues.length).toBeGreaterThan(0);
  // One assertion over all issues (thousands of `expect` calls per run would dominate the time).
  const malformed = error.issues.filter(
    (issue) =>
      typeof issue.code !== 'string' ||
      issue.code === 'unreadable' ||
      !Array.isArray(issue.path) ||
      typeof issue.pathString !== 'string' ||
      typeof issue.message !== 'string' ||
      issue.message.length === 0,
  );
  expect(malformed).toEqual([]);
  expect(typeof error.message).toBe('string');
}

/** A parsed network holds every feature of its input, each under its own id. */
function checkNothingDropped(dataset: Record<string, unknown>, network: Network): void {
  const features = dataset['features'] as { properties: { type: string; id: string; meta?: unknown } }[];
  expect(network.nodes.size + network.links.size).toBe(features.length);
  for (const f of features) {
    const record = f.properties.type === 'node' ? network.nodes.get(f.properties.id) : network.links.get(f.properties.id);
    expect(record).toBeDefined();
    if (f.properties.meta !== undefined) expect(record!.meta).toEqual(f.properties.meta);
  }
}

describe('the loader against corrupted datasets', () => {
  it('accepts the uncorrupted base dataset whole', () => {
    const dataset = baseDataset();
    const outcome = safeParseNetwork(dataset, { checkNodeCountries: false });
    expect(outcome.success).toBe(true);
    if (outcome.success) checkNothingDropped(dataset, outcome.network);
  });

  it('gives a network with nothing dropped, or a DatasetValidationError, for 2,000 corrupted datasets (seeded)', () => {
    fc.assert(
      fc.property(fc.array(corruption, { minLength: 1, maxLength: 4 }), (corruptions) => {
        const dataset = baseDataset();
        for (const c of corruptions) corrupt(dataset, c);
        checkOutcome(dataset);
      }),
      { seed: 20_260_901, numRuns: 2000 },
    );
  });
});
