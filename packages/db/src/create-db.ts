import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client';
import { ensureDir } from './ensure-dir';
import { applyMigrations, migrationStatus, readMigrations } from './migrations';
import type { SqlExecutor } from './migrations';

export interface DbConfig {
  /** Postgres connection string. Without it the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Embedded mode: directory of the PGlite data files, or `memory://` for a throw-away database. */
  dataDir?: string;
  /** An already open PGlite instance (tests restore one from a migrated snapshot). */
  pglite?: PGlite;
  /** Postgres pool size per process. */
  poolMax?: number;
  /** Milliseconds to wait for Postgres at start before giving up. */
  connectTimeoutMs?: number;
  /** Milliseconds a query may wait for a free pooled connection. */
  poolWaitMs?: number;
  /**
   * What to do about pending migrations at start: `apply` them (embedded default),
   * `verify` that there are none (production default: run `pnpm db:migrate` on deploy), or `skip`.
   */
  migrations?: 'apply' | 'verify' | 'skip';
  migrationsDir?: string;
}

export interface Db {
  readonly prisma: PrismaClient;
  readonly mode: 'postgres' | 'embedded';
  /** Raw SQL access for migrations, health checks and benchmarks. */
  readonly sql: SqlExecutor;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Raised when the database cannot be reached or its schema is not the one this release expects. */
export class DatabaseStartupError extends Error {
  override name = 'DatabaseStartupError';
}

function pgExecutor(pool: pg.Pool): SqlExecutor & { withClient<T>(fn: (ex: SqlExecutor) => Promise<T>): Promise<T> } {
  const wrap = (c: pg.Pool | pg.PoolClient): SqlExecutor => ({
    exec: async (sql) => {
      await c.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await c.query(sql, params)).rows as T[],
  });
  return {
    ...wrap(pool),
    // Migrations need one connection: BEGIN/COMMIT and advisory locks are per session.
    async withClient(fn) {
      const client = await pool.connect();
      try {
        return await fn(wrap(client));
      } finally {
        client.release();
      }
    },
  };
}

function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
  };
}

async function settleMigrations(ex: SqlExecutor, config: DbConfig, mode: Db['mode']) {
  const policy = config.migrations ?? (mode === 'embedded' ? 'apply' : 'verify');
  if (policy === 'skip') return;
  const migrations = await readMigrations(config.migrationsDir);
  if (policy === 'apply') {
    await applyMigrations(ex, migrations);
    return;
  }
  const status = await migrationStatus(ex, migrations);
  if (status.pending.length > 0 || status.modified.length > 0) {
    const parts = [];
    if (status.pending.length) parts.push(`${status.pending.length} pending migration(s) (${status.pending.join(', ')})`);
    if (status.modified.length) parts.push(`edited migration(s) ${status.modified.join(', ')}`);
    throw new DatabaseStartupError(
      `the database schema is not up to date: ${parts.join('; ')}. Run \`pnpm db:migrate\` against this database, then start again.`,
    );
  }
}

function describeConnectionError(url: string, err: unknown): string {
  let target = 'the database';
  try {
    const u = new URL(url);
    target = `Postgres at ${u.hostname}:${u.port || '5432'}, database "${u.pathname.slice(1)}" as user "${decodeURIComponent(u.username)}"`;
  } catch {
    /* keep the generic wording */
  }
  const e = err as { code?: string; message?: string };
  return `cannot connect to ${target}: ${e.message || e.code || String(err)}. Check DATABASE_URL and that the server is running.`;
}

/**
 * Tries one connection to Postgres and says what is wrong, or `null` when it answers. The server
 * calls it when the configuration is refused, so one message names the database problem as well.
 */
export async function checkDatabaseConnection(databaseUrl: string, timeoutMs = 3000): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return describeConnectionError(databaseUrl, err);
  } finally {
    await client.end().catch(() => {});
  }
}

async function createPostgresDb(config: DbConfig & { databaseUrl: string }): Promise<Db> {
  // The start-up check fails fast on one connection; the pool then lets requests queue for a
  // connection much longer, because a burst of issues legitimately waits on one number sequence.
  const probe = new pg.Pool({ connectionString: config.databaseUrl, max: 1, connectionTimeoutMillis: config.connectTimeoutMs ?? 5000 });
  probe.on('error', () => {});
  try {
    await pgExecutor(probe).withClient((c) => settleMigrations(c, config, 'postgres'));
  } catch (err) {
    if (err instanceof DatabaseStartupError) throw err;
    if (err instanceof Error && err.message.startsWith('migration ')) throw new DatabaseStartupError(err.message);
    throw new DatabaseStartupError(describeConnectionError(config.databaseUrl, err));
  } finally {
    await probe.end().catch(() => {});
  }
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: config.poolMax ?? 10,
    connectionTimeoutMillis: config.poolWaitMs ?? 60_000,
  });
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', () => {});
  const ex = pgExecutor(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    mode: 'postgres',
    sql: ex,
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Seconds after which the lock of a process that stopped without releasing it (kill -9) is taken over. */
const EMBEDDED_LOCK_STALE_MS = 10_000;

/**
 * PGlite is one process's database: a second process opening the same directory would write the
 * same files and corrupt them. The directory is locked for as long as it is open (`<dir>.lock`,
 * refreshed every 2 s, so a crashed holder's lock is taken over after 10 s); a second process is
 * refused with a message saying why.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      stale: EMBEDDED_LOCK_STALE_MS,
      update: 2_000,
      retries: 0,
      realpath: false,
      // The lock could not be refreshed for 10 s (the process was frozen) and another process may
      // own the directory now: stop at once, without closing (and so writing to) the database.
      onCompromised: (err) => {
        process.stderr.write(`SimpliFaq stops: the lock of the embedded database in ${dataDir} was lost (${err.message}); another process may have opened it.\n`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') {
      throw new DatabaseStartupError(
        `the embedded database in ${dataDir} is open in another SimpliFaq process (lock ${dataDir}.lock). ` +
          `Stop that process first, or set SIMPLIFAQ_DATA_DIR to another directory; if it has just been killed, start again in ${EMBEDDED_LOCK_STALE_MS / 1000} seconds.`,
      );
    }
    throw new DatabaseStartupError(`cannot lock the embedded database in ${dataDir}: ${(err as Error).message}`);
  }
}

async function createEmbeddedDb(config: DbConfig): Promise<Db> {
  let pglite = config.pglite;
  let unlock: (() => Promise<void>) | undefined;
  if (!pglite) {
    const dataDir = config.dataDir ?? './.data/pglite';
    if (!dataDir.startsWith('memory://')) {
      try {
        ensureDir(dataDir);
      } catch (err) {
        throw new DatabaseStartupError(`cannot open the embedded database: ${(err as Error).message}`);
      }
      unlock = await lockDataDir(dataDir);
    }
    try {
      pglite = await PGlite.create(dataDir);
    } catch (err) {
      await unlock?.().catch(() => {});
      throw new DatabaseStartupError(`cannot open the embedded database in ${dataDir}: ${(err as Error).message}`);
    }
  }
  const ex = pgliteExecutor(pglite);
  const owned = !config.pglite;
  try {
    await settleMigrations(ex, config, 'embedded');
  } catch (err) {
    if (owned) await pglite.close().catch(() => {});
    await unlock?.().catch(() => {});
    throw err;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    mode: 'embedded',
    sql: ex,
    ping: async () => {
      await pglite.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      if (owned) await pglite.close();
      await unlock?.().catch(() => {});
    },
  };
}

/**
 * Opens the database: Postgres through `@prisma/adapter-pg` when `databaseUrl` is set, otherwise
 * the embedded PGlite database. The same Prisma client API runs on both.
 */
export function createDb(config: DbConfig): Promise<Db> {
  return config.databaseUrl ? createPostgresDb({ ...config, databaseUrl: config.databaseUrl }) : createEmbeddedDb(config);
}
