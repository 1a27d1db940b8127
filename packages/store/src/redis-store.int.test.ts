import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createRedisStore } from './redis-store';
import type { RedisStoreOptions } from './redis-store';
import { describeStoreContract, eventually, spyLogger } from './store-contract';
import { StoreUnavailableError } from './store-errors';
import type { Store, StoreLogger } from './store-types';
import { startTcpProxy } from './testing/tcp-proxy';
import type { TcpProxy } from './testing/tcp-proxy';

const redisUrl = process.env.REDIS_URL;
// Every key and channel of this run lives under its own prefix: parallel runs on one Redis
// never collide, and afterAll removes whatever a failed test left behind.
const runPrefix = `simplifaq-test:${randomUUID().slice(0, 8)}:`;
let storeCount = 0;
const freshPrefix = () => `${runPrefix}${++storeCount}:`;
const silent: StoreLogger = { warn: () => {}, error: () => {} };
const FAIL_FAST_MS = 2000;

if (!redisUrl) {
  // Visible in the test output, so a green run without Redis is not mistaken for coverage of it.
  console.info('packages/store: REDIS_URL is not set, so the Redis contract suite is skipped (REDIS_URL=redis://127.0.0.1:6379 runs it)');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function elapsedMs(operation: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await expect(operation()).rejects.toBeInstanceOf(StoreUnavailableError);
  return performance.now() - start;
}

/** Every operation once, each expected to reject with StoreUnavailableError; resolves the slowest time. */
async function slowestFailure(store: Store): Promise<number> {
  const operations: Array<() => Promise<unknown>> = [
    () => store.ping(),
    () => store.get('k'),
    () => store.set('k', 'v', { ttlMs: 1000 }),
    () => store.setIfAbsent('k', 'v', { ttlMs: 1000 }),
    () => store.incr('n', { ttlMs: 1000 }),
    () => store.delete('k'),
    () => store.ttl('k'),
    () => store.scan('')[Symbol.asyncIterator]().next(),
    () => store.publish('c', 'x'),
    () => store.subscribe('c', () => {}),
  ];
  let slowest = 0;
  for (const operation of operations) slowest = Math.max(slowest, await elapsedMs(operation));
  return slowest;
}

const opened: Array<{ close(): Promise<void> }> = [];
function track<T extends { close(): Promise<void> }>(resource: T): T {
  opened.push(resource);
  return resource;
}
afterEach(async () => {
  for (const resource of opened.splice(0).reverse()) await resource.close();
});

describe('redis store against a dead server (no Redis needed)', () => {
  it('rejects every call with StoreUnavailableError well within 2 s, and keeps quiet while retrying', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    const logger = spyLogger();
    const store = track(createRedisStore({ url: 'redis://127.0.0.1:1', logger }));

    const whileConnecting = await slowestFailure(store); // the first attempt is still under way
    await sleep(1500); // several reconnect attempts later
    const whileReconnecting = await slowestFailure(store);
    console.info(`dead Redis: slowest rejection ${whileConnecting.toFixed(1)} ms on first connect, ${whileReconnecting.toFixed(1)} ms later`);

    expect(whileConnecting).toBeLessThan(FAIL_FAST_MS);
    expect(whileReconnecting).toBeLessThan(FAIL_FAST_MS);
    // One line per connection and outage — commands, plus the subscriber subscribe() opened —
    // not one per reconnect attempt.
    expect(logger.warn.mock.calls.map(([context]) => context.role).sort()).toEqual(['commands', 'subscriber']);
    expect(consoleError).not.toHaveBeenCalled(); // no "[ioredis] Unhandled error event" spam
    expect(consoleWarn).not.toHaveBeenCalled();
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  it('carries the cause and the stable code the API maps to 503', async () => {
    const store = track(createRedisStore({ url: 'redis://127.0.0.1:1', logger: silent }));
    const error = await store.get('k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ code: 'STORE_UNAVAILABLE', name: 'StoreUnavailableError' });
    expect(String((error as Error).message)).toMatch(/ECONNREFUSED|not connected|connection failed/);
  });
});

describe.skipIf(!redisUrl)(redisUrl ? `redis store on ${redisUrl}` : 'redis store (skipped: REDIS_URL is not set)', () => {
  const url = redisUrl ?? '';
  const open = (options: Partial<RedisStoreOptions> = {}) =>
    track(createRedisStore({ url, keyPrefix: freshPrefix(), logger: silent, ...options }));

  afterAll(async () => {
    const raw = new Redis(url);
    const leftovers: string[] = [];
    const stream = raw.scanStream({ match: `${runPrefix}*`, count: 500 });
    for await (const keys of stream) leftovers.push(...(keys as string[]));
    if (leftovers.length > 0) await raw.del(...leftovers);
    await raw.quit();
  });

  describeStoreContract('redis', {
    create: (options) => createRedisStore({ url, keyPrefix: freshPrefix(), logger: options?.logger ?? silent }),
    advance: (ms) => sleep(ms),
    // Real time: a second leaves ample room for the few calls made before expiry is checked.
    ttlMs: 1000,
  });

  it('answers calls made while it is still connecting, without piling up listeners', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on('warning', onWarning);
    const store = open();
    // The first requests after boot arrive before the connection is ready; they wait for it.
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.get(`k${i}`)));
    expect(results).toEqual(Array(50).fill(null));
    await sleep(10); // 'warning' is emitted on a later tick
    process.off('warning', onWarning);
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });

  it('stores keys under keyPrefix on the server, and reads them back without it', async () => {
    const keyPrefix = freshPrefix();
    const store = open({ keyPrefix });
    const raw = new Redis(url);
    track({ close: async () => void raw.disconnect() });
    await store.set('session:1', 'v', { ttlMs: 60_000 });
    expect(await raw.get(`${keyPrefix}session:1`)).toBe('v');
    expect(await raw.get('session:1')).toBeNull();
    const keys: string[] = [];
    for await (const key of store.scan('session:')) keys.push(key);
    expect(keys).toEqual(['session:1']);
    await store.delete('session:1');
  });

  it('shares keys and messages between instances with the same keyPrefix', async () => {
    const keyPrefix = freshPrefix();
    const a = open({ keyPrefix });
    const b = open({ keyPrefix });
    const gotA: string[] = [];
    const gotB: string[] = [];
    await a.subscribe('instances', (m) => void gotA.push(m));
    await b.subscribe('instances', (m) => void gotB.push(m));

    await a.set('flag:maintenance', 'on');
    expect(await b.get('flag:maintenance')).toBe('on');
    expect(await a.incr('rl:ip', { ttlMs: 60_000 })).toBe(1);
    expect(await b.incr('rl:ip', { ttlMs: 60_000 })).toBe(2);
    expect(await b.publish('instances', 'memory-report')).toBe(2);
    await eventually(() => {
      expect(gotA).toEqual(['memory-report']);
      expect(gotB).toEqual(['memory-report']);
    });
    for (const key of ['flag:maintenance', 'rl:ip']) await a.delete(key);
  });

  describe('through a proxy that the test breaks and repairs', () => {
    let proxy: TcpProxy;
    let proxiedUrl: string;

    async function startProxy() {
      const target = new URL(url);
      proxy = track(await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) }));
      target.hostname = '127.0.0.1';
      target.port = String(proxy.port);
      proxiedUrl = target.toString();
    }

    it('fails fast while Redis is gone, then the same store and its subscriptions work again', async () => {
      await startProxy();
      const keyPrefix = freshPrefix();
      const logger = spyLogger();
      const store = open({ url: proxiedUrl, keyPrefix, logger });
      const direct = open({ keyPrefix }); // another instance that keeps its connection
      const got: string[] = [];
      await store.subscribe('instances', (m) => void got.push(m));
      await store.set('k', 'before');
      expect(await direct.publish('instances', 'one')).toBe(1);
      await eventually(() => expect(got).toEqual(['one']));

      await proxy.cut();
      const slowest = await slowestFailure(store);
      console.info(`Redis stopped (proxy cut): slowest rejection ${slowest.toFixed(1)} ms`);
      expect(slowest).toBeLessThan(FAIL_FAST_MS);
      await eventually(() => expect(logger.warn.mock.calls.map(([context]) => context.role).sort()).toEqual(['commands', 'subscriber']));

      // Long enough for the reconnect backoff to reach its cap: the worst case for noticing the return.
      await sleep(3000);
      await proxy.restore();
      const restoredAt = performance.now();
      await expect.poll(() => store.ping().then(() => true, () => false), { timeout: 5000, interval: 20 }).toBe(true);
      const recoveryMs = performance.now() - restoredAt;
      console.info(`Redis back (proxy restored after 3 s down): store answering again after ${recoveryMs.toFixed(0)} ms`);
      expect(recoveryMs).toBeLessThan(FAIL_FAST_MS);
      expect(await store.get('k')).toBe('before');

      // Re-subscription happens right after reconnecting; publish until it is in place.
      await expect
        .poll(
          async () => {
            await direct.publish('instances', 'two');
            return got.includes('two');
          },
          { timeout: 5000, interval: 100 },
        )
        .toBe(true);
      expect(logger.info).toHaveBeenCalled();
      await store.delete('k');
    });

    it('notices a subscriber connection that died silently and re-subscribes', async () => {
      await startProxy();
      const keyPrefix = freshPrefix();
      const logger = spyLogger();
      const store = open({ url: proxiedUrl, keyPrefix, logger, subscriberPingIntervalMs: 200 });
      const direct = open({ keyPrefix });
      const got: string[] = [];
      await store.subscribe('instances', (m) => void got.push(m));

      proxy.blackhole(); // the idle subscriber sees no error: only its pings go unanswered
      await eventually(() => expect(logger.warn.mock.calls.map(([context]) => context.role)).toContain('subscriber'));
      await proxy.restore();
      await expect
        .poll(
          async () => {
            await direct.publish('instances', 'after');
            return got.includes('after');
          },
          { timeout: 10_000, interval: 100 },
        )
        .toBe(true);
    });

    it('fails fast on a connection that silently stops answering, and recovers when it answers again', async () => {
      await startProxy();
      const store = open({ url: proxiedUrl });
      await store.set('k', 'before', { ttlMs: 60_000 });

      proxy.blackhole();
      const first = await elapsedMs(() => store.get('k')); // waits out the command budget
      const slowest = Math.max(first, await slowestFailure(store));
      console.info(`Redis unreachable (blackhole): slowest rejection ${slowest.toFixed(1)} ms`);
      expect(slowest).toBeLessThan(FAIL_FAST_MS);

      await proxy.restore();
      await expect.poll(() => store.ping().then(() => true, () => false), { timeout: 10_000, interval: 100 }).toBe(true);
      expect(await store.get('k')).toBe('before');
      await store.delete('k');
    });
  });
});
