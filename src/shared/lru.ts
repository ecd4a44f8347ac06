/**
 * A bounded map that forgets the least recently used entry first (a Map keeps insertion order:
 * a hit moves its entry to the end, an insert past the bound drops the first).
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`an LRU cache needs a capacity of at least 1, not ${capacity}`);
  }

  /** The entry under `key`, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores `value` as the most recently used entry, dropping the oldest one past the bound. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size;
  }
}
