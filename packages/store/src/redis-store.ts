import type { Redis } from 'ioredis';
import { consoleLogger } from './console-logger';
import type { ConnectionSettings } from './redis-connection';
import { connectRedis } from './redis-connection';
import { RedisPubSub } from './redis-pubsub';
import { assertTtlMs, escapeGlob } from './store-fns';
import type { ExpiringOptions, SetOptions, Store, StoreLogger } from './store-types';

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host[:port][/db]`, or `rediss://` for TLS. */
  url: string;
  /**
   * Upper bound of every operation, including waiting for a connection attempt under way.
   * Default 1000 ms — a dead Redis makes calls fail with `StoreUnavailableError` within it.
   */
  commandTimeoutMs?: number;
  /** Bound of one TCP/TLS connection attempt. Default 2000 ms. */
  connectTimeoutMs?: number;
  /** Longest pause between reconnect attempts, i.e. how late a returning Redis may be noticed. Default 1000 ms. */
  maxReconnectDelayMs?: number;
  /**
   * How often the pub/sub connection is pinged while it has subscriptions, so that a connection
   * that died silently is noticed (within this plus 2 × `commandTimeoutMs`) and re-subscribed.
   * Default 5000 ms.
   */
  subscriberPingIntervalMs?: number;
  /**
   * Prepended to every key and channel (e.g. `simplifaq:prod:`), so several installations — or
   * parallel test runs — can share one Redis without seeing each other. Keys passed to and
   * yielded by the store never include it.
   */
  keyPrefix?: string;
  /** Shown by `CLIENT LIST` (e.g. the instance id), so operators can tell connections apart. */
  connectionName?: string;
  /** Receives one line per outage and recovery, and failing message handlers. Defaults to the console. */
  logger?: StoreLogger;
}

// INCR keeps an existing expiry, so the window is fixed; PEXPIRE only when the key has none
// (-1) — just created, or stored earlier without one — so a counter can never live forever.
const INCR_WITH_TTL = `
local n = redis.call('INCR', KEYS[1])
if redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

interface ClientWithScripts extends Redis {
  incrWithTtl(key: string, ttlMs: number): Promise<number>;
}

const SCAN_PAGE_SIZE = 500;

/**
 * The store on Redis (ioredis), for production and for several API instances sharing state.
 *
 * It connects at once and never gives up reconnecting (backoff capped at `maxReconnectDelayMs`).
 * While Redis is unreachable every call rejects with `StoreUnavailableError` within
 * `commandTimeoutMs` — at once when Redis was just seen down — and nothing is queued for later;
 * when Redis returns, the same store works again and its subscriptions are restored.
 */
export function createRedisStore(options: RedisStoreOptions): Store {
  const settings: ConnectionSettings = {
    commandTimeoutMs: options.commandTimeoutMs ?? 1000,
    connectTimeoutMs: options.connectTimeoutMs ?? 2000,
    maxReconnectDelayMs: options.maxReconnectDelayMs ?? 1000,
    subscriberPingIntervalMs: options.subscriberPingIntervalMs ?? 5000,
    connectionName: options.connectionName,
    logger: options.logger ?? consoleLogger,
  };
  for (const name of ['commandTimeoutMs', 'connectTimeoutMs', 'maxReconnectDelayMs', 'subscriberPingIntervalMs'] as const) {
    if (!Number.isSafeInteger(settings[name]) || settings[name] <= 0) throw new RangeError(`${name} must be a positive integer`);
  }
  const prefix = options.keyPrefix ?? '';
  const connection = connectRedis(options.url, settings);
  connection.client.defineCommand('incrWithTtl', { numberOfKeys: 1, lua: INCR_WITH_TTL });
  const scripts = connection.client as ClientWithScripts;
  const pubsub = new RedisPubSub(connection, settings, prefix);
  const k = (key: string) => prefix + key;

  return {
    kind: 'redis',

    get: (key) => connection.run((c) => c.get(k(key))),

    async set(key, value, setOptions: SetOptions = {}) {
      const { ttlMs } = setOptions;
      if (ttlMs === undefined) {
        await connection.run((c) => c.set(k(key), value));
      } else {
        assertTtlMs(ttlMs);
        await connection.run((c) => c.set(k(key), value, 'PX', ttlMs));
      }
    },

    async setIfAbsent(key, value, { ttlMs }: ExpiringOptions) {
      assertTtlMs(ttlMs);
      return (await connection.run((c) => c.set(k(key), value, 'PX', ttlMs, 'NX'))) === 'OK';
    },

    async delete(key) {
      return (await connection.run((c) => c.del(k(key)))) > 0;
    },

    async incr(key, { ttlMs }: ExpiringOptions) {
      assertTtlMs(ttlMs);
      return connection.run(() => scripts.incrWithTtl(k(key), ttlMs));
    },

    async ttl(key) {
      const ms = await connection.run((c) => c.pttl(k(key)));
      return ms < 0 ? null : ms; // -2: no such key, -1: no expiry
    },

    async *scan(keyPrefix) {
      const match = `${escapeGlob(k(keyPrefix))}*`;
      let cursor = '0';
      do {
        // Each page is its own bounded command, so a long scan never holds Redis or the caller.
        const [next, keys] = await connection.run((c) => c.scan(cursor, 'MATCH', match, 'COUNT', SCAN_PAGE_SIZE));
        cursor = next;
        for (const key of keys) yield key.slice(prefix.length);
      } while (cursor !== '0');
    },

    publish: (channel, message) => pubsub.publish(channel, message),

    subscribe: (channel, handler) => pubsub.subscribe(channel, handler),

    async ping() {
      await connection.run((c) => c.ping());
    },

    async close() {
      await Promise.all([pubsub.close(), connection.close()]);
    },
  };
}
