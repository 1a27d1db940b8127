// The built web app in embedded mode: files as they are, the app's page for its own routes, and a
// plain 404 for a file that is not there.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppPlugin } from './web-app';

let app: FastifyInstance;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'simplifaq-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>SimpliFaq</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = Fastify({ logger: false });
  await app.register(webAppPlugin, { distDir: dist });
  await app.ready();
});
afterAll(() => app?.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('the web app in embedded mode', () => {
  it('serves the page at / and for the app’s own routes, never cached', async () => {
    for (const url of ['/', '/invoices/0192d7a0-0000-7000-8000-000000000001', '/settings?tab=bank']) {
      const res = await get(url);
      expect([url, res.statusCode, res.body]).toEqual([url, 200, '<!doctype html><title>SimpliFaq</title>']);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a file that is not there, and for unknown API paths', async () => {
    for (const url of ['/assets/index-old999.js', '/favicon.ico', '/robots.txt', '/api/nothing']) {
      const res = await get(url);
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 404, 'NOT_FOUND']);
    }
  });
});
