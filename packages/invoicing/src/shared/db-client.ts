import type { Prisma, PrismaClient } from '@simplifaq/db';

/** The Prisma client, or an open interactive transaction: every use case accepts either. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
export type Tx = Prisma.TransactionClient;

export interface TransactionOptions {
  /** How long to wait for a connection (Postgres) or the database (PGlite) before giving up. */
  maxWaitMs?: number;
  /** How long the transaction may run once started. */
  timeoutMs?: number;
}

function isClient(db: DbClient): db is PrismaClient {
  return typeof (db as PrismaClient).$transaction === 'function';
}

/**
 * Runs `fn` in a transaction: a new one on a client, or the caller's when it already holds one
 * (the runbook commands compose use cases in one transaction). The waits are generous because
 * bursts of issues queue on the same number_sequence row by design.
 */
export function inTransaction<T>(db: DbClient, fn: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  if (!isClient(db)) return fn(db);
  return db.$transaction(fn, { maxWait: options.maxWaitMs ?? 60_000, timeout: options.timeoutMs ?? 60_000 });
}
