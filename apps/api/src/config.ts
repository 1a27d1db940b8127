// The only place that reads the environment (STYLE.md): parsed once at boot, every problem
// reported together, never a stack trace.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import proxyaddr from '@fastify/proxy-addr';
import { ensureDir } from '@simplifaq/db/ensure-dir';
import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** Why a TRUST_PROXY list cannot be used, or null: addresses, CIDRs, or loopback / linklocal / uniquelocal. */
function trustProxyProblem(value: string): string | null {
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of entries) {
    try {
      proxyaddr.compile(entry);
    } catch {
      return `"${entry}" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`;
    }
  }
  return null;
}

/** Why an ALLOWED_ORIGINS list cannot be used, or null: each entry an http(s) origin, no path. */
function originsProblem(value: string): string | null {
  for (const entry of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      origin = /^https?:$/.test(url.protocol) ? url.origin : null;
    } catch {
      /* not a URL */
    }
    if (origin !== entry.replace(/\/$/, '')) return `"${entry}" is not an origin such as https://app.example.ch (scheme, host and port only)`;
  }
  return null;
}

/** A comma-separated variable checked by `problem`, which names the first bad entry. */
const listCheck = (problem: (value: string) => string | null) => (value: string | undefined, ctx: z.RefinementCtx) => {
  const message = value === undefined ? null : problem(value);
  if (message) ctx.addIssue({ code: 'custom', message });
};

const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number({ error: 'must be a port number (0–65535)' }).int().min(0).max(65535).default(3000),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// connection URL')
        .optional(),
    ),
    DATABASE_POOL_MAX: z.coerce.number({ error: 'must be a whole number from 1 to 200' }).int().min(1).max(200).default(10),
    DB_MIGRATE_ON_START: boolean.default(false),
    SIMPLIFAQ_DATA_DIR: z.string().min(1).default('./.data'),
    REDIS_URL: optionalString.pipe(z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL').optional()),
    STORE: z.enum(['redis', 'memory']).optional(),
    REDIS_KEY_PREFIX: optionalString.pipe(z.string().max(64).regex(/^[\w:.-]*$/, 'may hold letters, digits and _ : . - only').optional()),
    SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_DIR: optionalString,
    INSTANCE_ID: optionalString,
    TRUST_PROXY: optionalString.superRefine(listCheck(trustProxyProblem)),
    PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
    SERVE_WEB: boolean.optional(),
    WEB_DIST_DIR: optionalString,
    SESSION_IDLE_MINUTES: z.coerce.number({ error: 'must be a whole number of minutes from 1 to 1440' }).int().min(1).max(1440).default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number({ error: 'must be a whole number of hours from 1 to 720' }).int().min(1).max(720).default(12),
    ALLOWED_ORIGINS: optionalString.superRefine(listCheck(originsProblem)),
    SMTP_URL: optionalString.pipe(z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL').optional()),
    MAIL_FROM: optionalString.pipe(z.string().min(3).optional()),
    // At most 9 s, so that an instance has stopped within the 10 s orchestrators wait before SIGKILL.
    SHUTDOWN_TIMEOUT_MS: z.coerce.number({ error: 'must be a whole number of milliseconds from 1000 to 9000' }).int().min(1000).max(9000).default(8000),
  });

/** Rules between variables, checked on the raw values so they are reported with all the others. */
function crossFieldProblems(source: Record<string, string | undefined>): string[] {
  const set = (k: string) => Boolean(source[k]);
  const problems: string[] = [];
  if (set('DATABASE_URL') && !set('REDIS_URL') && source.STORE !== 'memory') {
    problems.push(
      'REDIS_URL: is required when DATABASE_URL is set (several instances share sessions and limits through Redis); set STORE=memory to run a single instance without it',
    );
  }
  if (source.STORE === 'redis' && !set('REDIS_URL')) problems.push('REDIS_URL: is required when STORE=redis');
  if (set('DATABASE_URL') && !set('SESSION_SECRET')) {
    problems.push('SESSION_SECRET: is required when DATABASE_URL is set (at least 32 random characters, the same on every instance)');
  }
  return problems;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  mode: 'embedded' | 'production';
  version: string;
  instanceId: string;
  dataDir: string;
  database: { url?: string; poolMax: number; migrations: 'apply' | 'verify'; embeddedDir: string };
  store: { driver: 'redis' | 'memory'; url?: string; keyPrefix?: string };
  sessionSecret: string;
  metricsToken?: string;
  logLevel: string;
  logDir: string;
  trustProxy: string[] | false;
  publicUrl: string;
  web: { serve: boolean; distDir: string };
  shutdownTimeoutMs: number;
  session: { idleMs: number; absoluteMs: number; cookieSecure: boolean };
  /** Origins allowed to send state-changing requests besides the API's own (CSRF defence). */
  allowedOrigins: string[];
  mail: { smtpUrl?: string; from: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(
      `SimpliFaq cannot start: the configuration has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSee the configuration table in README.md.',
    );
  }
}

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Embedded mode keeps a generated session secret in the data directory so sessions survive restarts. */
function embeddedSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Parses the environment. Throws ConfigError naming every problem. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = ZEnv.safeParse(source);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`)),
    ...crossFieldProblems(source),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const env = parsed.data;
  const dataDir = resolve(env.SIMPLIFAQ_DATA_DIR);
  const embedded = !env.DATABASE_URL;
  const logDir = resolve(env.LOG_DIR ?? join(dataDir, 'logs'));
  // The directories are made now, so that a path that cannot be used is named with the rest.
  const directories: [string, string][] = [];
  if (embedded || !env.LOG_DIR) directories.push(['SIMPLIFAQ_DATA_DIR', dataDir]);
  directories.push([env.LOG_DIR ? 'LOG_DIR' : 'SIMPLIFAQ_DATA_DIR', logDir]);
  for (const [variable, dir] of directories) {
    try {
      ensureDir(dir);
    } catch (err) {
      throw new ConfigError([`${variable}: ${(err as Error).message}`]);
    }
  }
  const storeDriver = env.STORE ?? (env.REDIS_URL ? 'redis' : 'memory');
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    mode: embedded ? 'embedded' : 'production',
    version: readVersion(),
    instanceId: env.INSTANCE_ID ?? hostname(),
    dataDir,
    database: {
      url: env.DATABASE_URL,
      poolMax: env.DATABASE_POOL_MAX,
      migrations: embedded || env.DB_MIGRATE_ON_START ? 'apply' : 'verify',
      embeddedDir: join(dataDir, 'pglite'),
    },
    store: { driver: storeDriver, url: storeDriver === 'redis' ? env.REDIS_URL : undefined, keyPrefix: env.REDIS_KEY_PREFIX },
    sessionSecret: env.SESSION_SECRET ?? embeddedSessionSecret(dataDir),
    metricsToken: env.METRICS_TOKEN,
    logLevel: env.LOG_LEVEL,
    logDir,
    trustProxy: env.TRUST_PROXY ? env.TRUST_PROXY.split(',').map((s) => s.trim()).filter(Boolean) : false,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    web: {
      serve: env.SERVE_WEB ?? embedded,
      distDir: resolve(env.WEB_DIST_DIR ?? join(REPO_ROOT, 'apps/web/dist')),
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    session: {
      idleMs: env.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: env.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cookieSecure: (env.PUBLIC_URL ?? '').startsWith('https://'),
    },
    allowedOrigins: [
      new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).origin,
      ...(env.NODE_ENV === 'development' ? ['http://localhost:5173'] : []),
      ...(env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((s) => new URL(s).origin),
    ],
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM ?? 'SimpliFaq <no-reply@localhost>' },
  };
}
