// `pnpm db:migrate`: applies the committed migrations to DATABASE_URL (or, without it, to the
// embedded database in SIMPLIFAQ_DATA_DIR) — what `prisma migrate deploy` does, without the
// native engine that Prisma would download. Exit 0 when up to date, 1 on failure.
import { resolve } from 'node:path';
import { applyMigrations, readMigrations } from '../src/migrations';
import { createDb, DatabaseStartupError } from '../src/create-db';

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = resolve(process.env.INIT_CWD ?? process.cwd(), process.env.SIMPLIFAQ_DATA_DIR ?? '.data', 'pglite');
try {
  const db = await createDb({ databaseUrl, dataDir, migrations: 'skip' });
  const applied = await applyMigrations(db.sql, await readMigrations());
  const target = databaseUrl ? new URL(databaseUrl).pathname.slice(1) : dataDir;
  console.log(applied.length ? `applied ${applied.length} migration(s) to ${target}:\n  ${applied.join('\n  ')}` : `${target} is up to date`);
  await db.close();
} catch (err) {
  console.error(`db:migrate failed: ${err instanceof DatabaseStartupError ? err.message : (err as Error).message}`);
  process.exit(1);
}
