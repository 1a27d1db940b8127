// Starts one API instance: config → database → store → app → listen; stops gracefully on
// SIGTERM/SIGINT (in-flight requests finish, new ones get 503, database and store closed).
import closeWithGrace from 'close-with-grace';
import pino from 'pino';
import { checkDatabaseConnection, createDb, DatabaseStartupError } from '@simplifaq/db';
import type { Db } from '@simplifaq/db';
import { createStore } from '@simplifaq/store';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import type { Config } from './config';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) fail(`SimpliFaq cannot start: ${(err as Error).message}`);
  // When DATABASE_URL itself is well formed, try it too: an operator fixing the other variables
  // should not discover the database problem only on the next attempt.
  const url = process.env.DATABASE_URL;
  const urlRefused = err.problems.some((p) => p.startsWith('DATABASE_URL:'));
  const databaseProblem = url && !urlRefused ? await checkDatabaseConnection(url) : null;
  fail((databaseProblem ? new ConfigError([`DATABASE_URL: ${databaseProblem}`, ...err.problems]) : err).message);
}

const startedAt = Date.now();
const logger = pino({ level: config.logLevel, base: { instance: config.instanceId } });

let db: Db;
try {
  db = await createDb({
    databaseUrl: config.database.url,
    dataDir: config.database.embeddedDir,
    poolMax: config.database.poolMax,
    migrations: config.database.migrations,
  });
} catch (err) {
  fail(`SimpliFaq cannot start: ${err instanceof DatabaseStartupError ? err.message : (err as Error).message}`);
}

const store = createStore({ url: config.store.url, keyPrefix: config.store.keyPrefix, logger });
await store.ping().catch((err: Error) => {
  // Start anyway: /api/health reports the store as down and recovers when it returns.
  logger.warn({ err: err.message }, 'the store (Redis) does not answer yet');
});

const app = await buildApp({ config, db, store, logger, startedAt });

closeWithGrace({ delay: config.shutdownTimeoutMs, logger }, async ({ signal, err }) => {
  if (err) logger.error({ err }, 'stopping after an uncaught error');
  else logger.info({ signal }, 'stopping: finishing in-flight requests');
  await app.drain();
  await app.close();
  await Promise.allSettled([db.close(), store.close()]);
  logger.info('stopped');
});

try {
  await app.listen({ host: config.host, port: config.port });
} catch (err) {
  await Promise.allSettled([db.close(), store.close()]);
  fail(`SimpliFaq cannot start: cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`);
}
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
logger.info({ mode: config.mode, database: db.mode, store: store.kind, port }, 'listening');
process.stdout.write(`\nSimpliFaq ${config.version} is running at http://${shownHost}:${port} (${config.mode} mode)\n\n`);
