const READ_ONLY_MESSAGE = 'this map is read-only (a network cannot be changed; build a new one with parseNetwork or applyScenario)';

/**
 * A `Map` that cannot be changed after it is built: `set`, `delete` and `clear` throw a `TypeError`,
 * as assigning to a frozen object does in strict mode. The network's `nodes` and `links` are these,
 * so that the records every analysis and cache reads cannot be swapped out from under them.
 */
export class ReadOnlyMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    // Filled through Map's own `set`, since this class's `set` always throws (the base constructor
    // would call it if given the entries).
    super();
    const set = Map.prototype.set;
    for (const [key, value] of entries) set.call(this, key, value);
    Object.freeze(this);
  }

  /**
   * A read-only map of `values` keyed by `keyOf(value)`, in the order of `values` (a later value with
   * the same key replaces an earlier one, as `new Map(entries)` does), without an entry pair per value.
   */
  static byKey<K, V>(values: readonly V[], keyOf: (value: V) => K): ReadOnlyMap<K, V> {
    const map = new ReadOnlyMap<K, V>([]);
    const set = Map.prototype.set;
    for (const value of values) set.call(map, keyOf(value), value);
    return map;
  }

  override set(_key: K, _value: V): this {
    throw new TypeError(READ_ONLY_MESSAGE);
  }

  override delete(_key: K): boolean {
    throw new TypeError(READ_ONLY_MESSAGE);
  }

  override clear(): void {
    throw new TypeError(READ_ONLY_MESSAGE);
  }
}
