import { describe, expect, it } from 'vitest';
import {
  DatasetValidationError,
  describeValue,
  InvalidOptionError,
  TranscaspianError,
  UnknownNodeError,
  isTranscaspianError,
  loadCorridorNetwork,
  findRoutes,
} from '../src/index.js';

describe('the error family', () => {
  it('gives every error a stable code, its class name and the offending item', () => {
    const error = new UnknownNodeError('findRoutes', 'origin', 'tengis', ['tengiz']);
    expect(error).toBeInstanceOf(TranscaspianError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnknownNodeError');
    expect(error.code).toBe('UNKNOWN_NODE');
    expect(error.message).toBe('findRoutes: origin node "tengis" is not in the network. Did you mean "tengiz"?');
    expect(new InvalidOptionError('findRoutes', 'k', 0, 'expected an integer').message).toBe('findRoutes: option "k" 0 is invalid: expected an integer');
  });

  it('shows at most ten dataset issues in the message and keeps all of them in `issues`', () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ code: 'x', path: ['features', i], pathString: `features[${i}]`, message: `problem ${i}` }));
    const error = new DatasetValidationError(issues);
    expect(error.issues).toHaveLength(12);
    expect(error.message).toContain('12 problems');
    expect(error.message).toContain('… and 2 more');
  });

  it('recognises its errors, also from another copy of the package where instanceof fails', () => {
    let thrown: unknown;
    try {
      findRoutes(loadCorridorNetwork(), 'tengiz', 'nowhere');
    } catch (error) {
      thrown = error;
    }
    expect(isTranscaspianError(thrown)).toBe(true);
    const fromOtherCopy = Object.assign(new Error('x'), { code: 'UNKNOWN_NODE' });
    Object.defineProperty(fromOtherCopy, Symbol.for('transcaspian.error'), { value: true });
    expect(isTranscaspianError(fromOtherCopy)).toBe(true);
    expect(isTranscaspianError(new Error('x'))).toBe(false);
    expect(isTranscaspianError(null)).toBe(false);
  });
});

describe('describeValue: input values in messages', () => {
  it('shows JSON-like text, keeping what JSON loses (NaN, Infinity, -0, BigInt, undefined)', () => {
    expect(describeValue(['ship'])).toBe('["ship"]');
    expect(describeValue({ k: 3, s: 'x' })).toBe('{"k":3,"s":"x"}');
    expect(describeValue([NaN, -Infinity, -0, undefined])).toBe('[NaN,-Infinity,-0,undefined]');
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue({ a: 1n, b: [NaN] })).toBe('{"a":1n,"b":[NaN]}');
    expect(describeValue('tengis')).toBe('"tengis"');
  });

  it('never throws on symbols, cycles, functions, getters, null prototypes or revoked proxies', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['self'] = cyclic;
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue({ s: Symbol() })).toBe('{"s":Symbol()}');
    expect(describeValue(cyclic)).toBe('{"name":"loop","self":[Circular]}');
    expect(describeValue(() => 1)).toBe('(a function)');
    let called = false;
    expect(describeValue(Object.defineProperty({}, 'g', { enumerable: true, get: () => (called = true) }))).toBe('{"g":[Getter]}');
    expect(called).toBe(false);
    expect(describeValue(Object.assign(Object.create(null) as object, { a: 1 }))).toBe('{"a":1}');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe('(an object)');
  });

  it('stays short, with bounded work, for huge, deep and long values', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(describeValue(deep)).toBe('[[[[…]]]]');
    const long = describeValue('x'.repeat(10_000_000));
    expect(long).toHaveLength(80);
    expect(long.endsWith('...')).toBe(true);
    expect(describeValue(new Array(2 ** 32 - 1))).toHaveLength(80); // a sparse array of length 2³² − 1
    expect(describeValue({ ['k'.repeat(1_000_000)]: 1 })).toHaveLength(80);
  });

  it('is what InvalidOptionError shows, so an option holding a BigInt or a cycle still gives the typed error', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(new InvalidOptionError('findRoutes', 'k', 10n, 'expected an integer').message).toBe('findRoutes: option "k" 10n is invalid: expected an integer');
    expect(() => findRoutes(loadCorridorNetwork(), 'tengiz', 'trieste', { k: cyclic as never })).toThrow('findRoutes: option "k" {"self":[Circular]} is invalid');
    expect(() => findRoutes(loadCorridorNetwork(), 'tengiz', 'trieste', { k: [1n] as never })).toThrow('option "k" [1n] is invalid');
  });
});
