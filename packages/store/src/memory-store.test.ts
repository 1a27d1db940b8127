import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from './create-store';
import { createMemoryStore } from './memory-store';
import { describeStoreContract } from './store-contract';

// Only Date is faked: expiry is computed from timestamps, while the contract's polling and
// microtask delivery keep running on real timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describeStoreContract('memory', {
  create: (options) => createMemoryStore(options),
  advance: async (ms) => {
    vi.advanceTimersByTime(ms);
  },
  ttlMs: 1000,
});

describe('createMemoryStore', () => {
  it('expires exactly at the TTL on an injected clock', async () => {
    let now = 1_000_000;
    const store = createMemoryStore({ now: () => now });
    await store.set('k', 'v', { ttlMs: 100 });
    now += 99;
    expect(await store.ttl('k')).toBe(1);
    expect(await store.get('k')).toBe('v');
    now += 1;
    expect(await store.get('k')).toBeNull();
    await store.close();
  });
});

describe('createStore', () => {
  it('picks memory without a URL and Redis with one', async () => {
    const memory = createStore({});
    expect(memory.kind).toBe('memory');
    await memory.close();
    const redis = createStore({ url: 'redis://127.0.0.1:1', logger: { warn: () => {}, error: () => {} } });
    expect(redis.kind).toBe('redis');
    await redis.close();
  });
});
