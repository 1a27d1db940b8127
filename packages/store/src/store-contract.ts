// The behaviour every Store adapter must have, as one Vitest suite run against each of them
// (memory-store.test.ts, redis-store.int.test.ts). Not exported from index.ts: it imports Vitest.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from './store-errors';
import type { Store, StoreLogger } from './store-types';

/** How the contract gets stores and lets time pass for one adapter. */
export interface StoreContractHarness {
  /** A fresh, empty store with its own namespace: two stores never see each other's keys or channels. */
  create(options?: { logger?: StoreLogger }): Store | Promise<Store>;
  /** Lets `ms` of store time pass: a fake clock in memory, real waiting against a server. */
  advance(ms: number): Promise<void>;
  /**
   * Lifetime used by the expiry tests. Against a real server it must leave ample room for the
   * calls made before the key is expected to expire (the tests wait 1.5× this for expiry).
   */
  ttlMs: number;
}

/** A logger whose calls tests can inspect. */
export function spyLogger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies StoreLogger;
}

/** Polls with real timers (fake clocks in the harness freeze only Date), failing after ~5 s. */
export async function eventually(check: () => void, attempts = 500): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      check();
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const all = new Set<string>(); // Redis SCAN may repeat a key
  for await (const key of keys) all.add(key);
  return [...all].sort();
}

/** Registers the contract suite for one adapter. */
export function describeStoreContract(name: string, harness: StoreContractHarness): void {
  describe(`Store contract: ${name}`, () => {
    const opened: Store[] = [];
    let store: Store;
    const T = harness.ttlMs;

    async function open(options?: { logger?: StoreLogger }): Promise<Store> {
      const s = await harness.create(options);
      opened.push(s);
      return s;
    }

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      for (const s of opened.splice(0)) {
        try {
          for await (const key of s.scan('')) await s.delete(key);
        } catch {
          // already closed by the test
        }
        await s.close();
      }
    });

    describe('get / set / delete', () => {
      it('returns null for a missing key and the stored string otherwise', async () => {
        expect(await store.get('missing')).toBeNull();
        await store.set('k', 'v1');
        expect(await store.get('k')).toBe('v1');
        await store.set('k', 'v2');
        expect(await store.get('k')).toBe('v2');
      });

      it('keeps any string intact: empty, unicode, JSON, 200 kB', async () => {
        const values = ['', 'Zürich – 12.50 CHF 🇨🇭', JSON.stringify({ a: [1, null, 'x'] }), 'x'.repeat(200_000)];
        for (const [i, value] of values.entries()) await store.set(`v:${i}`, value);
        for (const [i, value] of values.entries()) expect(await store.get(`v:${i}`)).toBe(value);
        await store.set('clé avec espaces ü', 'ok');
        expect(await store.get('clé avec espaces ü')).toBe('ok');
      });

      it('delete tells whether the key existed', async () => {
        await store.set('k', 'v');
        expect(await store.delete('k')).toBe(true);
        expect(await store.get('k')).toBeNull();
        expect(await store.delete('k')).toBe(false);
      });

      it('rejects a TTL that is not a positive integer, storing nothing', async () => {
        for (const ttlMs of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
          await expect(store.set('k', 'v', { ttlMs })).rejects.toBeInstanceOf(RangeError);
          await expect(store.setIfAbsent('k', 'v', { ttlMs })).rejects.toBeInstanceOf(RangeError);
          await expect(store.incr('n', { ttlMs })).rejects.toBeInstanceOf(RangeError);
        }
        expect(await store.get('k')).toBeNull();
        expect(await store.get('n')).toBeNull();
      });
    });

    describe('expiry', () => {
      it('a key set with a TTL reports its remaining time and disappears when it is over', async () => {
        await store.set('k', 'v', { ttlMs: T });
        expect(await store.get('k')).toBe('v');
        const remaining = await store.ttl('k');
        expect(remaining).toBeGreaterThan(0);
        expect(remaining).toBeLessThanOrEqual(T);
        await harness.advance(T * 1.5);
        expect(await store.get('k')).toBeNull();
        expect(await store.ttl('k')).toBeNull();
        expect(await store.delete('k')).toBe(false);
      });

      it('ttl is null for a missing key and for a key without expiry', async () => {
        expect(await store.ttl('missing')).toBeNull();
        await store.set('k', 'v');
        expect(await store.ttl('k')).toBeNull();
      });

      it('set without TTL replaces the previous expiry (like Redis SET)', async () => {
        await store.set('k', 'v1', { ttlMs: T });
        await store.set('k', 'v2');
        expect(await store.ttl('k')).toBeNull();
        await harness.advance(T * 1.5);
        expect(await store.get('k')).toBe('v2');
      });
    });

    describe('setIfAbsent', () => {
      it('stores only when the key is absent, leaving an existing value and expiry alone', async () => {
        expect(await store.setIfAbsent('lock', 'a', { ttlMs: T })).toBe(true);
        expect(await store.setIfAbsent('lock', 'b', { ttlMs: T * 100 })).toBe(false);
        expect(await store.get('lock')).toBe('a');
        expect(await store.ttl('lock')).toBeLessThanOrEqual(T);
      });

      it('can be taken again once the previous holder expired', async () => {
        expect(await store.setIfAbsent('lock', 'a', { ttlMs: T })).toBe(true);
        await harness.advance(T * 1.5);
        expect(await store.setIfAbsent('lock', 'b', { ttlMs: T })).toBe(true);
        expect(await store.get('lock')).toBe('b');
      });

      it('lets exactly one of many concurrent callers win', async () => {
        const results = await Promise.all(Array.from({ length: 25 }, (_, i) => store.setIfAbsent('idem', `caller-${i}`, { ttlMs: 60_000 })));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.get('idem')).toBe(`caller-${results.indexOf(true)}`);
      });
    });

    describe('incr', () => {
      it('counts from 1 and sets the TTL when it creates the key', async () => {
        expect(await store.incr('n', { ttlMs: 60_000 })).toBe(1);
        expect(await store.incr('n', { ttlMs: 60_000 })).toBe(2);
        expect(await store.get('n')).toBe('2');
        const remaining = await store.ttl('n');
        expect(remaining).toBeGreaterThan(0);
        expect(remaining).toBeLessThanOrEqual(60_000);
      });

      it('is a fixed window: later increments do not extend the expiry, and the count restarts after it', async () => {
        expect(await store.incr('n', { ttlMs: T })).toBe(1);
        await harness.advance(T * 0.4);
        expect(await store.incr('n', { ttlMs: T })).toBe(2);
        // Extending would put it back near T; the original window has at most 0.6 T left.
        expect(await store.ttl('n')).toBeLessThan(T * 0.8);
        await harness.advance(T * 1.1);
        expect(await store.incr('n', { ttlMs: T })).toBe(1);
      });

      it('gives an expiry to an existing counter that had none', async () => {
        await store.set('n', '41');
        expect(await store.incr('n', { ttlMs: 60_000 })).toBe(42);
        expect(await store.ttl('n')).toBeGreaterThan(0);
      });

      it('is atomic under concurrency', async () => {
        const results = await Promise.all(Array.from({ length: 50 }, () => store.incr('n', { ttlMs: 60_000 })));
        expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      });

      it('rejects a non-integer value with a command error, not an outage', async () => {
        for (const value of ['abc', '1.5', ' 1', '-0', '']) {
          await store.set('n', value);
          const error = await store.incr('n', { ttlMs: 60_000 }).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error, `value ${JSON.stringify(value)}`).toBeInstanceOf(Error);
          expect(error).not.toBeInstanceOf(StoreUnavailableError);
          expect(await store.get('n')).toBe(value);
        }
      });
    });

    describe('scan', () => {
      it('yields exactly the keys with the prefix, without any store prefix', async () => {
        for (const key of ['session:u1:a', 'session:u1:b', 'session:u10:c', 'other']) await store.set(key, '1');
        expect(await collect(store.scan('session:u1:'))).toEqual(['session:u1:a', 'session:u1:b']);
        expect(await collect(store.scan(''))).toEqual(['other', 'session:u1:a', 'session:u1:b', 'session:u10:c'].sort());
        expect(await collect(store.scan('nothing:'))).toEqual([]);
      });

      it('treats glob characters in the prefix literally', async () => {
        const keys = ['a*b:1', 'aXb:2', 'a?c', 'abc', 'a[b]:1', 'ab]:1', 'a\\b', 'a^b', 'ab'];
        for (const key of keys) await store.set(key, '1');
        expect(await collect(store.scan('a*b'))).toEqual(['a*b:1']);
        expect(await collect(store.scan('a?'))).toEqual(['a?c']);
        expect(await collect(store.scan('a[b]'))).toEqual(['a[b]:1']);
        expect(await collect(store.scan('a\\'))).toEqual(['a\\b']);
        expect(await collect(store.scan('a^'))).toEqual(['a^b']);
      });

      it('matches String.startsWith for any prefix (property)', async () => {
        const char = fc.constantFrom('a', 'b', '*', '?', '[', ']', '^', '\\', '-', ':', 'é');
        const text = fc.string({ unit: char, maxLength: 5 });
        await fc.assert(
          fc.asyncProperty(fc.uniqueArray(text, { minLength: 1, maxLength: 8 }), text, async (keys, prefix) => {
            await Promise.all(keys.map((key) => store.set(`p:${key}`, '1')));
            try {
              const expected = keys.filter((key) => key.startsWith(prefix)).map((key) => `p:${key}`).sort();
              expect(await collect(store.scan(`p:${prefix}`))).toEqual(expected);
            } finally {
              await Promise.all(keys.map((key) => store.delete(`p:${key}`)));
            }
          }),
          { numRuns: 40 },
        );
      });

      it('pages through many keys and lets the caller delete while iterating', async () => {
        const keys = Array.from({ length: 1200 }, (_, i) => `s:user-7:${String(i).padStart(4, '0')}`);
        await Promise.all(keys.map((key) => store.set(key, '{}')));
        await store.set('s:user-8:0000', '{}');
        let deleted = 0;
        for await (const key of store.scan('s:user-7:')) if (await store.delete(key)) deleted++;
        expect(deleted).toBe(1200);
        expect(await collect(store.scan('s:'))).toEqual(['s:user-8:0000']);
      });

      it('does not yield expired keys', async () => {
        await store.set('t:short', '1', { ttlMs: T });
        await store.set('t:long', '1');
        await harness.advance(T * 1.5);
        expect(await collect(store.scan('t:'))).toEqual(['t:long']);
      });
    });

    describe('publish / subscribe', () => {
      it('delivers messages in order, asynchronously, only on the subscribed channel', async () => {
        const got: Array<[string, string]> = [];
        const other: string[] = [];
        await store.subscribe('events', (message, channel) => void got.push([message, channel]));
        await store.subscribe('elsewhere', (message) => void other.push(message));
        const sent = store.publish('events', 'm1');
        expect(got).toEqual([]); // never inside publish()
        expect(await sent).toBe(1);
        await store.publish('events', 'm2');
        await store.publish('events', 'm3');
        await eventually(() => expect(got).toHaveLength(3));
        expect(got).toEqual([
          ['m1', 'events'],
          ['m2', 'events'],
          ['m3', 'events'],
        ]);
        expect(other).toEqual([]);
      });

      it('publish resolves 0 when nobody listens', async () => {
        expect(await store.publish('nobody', 'x')).toBe(0);
      });

      it('stops delivering to an unsubscribed handler, keeping the others', async () => {
        const first: string[] = [];
        const second: string[] = [];
        const handler = (message: string) => void first.push(message);
        const unsubscribeFirst = await store.subscribe('c', handler);
        await store.subscribe('c', (message) => void second.push(message));
        await store.subscribe('c', handler); // the same function twice counts as two subscriptions
        await unsubscribeFirst();
        await unsubscribeFirst(); // idempotent
        await store.publish('c', 'x');
        await eventually(() => expect(second).toEqual(['x']));
        expect(first).toEqual(['x']); // only via the second subscription of `handler`
      });

      it('isolates failing handlers and reports them to the logger', async () => {
        const logger = spyLogger();
        const s = await open({ logger });
        const got: string[] = [];
        await s.subscribe('c', () => {
          throw new Error('sync boom');
        });
        await s.subscribe('c', async () => {
          throw new Error('async boom');
        });
        await s.subscribe('c', (message) => void got.push(message));
        await s.publish('c', 'x');
        await eventually(() => expect(logger.error).toHaveBeenCalledTimes(2));
        expect(got).toEqual(['x']);
      });

      it('keeps separate stores apart, keys and channels alike', async () => {
        const other = await open();
        const got: string[] = [];
        await other.subscribe('c', (message) => void got.push(message));
        await store.set('k', 'mine');
        expect(await other.get('k')).toBeNull();
        expect(await store.publish('c', 'x')).toBe(0);
        expect(await collect(other.scan(''))).toEqual([]);
      });
    });

    describe('lifecycle', () => {
      it('ping resolves while the backend is up', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it('after close every call rejects with StoreUnavailableError, and close is idempotent', async () => {
        await store.set('k', 'v');
        await store.close();
        await store.close();
        await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.get('k')).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.set('k', 'v')).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.publish('c', 'x')).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(store.subscribe('c', () => {})).rejects.toBeInstanceOf(StoreUnavailableError);
        await expect(collect(store.scan(''))).rejects.toBeInstanceOf(StoreUnavailableError);
      });
    });
  });
}
