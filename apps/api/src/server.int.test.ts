// The real server process: start-up failures and graceful shutdown.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER = resolve(import.meta.dirname, 'server.ts');

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { PATH: process.env.PATH ?? '', SIMPLIFAQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'simplifaq-srv-')), LOG_LEVEL: 'warn', SERVE_WEB: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('server start-up', () => {
  it('exits 1 with one message naming every configuration problem', async () => {
    const s = start({ PORT: 'abc', DATABASE_URL: 'postgres://u@db/x', METRICS_TOKEN: 'x' });
    expect(await s.exited).toBe(1);
    expect(s.err()).toMatch(/^SimpliFaq cannot start: the configuration has 5 problems:\n/);
    expect(s.err()).toContain('PORT:');
    expect(s.err()).toContain('DATABASE_URL: cannot connect to Postgres at db:5432');
    expect(s.err()).toContain('REDIS_URL: is required when DATABASE_URL is set');
    expect(s.err()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names an unreachable database together with the missing variables', async () => {
    const s = start({ DATABASE_URL: 'postgres://nope@127.0.0.1:1/x' });
    expect(await s.exited).toBe(1);
    const lines = s.err().trim().split('\n');
    expect(lines[0]).toBe('SimpliFaq cannot start: the configuration has 3 problems:');
    expect(lines[1]).toMatch(/^ {2}- DATABASE_URL: cannot connect to Postgres at 127\.0\.0\.1:1, database "x" as user "nope": .*ECONNREFUSED/);
    expect(lines.slice(2, 4).join('\n')).toMatch(/REDIS_URL: is required[^\n]*\n {2}- SESSION_SECRET: is required/);
    expect(s.err()).not.toMatch(/\n\s+at /);
  });

  it('does not try a DATABASE_URL it already refused', async () => {
    const s = start({ DATABASE_URL: 'mysql://nope@127.0.0.1:1/x', STORE: 'memory', SESSION_SECRET: 'k'.repeat(32) });
    expect(await s.exited).toBe(1);
    expect(s.err()).toContain('the configuration has 1 problem:\n  - DATABASE_URL: must be a postgres:// or postgresql:// connection URL');
  });

  it('exits 1 with one paragraph naming the database problem', async () => {
    const s = start({ DATABASE_URL: 'postgres://nope@127.0.0.1:1/x', STORE: 'memory', SESSION_SECRET: 'k'.repeat(32) });
    expect(await s.exited).toBe(1);
    expect(s.err().trim()).toMatch(/^SimpliFaq cannot start: cannot connect to Postgres at 127\.0\.0\.1:1, database "x" as user "nope": .+\. Check DATABASE_URL and that the server is running\.$/);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM answers new requests 503, finishes the one in flight, and exits 0 within 10 s', async () => {
    const env: Record<string, string> = { PORT: '0', HOST: '127.0.0.1' };
    if (process.env.DATABASE_URL) {
      Object.assign(env, { DATABASE_URL: process.env.DATABASE_URL, STORE: 'memory', SESSION_SECRET: 'k'.repeat(32), DB_MIGRATE_ON_START: 'true' });
    }
    const s = start(env);
    await expect.poll(() => s.out(), { timeout: 150_000, interval: 100 }).toMatch(/is running at http:\/\/localhost:(\d+)/);
    const port = Number(/localhost:(\d+)/.exec(s.out())![1]);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    // A request whose body is still arriving when the signal comes must get its answer.
    const body = JSON.stringify({ email: 'nobody@example.ch', password: 'not-the-password-1' });
    const inFlight = request(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 10));
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const refused = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('SHUTTING_DOWN');
    inFlight.end(body.slice(10));
    const done = await answered;
    expect(done.status).toBe(401);
    expect(JSON.parse(done.text).error.code).toBe('INVALID_CREDENTIALS');
    expect(await s.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
  }, 180_000);
});
