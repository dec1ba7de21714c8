import { z } from 'zod';
import { describeValue, InvalidArgumentError } from '../errors.js';

/**
 * Deepest nesting accepted in a free-form JSON object (a record's `meta`): 64 levels of objects and
 * arrays below it (`{ a: { b: 1 } }` nests 2 levels). Deeper data is rejected with an issue whose path
 * leads to where the limit is passed, so that neither this library nor a caller's `JSON.stringify`,
 * `structuredClone` or recursive walk of the records can overflow the stack on it.
 */
export const JSON_OBJECT_MAX_DEPTH = 64;

/** Where a value stops being JSON data, and why. */
export interface JsonProblem {
  /** Keys from the value's root to the offending item (empty for the root itself). */
  readonly path: readonly (string | number)[];
  /** What is wrong there, e.g. `must be a finite number (got NaN)`. */
  readonly message: string;
}

/** Outcome of {@link readJsonValue}: a copy of the JSON data, or the first problem found. */
export type JsonReadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: JsonProblem };

/**
 * Checks that `value` is JSON data and copies it, in one pass that reads every property once (getters
 * are refused, never called, so what is checked is what is copied).
 *
 * JSON data is `null`, a boolean, a finite number, a string, or an array (no holes, no extra keys) or a
 * plain object (prototype `Object.prototype` or `null`, no symbol keys) of those, without cycles and at
 * most `maxDepth` levels deep. Every own key is kept, `"__proto__"` included (defined as an own
 * property, as `JSON.parse` does). An object reached twice through shared references is checked and
 * copied once and shared in the copy, so the work is linear in the input; the walk is iterative, so
 * the stack does not grow with the depth. A value that throws when read (a revoked proxy) is a problem,
 * not an exception.
 *
 * @param value - any value.
 * @param maxDepth - the nesting limit (default {@link JSON_OBJECT_MAX_DEPTH}).
 * @returns `{ ok: true, value }` with the copy, or `{ ok: false, problem }` with the first problem
 *   found (depth first, keys in order) and its path.
 * @example
 * ```ts
 * readJsonValue({ a: [1, NaN] }); // { ok: false, problem: { path: ['a', 1], message: 'must be a finite number (got NaN)' } }
 * ```
 */
export function readJsonValue<T = unknown>(value: unknown, maxDepth = JSON_OBJECT_MAX_DEPTH): JsonReadResult<T> {
  interface Frame {
    readonly source: object;
    readonly target: object;
    readonly keys: readonly string[];
    readonly isArray: boolean;
    next: number;
    readonly key: string | number | null;
  }
  const stack: Frame[] = [];
  const copies = new Map<object, object>();
  const pathTo = (last: string | number | null): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let i = 1; i < stack.length; i++) path.push(stack[i]!.key!);
    if (last !== null) path.push(last);
    return path;
  };
  const fail = (key: string | number | null, message: string): JsonReadResult<T> => ({ ok: false, problem: { path: pathTo(key), message } });
  // The copy of `v` (pushing a frame to fill it when it is a new container), or a problem.
  const enter = (v: unknown, key: string | number | null): { copy: unknown } | JsonReadResult<T> => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return { copy: v };
    if (typeof v === 'number') return Number.isFinite(v) ? { copy: v } : fail(key, `must be a finite number (got ${String(v)})`);
    if (typeof v !== 'object') return fail(key, `must be JSON data (got a ${typeof v})`);
    const known = copies.get(v);
    if (known !== undefined) {
      for (const frame of stack) if (frame.source === v) return fail(key, 'refers back to an object that contains it (a cycle); JSON data has none');
      return { copy: known };
    }
    const isArray = Array.isArray(v);
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!isArray && proto !== Object.prototype && proto !== null) return fail(key, 'must be a plain object or an array (got an instance of a class, such as a Map or a Date)');
    if (isArray && proto !== Array.prototype) return fail(key, 'must be a plain array');
    if (stack.length >= maxDepth) return fail(key, `nests deeper than ${maxDepth} levels of objects and arrays`);
    if (Object.getOwnPropertySymbols(v).length > 0) return fail(key, 'has symbol keys, which JSON data cannot hold');
    const keys = Object.keys(v);
    if (isArray) {
      const length = (v as unknown[]).length;
      if (keys.length !== length || (length > 0 && keys[length - 1] !== String(length - 1))) return fail(key, 'must be an array without holes or extra keys');
    }
    const target: object = isArray ? [] : {};
    copies.set(v, target);
    stack.push({ source: v, target, keys, isArray, next: 0, key });
    return { copy: target };
  };
  try {
    const root = enter(value, null);
    if ('ok' in root) return root;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.keys.length) {
        stack.pop();
        continue;
      }
      const k = frame.keys[frame.next++]!;
      const key = frame.isArray ? frame.next - 1 : k;
      const descriptor = Object.getOwnPropertyDescriptor(frame.source, k);
      if (descriptor === undefined || !('value' in descriptor)) return fail(key, 'is a getter or setter; JSON data holds plain values');
      const entered = enter(descriptor.value, key);
      if ('ok' in entered) return entered;
      Object.defineProperty(frame.target, k, { value: entered.copy, enumerable: true, writable: true, configurable: true });
    }
    return { ok: true, value: root.copy as T };
  } catch {
    return fail(null, 'could not be read (a proxy or an object that throws when read)');
  }
}

/** True when `value` is JSON data within {@link JSON_OBJECT_MAX_DEPTH} levels; see {@link readJsonValue}. */
export function isJsonValue(value: unknown): boolean {
  return readJsonValue(value).ok;
}

/**
 * A deep copy of JSON data that keeps every own key, `"__proto__"` included (see
 * {@link readJsonValue}, which also checks the data).
 *
 * @throws {InvalidArgumentError} when `value` is not JSON data within {@link JSON_OBJECT_MAX_DEPTH} levels
 *   (the message gives the path to the offending item).
 */
export function copyJson<T>(value: T): T {
  const read = readJsonValue<T>(value);
  if (!read.ok) throw new InvalidArgumentError('copyJson', 'value', `not JSON data at ${describeValue(read.problem.path)}: ${read.problem.message}`);
  return read.value;
}

/**
 * zod schema of a free-form JSON object (a record's `meta`): validated as JSON data (strings, finite
 * numbers, booleans, `null`, arrays and plain objects, no cycles, at most
 * {@link JSON_OBJECT_MAX_DEPTH} levels deep; see {@link readJsonValue}) and copied, so the network
 * never shares (or freezes) the caller's objects and no key is lost. An issue's path leads to the
 * offending item inside the object.
 */
export const jsonObjectSchema = z.unknown().transform((value, ctx): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object (strings, finite numbers, booleans, null, arrays and objects; no cycles)' });
    return z.NEVER;
  }
  const read = readJsonValue<Record<string, unknown>>(value);
  if (read.ok) return read.value;
  ctx.addIssue({ code: 'custom', path: [...read.problem.path], message: read.problem.message });
  return z.NEVER;
});
