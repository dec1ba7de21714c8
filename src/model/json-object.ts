import * as z from 'zod';

/**
 * True when `value` is JSON data: `null`, a boolean, a finite number, a string, or an array or plain
 * object of those, without cycles.
 */
export function isJsonValue(value: unknown, seen: Set<object> = new Set()): boolean {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  seen.add(value);
  const ok = Object.keys(value).every((k) => isJsonValue((value as Record<string, unknown>)[k], seen));
  seen.delete(value);
  return ok;
}

/**
 * A deep copy of JSON data that keeps every own key, `"__proto__"` included (defined as an own
 * property, as `JSON.parse` does, rather than assigned, which would change the prototype).
 */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => copyJson(v)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: copyJson((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/**
 * zod schema of a free-form JSON object (a record's `meta`): validated as JSON data and copied, so the
 * network never shares (or freezes) the caller's objects and no key is lost.
 */
export const jsonObjectSchema = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isJsonValue(value),
    'must be a JSON object (strings, finite numbers, booleans, null, arrays and objects; no cycles)',
  )
  .transform((value) => copyJson(value));
