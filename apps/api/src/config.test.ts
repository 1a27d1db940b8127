import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'simplifaq-config-'));
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('configuration was accepted');
};

describe('loadConfig', () => {
  it('starts embedded with nothing set, keeping a generated session secret across restarts', () => {
    const dir = dataDir();
    const a = loadConfig({ SIMPLIFAQ_DATA_DIR: dir });
    expect(a.mode).toBe('embedded');
    expect(a.store.driver).toBe('memory');
    expect(a.database.url).toBeUndefined();
    expect(a.database.migrations).toBe('apply');
    expect(a.web.serve).toBe(true);
    expect(a.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ SIMPLIFAQ_DATA_DIR: dir }).sessionSecret).toBe(a.sessionSecret);
  });

  it('runs production on Postgres and Redis, verifying migrations unless told to apply them', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/simplifaq_prod',
      REDIS_URL: 'redis://redis:6379',
      SESSION_SECRET: 'x'.repeat(40),
      TRUST_PROXY: '172.18.0.0/16, 10.0.0.2',
    });
    expect(c.mode).toBe('production');
    expect(c.store).toEqual({ driver: 'redis', url: 'redis://redis:6379' });
    expect(c.database.migrations).toBe('verify');
    expect(c.web.serve).toBe(false);
    expect(c.trustProxy).toEqual(['172.18.0.0/16', '10.0.0.2']);
  });

  it('names every problem at once', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://x', PORT: 'eighty', METRICS_TOKEN: 'short', LOG_LEVEL: 'loud' });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DATABASE_URL: must be a postgres/),
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^METRICS_TOKEN: must be at least 16/),
        expect.stringMatching(/^LOG_LEVEL: /),
      ]),
    );
    expect(problems).toHaveLength(6); // and REDIS_URL, SESSION_SECRET, which a Postgres URL needs
  });

  it('names the entry of a list it cannot use, and the range of each number', () => {
    const problems = problemsOf({
      SIMPLIFAQ_DATA_DIR: dataDir(),
      TRUST_PROXY: '10.0.0.2, garbage',
      ALLOWED_ORIGINS: 'https://shop.example.ch, https://a.example.ch/path',
      SHUTDOWN_TIMEOUT_MS: '60000',
      DATABASE_POOL_MAX: '0',
      SESSION_IDLE_MINUTES: '0',
    });
    expect(problems).toEqual([
      'DATABASE_POOL_MAX: must be a whole number from 1 to 200',
      'TRUST_PROXY: "garbage" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal',
      'SESSION_IDLE_MINUTES: must be a whole number of minutes from 1 to 1440',
      'ALLOWED_ORIGINS: "https://a.example.ch/path" is not an origin such as https://app.example.ch (scheme, host and port only)',
      'SHUTDOWN_TIMEOUT_MS: must be a whole number of milliseconds from 1000 to 9000',
    ]);
    const ok = loadConfig({ SIMPLIFAQ_DATA_DIR: dataDir(), TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8', ALLOWED_ORIGINS: 'https://shop.example.ch/, http://localhost:8080' });
    expect(ok.trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(ok.allowedOrigins).toEqual(expect.arrayContaining(['https://shop.example.ch', 'http://localhost:8080']));
  });

  it('names a data or log directory it cannot create, at once', () => {
    expect(problemsOf({ SIMPLIFAQ_DATA_DIR: '/proc/simplifaq' })).toEqual([expect.stringMatching(/^SIMPLIFAQ_DATA_DIR: cannot create \/proc\/simplifaq: /)]);
    expect(problemsOf({ SIMPLIFAQ_DATA_DIR: dataDir(), LOG_DIR: '/proc/simplifaq-logs' })).toEqual([expect.stringMatching(/^LOG_DIR: cannot create \/proc\/simplifaq-logs: /)]);
  });

  it('requires Redis and a shared session secret with Postgres, unless the memory store is chosen', () => {
    const problems = problemsOf({ DATABASE_URL: 'postgres://u@db/x' });
    expect(problems).toEqual([expect.stringMatching(/^REDIS_URL: is required when DATABASE_URL is set/), expect.stringMatching(/^SESSION_SECRET: is required/)]);
    const single = loadConfig({ DATABASE_URL: 'postgres://u@db/x', STORE: 'memory', SESSION_SECRET: 's'.repeat(32) });
    expect(single.store.driver).toBe('memory');
  });

  it('reads empty variables as unset', () => {
    const c = loadConfig({ SIMPLIFAQ_DATA_DIR: dataDir(), DATABASE_URL: '', REDIS_URL: '', METRICS_TOKEN: '' });
    expect(c.mode).toBe('embedded');
    expect(c.metricsToken).toBeUndefined();
  });

  it('formats one readable message without a stack trace', () => {
    const err = new ConfigError(['PORT: expected a number', 'REDIS_URL: is required']);
    expect(err.message).toBe(
      'SimpliFaq cannot start: the configuration has 2 problems:\n  - PORT: expected a number\n  - REDIS_URL: is required\nSee the configuration table in README.md.',
    );
  });
});
