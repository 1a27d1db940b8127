// Who may scrape /metrics: with METRICS_TOKEN only the bearer of that token; without it only a
// direct call from this machine, never one relayed by a proxy.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { metricsPlugin } from './metrics';

const opened: FastifyInstance[] = [];
afterAll(() => Promise.all(opened.map((a) => a.close())));

async function appWith(token?: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  await app.register(metricsPlugin, { token, instanceId: 'unit' });
  await app.ready();
  opened.push(app);
  return app;
}

describe('GET /metrics without METRICS_TOKEN', () => {
  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('answers a direct call from %s', async (remoteAddress) => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/metrics', remoteAddress });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('simplifaq_process_cpu_seconds_total');
  });

  it('refuses a call from another machine', async () => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.0.0.5' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('refuses a call relayed by a local proxy (X-Forwarded-For), since it comes from outside', async () => {
    const app = await appWith();
    const res = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  it('asks for the token even on loopback, and answers its bearer from anywhere', async () => {
    const app = await appWith('prometheus-token-0123456789');
    expect((await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode).toBe(403);
    const scrape = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.0.0.5',
      headers: { authorization: 'Bearer prometheus-token-0123456789' },
    });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.body).toContain('instance_id="unit"');
  });
});
