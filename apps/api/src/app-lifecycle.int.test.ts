import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import pino from 'pino';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { buildApp } from './app';
import { signUp } from '../test/http';
import { createTestApp } from '../test/test-app';
import type { TestApp } from '../test/test-app';

// Routes that exist only in this test, registered on a second app built from the same parts.
let t: TestApp;
let app: Awaited<ReturnType<typeof buildApp>>;
let release: () => void = () => {};
beforeAll(async () => {
  t = await createTestApp();
  app = await buildApp({ config: t.config, db: t.db, store: t.store, logger: false });
  app.get('/api/test/boom', { config: { auth: 'public' } }, async () => {
    throw new Error('secret internal detail');
  });
  app.get('/api/test/slow', { config: { auth: 'public' } }, async () => {
    await new Promise<void>((r) => (release = r));
    return { done: true };
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/test/echo',
    { config: { auth: 'public' }, schema: { body: z.object({ name: z.string().min(1), amount: z.number().int() }).strict() } },
    async (req) => req.body,
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  release();
  await app.close().catch(() => {});
  await t?.close();
});

describe('error handler', () => {
  it('hides unexpected errors behind a 500 with only the request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.requestId).toBeTruthy();
    expect(res.body).not.toContain('secret internal detail');
  });

  it('answers schema violations with 400 VALIDATION_FAILED naming the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'x', amount: 1.5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'amount' });
    const extra = await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'x', amount: 1, status: 'paid' } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers malformed JSON and oversized bodies with their own codes', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/test/echo', payload: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_JSON');
    const big = await app.inject({ method: 'POST', url: '/api/test/echo', payload: JSON.stringify({ name: 'x'.repeat(2_000_000), amount: 1 }), headers: { 'content-type': 'application/json' } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('BODY_TOO_LARGE');
  });
});

describe('draining before a stop', () => {
  it('lets an in-flight request finish and answers new ones 503 SHUTTING_DOWN', async () => {
    const { port } = app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/api/test/slow`);
    await new Promise((r) => setTimeout(r, 100));
    let drained = false;
    const draining = app.drain().then(() => (drained = true));
    const refused = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('SHUTTING_DOWN');
    expect(drained).toBe(false);
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await draining;
    await app.close();
  });
});

describe('logs', () => {
  it('carry the request id on every line a request writes, errors included', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    const logged = await buildApp({ config: t.config, db: t.db, store: t.store, logger });
    logged.get('/api/test/boom', { config: { auth: 'public' } }, async () => {
      throw new Error('secret internal detail');
    });
    await logged.ready();
    lines.length = 0;
    const ids = ['req-log-login-1', 'req-log-boom-2', 'req-log-missing-3'];
    await logged.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-request-id': ids[0] }, payload: { email: 'nobody@example.ch', password: 'not-the-password-1' } });
    const boom = await logged.inject({ method: 'GET', url: '/api/test/boom', headers: { 'x-request-id': ids[1] } });
    await logged.inject({ method: 'GET', url: '/api/nowhere', headers: { 'x-request-id': ids[2] } });
    // Without SMTP_URL the reset e-mail is written to the log, as part of its request.
    const { email } = await signUp(logged);
    await logged.inject({ method: 'POST', url: '/api/auth/password-reset', headers: { 'x-request-id': 'req-log-reset-4' }, payload: { email } });
    await logged.close();
    expect(lines.some((l) => l.reqId === 'req-log-reset-4' && String(l.msg).startsWith('e-mail not sent'))).toBe(true);
    expect(boom.statusCode).toBe(500);
    const requestLines = lines.filter((l) => l.msg !== 'Server listening' && !String(l.msg).startsWith('closing'));
    // Each request writes at least its arrival and its completion; the 500 also its error.
    for (const id of ids) expect(requestLines.filter((l) => l.reqId === id).length).toBeGreaterThanOrEqual(2);
    expect(requestLines.some((l) => l.reqId === ids[1] && l.level === 50 && JSON.stringify(l).includes('secret internal detail'))).toBe(true);
    expect(requestLines.filter((l) => typeof l.reqId !== 'string' || l.reqId === '')).toEqual([]);
  });
});

describe('requests no route can read', () => {
  let served: FastifyInstance;
  beforeAll(async () => {
    served = await buildApp({ config: t.config, db: t.db, store: t.store, logger: false });
    await served.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => served?.close());

  const raw = (text: string) =>
    new Promise<{ status: number; body: { error: { code: string; requestId: string } } }>((resolve, reject) => {
      const { port } = served.server.address() as { port: number };
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let data = '';
      socket.on('data', (d: Buffer) => (data += d));
      socket.on('end', () => {
        const [head = '', body = ''] = data.split('\r\n\r\n');
        resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) as { error: { code: string; requestId: string } } });
      });
      socket.on('error', reject);
    });

  it('refuses NUL characters in the query string and the path with 400, not a database error', async () => {
    const { agent: a } = await signUp(t.app);
    for (const url of ['/api/clients?q=%00', '/api/products?q=a%00b', '/api/invoices?q=%00', '/api/quotes?q=%00', '/api/clients/%00']) {
      const res = await a.get(url);
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 400, 'TEXT_INVALID']);
    }
  });

  it('answers a URL that cannot be decoded in the usual error shape', async () => {
    const { port } = served.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/api/clients/%E0%A4%A`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.requestId).toMatch(/\S{8,}/);
  });

  it('answers what the HTTP parser refuses in the usual error shape: headers too large, a bad Content-Length', async () => {
    const long = await raw(`GET /api/health?${'x'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect([long.status, long.body.error.code]).toEqual([431, 'HEADERS_TOO_LARGE']);
    const bad = await raw('POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n');
    expect([bad.status, bad.body.error.code]).toEqual([400, 'BAD_REQUEST']);
    expect(bad.body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
