// A fresh, migrated database for one test file, in the mode the run was started in.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb } from '../create-db';
import type { Db } from '../create-db';
import { adminUrl, quoteIdent } from './pg-admin';

export type TestDbPlan =
  | { kind: 'postgres'; databaseUrl: string; template: string; prefix: string }
  | { kind: 'pglite'; snapshot: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDbPlan: TestDbPlan;
  }
}

export interface TestDb extends Db {
  /** The connection string of the test database (Postgres mode only). */
  readonly url?: string;
  /** Closes the database and, on Postgres, drops it. */
  dispose(): Promise<void>;
}

/**
 * Creates a database for the calling test file: on Postgres a new database copied from the
 * run's migrated template (dropped by `dispose`), on PGlite an in-memory instance restored
 * from the run's migrated snapshot (~1 s; don't create one per test).
 */
export async function createTestDb(): Promise<TestDb> {
  const plan = inject('testDbPlan');
  if (plan.kind === 'postgres') {
    const name = `${plan.prefix}${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl(plan.databaseUrl) });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(plan.template)}`);
    } finally {
      await admin.end();
    }
    const url = adminUrl(plan.databaseUrl, name);
    const db = await createDb({ databaseUrl: url, poolMax: 20, migrations: 'verify' });
    return {
      ...db,
      url,
      async dispose() {
        await db.close();
        const a = new pg.Client({ connectionString: adminUrl(plan.databaseUrl) });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const snapshot = new Blob([await readFile(plan.snapshot)]);
  const pglite = await PGlite.create({ loadDataDir: snapshot });
  const db = await createDb({ pglite, migrations: 'verify' });
  return {
    ...db,
    async dispose() {
      await db.close();
      await pglite.close();
    },
  };
}
