import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore, createRedisStore } from '@simplifaq/store';
import type { Store } from '@simplifaq/store';
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
      await proxy.restore();
      await expect.poll(async () => (await health(t)).status, { timeout: 10_000, interval: 200 }).toBe(200);
    } finally {
      await proxy.close();
    }
  });
});
