import { describe, expect, it } from 'vitest';
import { copyJson, DatasetValidationError, isJsonValue, JSON_OBJECT_MAX_DEPTH, parseNetwork, readJsonValue, safeParseNetwork } from '../../src/index.js';
import { tinyDataset } from '../helpers/tiny-network.js';

/** `{ x: { x: … { x: leaf } } }`, `levels` objects deep, built without recursion. */
function nested(levels: number, leaf: unknown = 1): Record<string, unknown> {
  let value: unknown = leaf;
  for (let i = 0; i < levels; i++) value = { x: value };
  return value as Record<string, unknown>;
}

/** A two-node network whose node `a` carries `meta`. */
function withMeta(meta: unknown): unknown {
  const dataset = tinyDataset([{ id: 'a', country: 'KZ' }, { id: 'b', country: 'KZ' }], [{ id: 'ab', from: 'a', to: 'b', lengthKm: 10 }]) as {
    features: { properties: Record<string, unknown> }[];
  };
  dataset.features[0]!.properties['meta'] = meta;
  return dataset;
}

function metaIssue(meta: unknown) {
  const result = safeParseNetwork(withMeta(meta), { checkNodeCountries: false });
  if (result.success || !(result.error instanceof DatasetValidationError)) throw new Error('expected a DatasetValidationError');
  expect(result.error.issues).toHaveLength(1);
  return result.error.issues[0]!;
}

describe('meta: free-form JSON on records', () => {
  it('rejects meta nested 10,000 levels deep with an issue at the depth limit, not a stack overflow', () => {
    const problem = metaIssue(nested(10_000));
    expect(problem.id).toBe('a');
    expect(problem.path).toEqual(['features', 0, 'properties', 'meta', ...Array<string>(JSON_OBJECT_MAX_DEPTH).fill('x')]);
    expect(problem.message).toBe(`nests deeper than ${JSON_OBJECT_MAX_DEPTH} levels of objects and arrays`);
  });

  it('accepts meta exactly at the depth limit and copies it', () => {
    const meta = nested(JSON_OBJECT_MAX_DEPTH);
    const network = parseNetwork(withMeta(meta), { checkNodeCountries: false });
    const copy = network.nodes.get('a')!.meta!;
    expect(copy).toEqual(meta);
    expect(copy).not.toBe(meta);
    expect(Object.isFrozen(copy['x'])).toBe(true);
    expect(Object.isFrozen(meta['x'])).toBe(false); // the caller's object is untouched
  });

  it('names the offending value inside meta: BigInt, NaN, Infinity, a symbol, a function, a cycle, a Date', () => {
    const cyclic: Record<string, unknown> = { list: [1, 2] };
    (cyclic['list'] as unknown[]).push(cyclic);
    const cases: [unknown, (string | number)[], string][] = [
      [{ a: { b: 10n } }, ['a', 'b'], 'must be JSON data (got a bigint)'],
      [{ a: [1, NaN] }, ['a', 1], 'must be a finite number (got NaN)'],
      [{ a: -Infinity }, ['a'], 'must be a finite number (got -Infinity)'],
      [{ a: Symbol('s') }, ['a'], 'must be JSON data (got a symbol)'],
      [{ a: () => 1 }, ['a'], 'must be JSON data (got a function)'],
      [cyclic, ['list', 2], 'refers back to an object that contains it (a cycle); JSON data has none'],
      [{ when: new Date(0) }, ['when'], 'must be a plain object or an array (got an instance of a class, such as a Map or a Date)'],
      [{ [Symbol('hidden')]: 1 }, [], 'has symbol keys, which JSON data cannot hold'],
    ];
    for (const [meta, path, message] of cases) {
      const problem = metaIssue(meta);
      expect(problem.path).toEqual(['features', 0, 'properties', 'meta', ...path]);
      expect(problem.message).toBe(message);
    }
  });

  it('never calls a getter in meta, and rejects it', () => {
    let called = 0;
    const meta = Object.defineProperty({}, 'lazy', { enumerable: true, get: () => ++called });
    expect(metaIssue(meta)).toMatchObject({ path: ['features', 0, 'properties', 'meta', 'lazy'], message: 'is a getter or setter; JSON data holds plain values' });
    expect(called).toBe(0);
  });

  it('keeps "__proto__" and "constructor" as ordinary keys without touching prototypes', () => {
    const meta = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>;
    const copy = parseNetwork(withMeta(meta), { checkNodeCountries: false }).nodes.get('a')!.meta!;
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('copies shared references once: 60 levels of a value used twice is linear work, not 2⁶⁰', () => {
    let shared: unknown = { leaf: true };
    for (let i = 0; i < 60; i++) shared = { left: shared, right: shared };
    const read = readJsonValue<Record<string, unknown>>(shared);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value['left']).toBe(read.value['right']); // shared in the copy too
  });

  it('keeps isJsonValue and copyJson, which now share the limit and never overflow', () => {
    expect(isJsonValue(nested(100_000))).toBe(false);
    expect(isJsonValue(nested(JSON_OBJECT_MAX_DEPTH))).toBe(true);
    expect(() => copyJson(nested(100_000))).toThrow(/copyJson: argument "value" is invalid: not JSON data at \["x","x",/);
    expect(copyJson({ a: [1, { b: null }] })).toEqual({ a: [1, { b: null }] });
  });
});
