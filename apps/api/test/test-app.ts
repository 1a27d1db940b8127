// Builds the real app on a fresh test database for one test file: Postgres and Redis when
// DATABASE_URL / REDIS_URL are set (CI), embedded PGlite and the memory store otherwise.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '@simplifaq/db/testing';
import type { TestDb } from '@simplifaq/db/testing';
import type { Role } from '@simplifaq/db';
import { createStore } from '@simplifaq/store';
import type { Store } from '@simplifaq/store';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { Config } from '../src/config';
import type { Mailer } from '../src/lib/mailer';

export interface TestApp {
  app: FastifyInstance;
  db: TestDb;
  store: Store;
  config: Config;
  /** Gives every member of the organisation `role`, straight in the database, as the app will see it at once. */
  setRole(organisationId: string, role: Role): Promise<void>;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, options: { store?: Store; mailer?: Mailer } = {}): Promise<TestApp> {
  const db = await createTestDb();
  const store =
    options.store ??
    createStore({ url: process.env.REDIS_URL, keyPrefix: `test:${randomBytes(4).toString('hex')}:` });
  const config = loadConfig({
    NODE_ENV: 'test',
    SIMPLIFAQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'simplifaq-api-')),
    SESSION_SECRET: randomBytes(32).toString('hex'),
    SERVE_WEB: 'false',
    INSTANCE_ID: 'test-instance',
    ...env,
  });
  const app = await buildApp({ config, db, store, logger: false, mailer: options.mailer });
  await app.ready();
  return {
    app,
    db,
    store,
    config,
    async setRole(organisationId, role) {
      const members = await db.prisma.membership.findMany({ where: { organisationId }, select: { userId: true } });
      await db.prisma.membership.updateMany({ where: { organisationId }, data: { role } });
      for (const m of members) await app.memberships.changed(organisationId, m.userId);
    },
    async close() {
      await app.close();
      await store.close();
      await db.dispose();
    },
  };
}
