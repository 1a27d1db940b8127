import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** prisma/migrations at the root of the repository (or of the deployed image). */
export const DEFAULT_MIGRATIONS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../prisma/migrations');

export interface Migration {
  name: string;
  sql: string;
  /** SHA-256 of migration.sql, as Prisma records it in _prisma_migrations. */
  checksum: string;
}

/** The raw SQL access the runner needs; both the pg and the PGlite drivers provide it. */
export interface SqlExecutor {
  /** Runs one or more statements (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

// The same table `prisma migrate deploy` keeps, so either tool can take over later.
const CREATE_HISTORY = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Serialises concurrent deploys (two backends starting at once) on Postgres; harmless on PGlite.
const LOCK_ID = 72_707_369;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since: a history that must not be silently continued. */
  modified: string[];
}

async function appliedMigrations(db: SqlExecutor) {
  await db.exec(CREATE_HISTORY);
  return db.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
}

export async function migrationStatus(db: SqlExecutor, migrations: Migration[]): Promise<MigrationStatus> {
  const rows = await appliedMigrations(db);
  const byName = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  return {
    applied: migrations.filter((m) => byName.has(m.name)).map((m) => m.name),
    pending: migrations.filter((m) => !byName.has(m.name)).map((m) => m.name),
    modified: migrations.filter((m) => byName.has(m.name) && byName.get(m.name) !== m.checksum).map((m) => m.name),
  };
}

/**
 * Applies pending migrations in order, each in its own transaction, recording them in
 * `_prisma_migrations`. Refuses to run when an applied migration's file was edited.
 */
export async function applyMigrations(db: SqlExecutor, migrations: Migration[]): Promise<string[]> {
  await db.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
  try {
    const status = await migrationStatus(db, migrations);
    if (status.modified.length > 0) {
      throw new Error(`applied migrations were edited afterwards: ${status.modified.join(', ')}`);
    }
    const applied: string[] = [];
    for (const m of migrations.filter((x) => status.pending.includes(x.name))) {
      const id = randomUUID();
      await db.exec('BEGIN');
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, m.checksum, m.name],
        );
        await db.exec('COMMIT');
      } catch (err) {
        await db.exec('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`, { cause: err });
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]);
  }
}
