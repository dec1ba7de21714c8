const READ_ONLY_MESSAGE = 'this map is read-only (a network cannot be changed; build a new one with parseNetwork or applyScenario)';

/** Maps whose construction has finished (kept outside the object, so that it serialises as a plain Map). */
const sealedMaps = new WeakSet<object>();

/**
 * A `Map` that cannot be changed after it is built: `set`, `delete` and `clear` throw a `TypeError`,
 * as assigning to a frozen object does in strict mode. The network's `nodes` and `links` are these,
 * so that the records every analysis and cache reads cannot be swapped out from under them.
 */
export class ReadOnlyMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super(entries);
    sealedMaps.add(this);
    Object.freeze(this);
  }

  override set(key: K, value: V): this {
    if (sealedMaps.has(this)) throw new TypeError(READ_ONLY_MESSAGE);
    return super.set(key, value);
  }

  override delete(_key: K): boolean {
    throw new TypeError(READ_ONLY_MESSAGE);
  }

  override clear(): void {
    throw new TypeError(READ_ONLY_MESSAGE);
  }
}
