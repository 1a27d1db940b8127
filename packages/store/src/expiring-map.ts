/** A stored value and when it stops existing. */
export interface ExpiringEntry {
  value: string;
  /** Epoch ms from which the entry no longer exists; `null` for never. */
  expiresAt: number | null;
}

// Expired entries nobody reads again (one rate-limit counter per client IP) must not pile up. A
// full sweep once the writes since the last one reach the size that sweep left costs O(1) per
// write, amortised, and needs no timer to keep the process alive or to fight fake timers.
const MIN_WRITES_BETWEEN_SWEEPS = 1024;

/** A Map whose entries expire by timestamp: checked on access, swept now and then on writes. */
export class ExpiringMap {
  readonly #entries = new Map<string, ExpiringEntry>();
  readonly #now: () => number;
  #writesSinceSweep = 0;
  #sizeAfterSweep = 0;

  constructor(now: () => number) {
    this.#now = now;
  }

  /** Entries held, expired or not: what the process pays for. */
  get size(): number {
    return this.#entries.size;
  }

  get(key: string): ExpiringEntry | undefined {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: ExpiringEntry): void {
    this.#entries.set(key, entry);
    if (++this.#writesSinceSweep >= Math.max(MIN_WRITES_BETWEEN_SWEEPS, this.#sizeAfterSweep)) this.sweep();
  }

  /** Whether a live entry was removed. */
  delete(key: string): boolean {
    const existed = this.get(key) !== undefined;
    this.#entries.delete(key);
    return existed;
  }

  /** A snapshot of the keys (live or not yet swept), so callers may delete while iterating. */
  keys(): string[] {
    return [...this.#entries.keys()];
  }

  sweep(): void {
    this.#writesSinceSweep = 0;
    const now = this.#now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt !== null && entry.expiresAt <= now) this.#entries.delete(key);
    this.#sizeAfterSweep = this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#writesSinceSweep = 0;
    this.#sizeAfterSweep = 0;
  }
}
