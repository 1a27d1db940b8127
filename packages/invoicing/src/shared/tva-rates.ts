import type { TvaRateRow } from '@simplifaq/swiss';
import type { DbClient } from './db-client';
import { toIsoDate, toIsoDateOrNull } from './calendar';

/** The `tva_rate` table as @simplifaq/swiss reads it (rates are data, MWSTG art. 25). */
export async function loadTvaRates(db: DbClient): Promise<TvaRateRow[]> {
  const rows = await db.tvaRate.findMany({ orderBy: [{ validFrom: 'asc' }, { category: 'asc' }] });
  return rows.map((r) => ({ category: r.category, rateBp: r.rateBp, validFrom: toIsoDate(r.validFrom), validTo: toIsoDateOrNull(r.validTo) }));
}

/** Where drafts get their rates: a short-lived cache (issuing always reads the table in its transaction). */
export interface TvaRateSource {
  get(db: DbClient): Promise<readonly TvaRateRow[]>;
}

/**
 * Caches the rate table for `ttlMs`. Rows are only ever added (a new rate gets a new row), and a
 * draft's totals are recomputed at issue from the table read in the issuing transaction, so a
 * stale cache can at worst show a draft's live totals a minute late.
 */
export function createTvaRateCache(ttlMs = 60_000, now: () => number = Date.now): TvaRateSource {
  let cached: { rows: readonly TvaRateRow[]; at: number } | null = null;
  let pending: Promise<readonly TvaRateRow[]> | null = null;
  return {
    async get(db) {
      if (cached && now() - cached.at < ttlMs) return cached.rows;
      pending ??= loadTvaRates(db)
        .then((rows) => {
          cached = { rows, at: now() };
          return rows;
        })
        .finally(() => {
          pending = null;
        });
      return pending;
    },
  };
}
