// `pnpm db:diff <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the committed migrations to prisma/schema.prisma. Works offline: Prisma's WASM
// schema engine replays the migrations on an in-memory PGlite shadow database.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_MIGRATIONS_DIR, readMigrations } from '../src/migrations';
import { createScratchEngine } from './schema-engine';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: pnpm db:diff <snake_case_name>');
  process.exit(2);
}
const schemaPath = resolve(DEFAULT_MIGRATIONS_DIR, '../schema.prisma');
const schema = await readFile(schemaPath, 'utf8');
const migrations = await readMigrations();
const engine = await createScratchEngine(schemaPath, schema);
const result = await engine.diff({
  from: {
    tag: 'migrations',
    baseDir: DEFAULT_MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  },
  to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = (result.stdout ?? '').trim();
if (!sql || /^-- This is an empty migration/.test(sql)) {
  console.log('schema.prisma matches the migrations: nothing to write');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(DEFAULT_MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'migration.sql'), sql + '\n');
await writeFile(join(DEFAULT_MIGRATIONS_DIR, 'migration_lock.toml'), '# Managed by packages/db\nprovider = "postgresql"\n');
console.log(`wrote ${dir}/migration.sql`);
process.exit(0);
