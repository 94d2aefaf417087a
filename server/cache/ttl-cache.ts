/**
 * A bounded in-memory cache that keeps entries past their freshness, so a stale answer can
 * stand in while the upstream is throttled or failing. Oldest-written entries go first.
 */
export interface CacheEntry<T> {
  value: T;
  storedAt: number;
}

export class TtlCache<T> {
  private readonly entries = new Map<string, CacheEntry<T>>();

  constructor(
    private readonly maxEntries: number,
    /** How long an entry may serve as a stale stand-in after it was stored. */
    private readonly keepMs: number,
  ) {}

  /** The entry, fresh or stale, or undefined once it is older than `keepMs`. */
  get(key: string, now: number): CacheEntry<T> | undefined {
    const entry = this.entries.get(key);
    if (entry && now - entry.storedAt > this.keepMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, value: T, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
