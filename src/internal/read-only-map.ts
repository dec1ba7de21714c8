/**
 * A `Map` that cannot be changed after it is built: `set`, `delete` and `clear` throw a `TypeError`,
 * as assigning to a frozen object does in strict mode. The network's `nodes` and `links` are these,
 * so that the records every analysis and cache reads cannot be swapped out from under them.
 */
export class ReadOnlyMap<K, V> extends Map<K, V> {
  private sealed?: boolean;

  constructor(entries: Iterable<readonly [K, V]>) {
    super(entries);
    this.sealed = true;
    Object.freeze(this);
  }

  override set(key: K, value: V): this {
    if (this.sealed === true) throw new TypeError('this map is read-only (a network cannot be changed; build a new one with parseNetwork or applyScenario)');
    return super.set(key, value);
  }

  override delete(_key: K): boolean {
    throw new TypeError('this map is read-only (a network cannot be changed; build a new one with parseNetwork or applyScenario)');
  }

  override clear(): void {
    throw new TypeError('this map is read-only (a network cannot be changed; build a new one with parseNetwork or applyScenario)');
  }
}
