import { consoleLogger } from './console-logger';
import { ExpiringMap } from './expiring-map';
import { StoreUnavailableError } from './store-errors';
import { assertTtlMs, parseCounter } from './store-fns';
import type { ExpiringOptions, MessageHandler, SetOptions, Store, StoreLogger, Unsubscribe } from './store-types';
import { SubscriptionRegistry } from './subscriptions';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Clock in epoch milliseconds; defaults to `Date.now()` read at each call, so fake timers apply. */
  now?: () => number;
  /** Receives failing message handlers; defaults to the console. */
  logger?: StoreLogger;
}

/**
 * The store in process memory: what embedded mode and the unit tests use.
 *
 * Single instance only — nothing is shared with other processes: two API instances on memory
 * stores would each keep their own sessions and rate limits, and their messages would not reach
 * each other. Production with several instances needs {@link createRedisStore}. Expiry is checked
 * against the clock on access (no timer per key); messages are delivered on a later microtask, as
 * they would arrive from Redis, never inside `publish`.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? (() => Date.now());
  const entries = new ExpiringMap(now);
  const subscriptions = new SubscriptionRegistry(options.logger ?? consoleLogger);
  let closed = false;

  function ensureOpen(): void {
    if (closed) throw new StoreUnavailableError('store is closed');
  }

  return {
    kind: 'memory',

    async get(key) {
      ensureOpen();
      return entries.get(key)?.value ?? null;
    },

    async set(key, value, setOptions: SetOptions = {}) {
      ensureOpen();
      if (setOptions.ttlMs !== undefined) assertTtlMs(setOptions.ttlMs);
      entries.set(key, { value, expiresAt: setOptions.ttlMs === undefined ? null : now() + setOptions.ttlMs });
    },

    async setIfAbsent(key, value, { ttlMs }: ExpiringOptions) {
      ensureOpen();
      assertTtlMs(ttlMs);
      if (entries.get(key)) return false;
      entries.set(key, { value, expiresAt: now() + ttlMs });
      return true;
    },

    async delete(key) {
      ensureOpen();
      return entries.delete(key);
    },

    async incr(key, { ttlMs }: ExpiringOptions) {
      ensureOpen();
      assertTtlMs(ttlMs);
      const entry = entries.get(key);
      const current = entry ? parseCounter(entry.value) : 0;
      // Same reply as Redis, so callers see one behaviour whatever the adapter.
      if (current === null || !Number.isSafeInteger(current + 1)) throw new Error('ERR value is not an integer or out of range');
      const next = current + 1;
      entries.set(key, { value: String(next), expiresAt: entry?.expiresAt ?? now() + ttlMs });
      return next;
    },

    async ttl(key) {
      ensureOpen();
      const entry = entries.get(key);
      return entry?.expiresAt == null ? null : entry.expiresAt - now();
    },

    async *scan(prefix) {
      ensureOpen();
      // keys() is a snapshot, so callers may delete while iterating (log out everywhere).
      const keys = entries.keys().filter((k) => k.startsWith(prefix));
      for (const key of keys) {
        if (closed) throw new StoreUnavailableError('store is closed');
        if (entries.get(key)) yield key;
      }
    },

    async publish(channel, message) {
      ensureOpen();
      const targets = subscriptions.snapshot(channel);
      if (targets.length === 0) return 0;
      queueMicrotask(() => {
        for (const subscription of targets) subscriptions.deliver(subscription, message, channel);
      });
      // Redis counts subscribed connections; this store is one "connection".
      return 1;
    },

    async subscribe(channel, handler: MessageHandler): Promise<Unsubscribe> {
      ensureOpen();
      const subscription = subscriptions.add(channel, handler);
      return async () => {
        subscriptions.remove(subscription);
      };
    },

    async ping() {
      ensureOpen();
    },

    async close() {
      closed = true;
      entries.clear();
      subscriptions.clear();
    },
  };
}
