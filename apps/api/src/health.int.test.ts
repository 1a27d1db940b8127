import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore, createRedisStore, StoreUnavailableError } from '@simplifaq/store';
import type { Store } from '@simplifaq/store';
import { signUp } from '../test/http';
import { createDb } from '@simplifaq/db';
import { buildApp } from './app';
import { createTestApp } from '../test/test-app';
import type { TestApp } from '../test/test-app';
import { startTcpProxy } from '../test/tcp-proxy';

const toClose: TestApp[] = [];
afterAll(async () => {
  await Promise.all(toClose.map((t) => t.close()));
});

async function health(t: TestApp) {
  const started = Date.now();
  const res = await t.app.inject({ method: 'GET', url: '/api/health' });
  return { status: res.statusCode, body: res.json(), ms: Date.now() - started };
}

describe('health when a dependency is down', () => {
  it('answers 503 within 2 s when the store hangs, naming it', async () => {
    const memory = createMemoryStore();
    let hanging = false;
    const store: Store = Object.assign(Object.create(memory) as Store, {
      kind: memory.kind,
      ping: () => (hanging ? new Promise<never>(() => {}) : memory.ping()),
      close: () => memory.close(),
    });
    const t = await createTestApp({}, { store });
    toClose.push(t);
    expect((await health(t)).status).toBe(200);
    hanging = true;
    const down = await health(t);
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(2000);
    expect(down.body).toMatchObject({ status: 'degraded', checks: { database: { status: 'ok' }, redis: { status: 'error' } } });
    hanging = false;
    expect((await health(t)).status).toBe(200);
  });

  const redisUrl = process.env.REDIS_URL;
  it.skipIf(!redisUrl)('goes 503 within 2 s when Redis goes away and back to 200 when it returns, without restart', async () => {
    const target = new URL(redisUrl!);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
    const store = createRedisStore({ url: proxy.url('redis'), keyPrefix: 'test:health:' });
    const t = await createTestApp({}, { store });
    toClose.push(t);
    try {
      expect((await health(t)).status).toBe(200);
      await proxy.cut();
      const down = await health(t);
      expect(down.status).toBe(503);
      expect(down.ms).toBeLessThan(2000);
      expect(down.body.checks.redis.status).toBe('error');
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.ch', password: 'not-the-password-1' } });
      expect([login.statusCode, login.json().error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      await proxy.restore();
      await expect.poll(async () => (await health(t)).status, { timeout: 10_000, interval: 200 }).toBe(200);
    } finally {
      await proxy.close();
    }
  });
});

describe('API calls when a dependency is down', () => {
  it('answer 503 SERVICE_UNAVAILABLE with Retry-After while the store is unreachable, and work again when it is back', async () => {
    const memory = createMemoryStore();
    let down = false;
    // Every call fails as the Redis store fails when Redis is gone (StoreUnavailableError).
    const store = new Proxy(memory, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function' || key === 'close') return value;
        return (...args: unknown[]) => (down ? Promise.reject(new StoreUnavailableError('Redis store unavailable (not connected)')) : (value as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
    const t = await createTestApp({}, { store });
    toClose.push(t);
    const { agent: a, email, password } = await signUp(t.app);
    down = true;
    for (const res of [await a.get('/api/clients'), await a.post('/api/auth/login', { email, password })]) {
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE');
    }
    down = false;
    expect((await a.get('/api/clients')).statusCode).toBe(200);
  });
});

describe('API calls when Postgres is away', () => {
  const databaseUrl = process.env.DATABASE_URL;
  it.skipIf(!databaseUrl)('answer 503 SERVICE_UNAVAILABLE with Retry-After, not 500, and work again when it is back', async () => {
    const base = await createTestApp();
    toClose.push(base);
    const target = new URL(base.db.url!);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(base.db.url!);
    viaProxy.host = new URL(proxy.url('postgres')).host;
    const db = await createDb({ databaseUrl: viaProxy.toString(), migrations: 'skip', poolWaitMs: 1000 });
    const app = await buildApp({ config: base.config, db, store: base.store, logger: false });
    try {
      const { agent: a } = await signUp(app);
      expect((await a.get('/api/clients')).statusCode).toBe(200);
      await proxy.cut();
      const down = await a.get('/api/clients');
      expect([down.statusCode, down.json().error.code, down.headers['retry-after']]).toEqual([503, 'SERVICE_UNAVAILABLE', '5']);
      // The first call lost its pooled connection; the next one cannot open a new one.
      const again = await a.post('/api/clients', { name: 'Nouveau SA', postalCode: '1003', town: 'Lausanne' });
      expect([again.statusCode, again.json().error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
      await proxy.restore();
      await expect.poll(async () => (await a.get('/api/clients')).statusCode, { timeout: 10_000, interval: 200 }).toBe(200);
    } finally {
      await app.close();
      await db.close();
      await proxy.close();
    }
  });
});
