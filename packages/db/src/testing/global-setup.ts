// Vitest global setup for the integration project: prepares one migrated database per test run
// that each test file then copies (Postgres: CREATE DATABASE … TEMPLATE; PGlite: a dumped data dir).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { applyMigrations, readMigrations } from '../migrations';
import { adminUrl, quoteIdent } from './pg-admin';
import type { TestDbPlan } from './test-db';

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL;
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const migrations = await readMigrations();

  if (databaseUrl) {
    const template = `sf_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: adminUrl(databaseUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(template)}`);
    const tpl = new pg.Pool({ connectionString: adminUrl(databaseUrl, template), max: 1 });
    const client = await tpl.connect();
    await applyMigrations(
      { exec: async (s) => void (await client.query(s)), query: async (s, p) => (await client.query(s, p)).rows },
      migrations,
    );
    client.release();
    await tpl.end();
    const plan: TestDbPlan = { kind: 'postgres', databaseUrl, template, prefix: `sf_t_${runId}_` };
    project.provide('testDbPlan', plan);
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`${plan.prefix}%`, template],
      );
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(r.datname)} WITH (FORCE)`);
      await admin.end();
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'simplifaq-test-'));
  const snapshot = join(dir, 'migrated.tar');
  const db = await PGlite.create();
  await applyMigrations(
    { exec: async (s) => void (await db.exec(s)), query: async (s, p) => (await db.query(s, p)).rows as never },
    migrations,
  );
  const dump = await db.dumpDataDir('none');
  writeFileSync(snapshot, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  const plan: TestDbPlan = { kind: 'pglite', snapshot };
  project.provide('testDbPlan', plan);
  return () => rmSync(dir, { recursive: true, force: true });
}
