import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/test-app';
import type { TestApp } from '../test/test-app';

let t: TestApp;

/** The value of the sample of `name` carrying all of `labels` (in any order), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)) && line.includes('instance_id="test-instance"')) {
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return undefined;
}
beforeAll(async () => {
  t = await createTestApp({ METRICS_TOKEN: 'prometheus-token-0123456789' });
});
afterAll(() => t?.close());

describe('GET /api/health', () => {
  it('reports the instance, version, uptime and both dependencies', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'ok',
      instance: 'test-instance',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      uptime: expect.any(Number),
      checks: {
        database: { status: 'ok', driver: t.db.mode === 'embedded' ? 'pglite' : 'postgres' },
        redis: { status: 'ok', driver: t.store.kind },
      },
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('errors', () => {
  it('answers unknown routes with a stable code and the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/does-not-exist', headers: { 'x-request-id': 'req-abcdef123' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No route GET /api/does-not-exist.', requestId: 'req-abcdef123' } });
    expect(res.headers['x-request-id']).toBe('req-abcdef123');
  });

  it('replaces a request id that could forge log lines', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing', headers: { 'x-request-id': 'evil\nAUTH_FAIL ip=1.2.3.4' } });
    expect(res.json().error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /metrics', () => {
  it('refuses a scrape without the bearer token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(403);
    const wrong = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer prometheus-token-0123456780' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('FORBIDDEN');
  });

  it('exposes process metrics and HTTP durations by route pattern, method and status', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    await t.app.inject({ method: 'GET', url: '/api/unknown/123' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer prometheus-token-0123456789' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body;
    expect(text).toContain('simplifaq_process_resident_memory_bytes');
    expect(sample(text, 'simplifaq_http_request_duration_seconds_count', { route: '/api/health', method: 'GET', status_code: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'simplifaq_http_response_time_seconds', { quantile: '0.99', route: '/api/health', method: 'GET' })).toBeGreaterThan(0);
    // Unmatched URLs share one label value, whatever the path.
    expect(sample(text, 'simplifaq_http_errors_total', { route: 'unmatched', method: 'GET', status_code: '404' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('/api/unknown/123');
  });
});

describe('GET /api/docs', () => {
  it('serves the OpenAPI document with the health route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/health'].get.responses['200']).toBeDefined();
  });
});
