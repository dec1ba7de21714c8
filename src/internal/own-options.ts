/**
 * The own enumerable properties of an options object, copied into an object without a prototype, so
 * that an inherited (or prototype-polluted) key is never read as an option (internal). Anything that is
 * not a plain object (null, an array, a primitive) is returned unchanged for the caller's check to
 * reject with its own message.
 */
export function ownOptions<T>(options: T): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return options;
  const own = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(options)) own[key] = (options as Record<string, unknown>)[key];
  return own as T;
}
