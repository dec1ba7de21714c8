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
