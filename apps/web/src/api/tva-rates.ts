import { SWISS_TVA_RATES } from '@simplifaq/swiss/tva';
import type { TvaRateRow } from '@simplifaq/swiss/tva';
import type { ApiClient } from './api-client';
import { useQuery } from './use-query';

/** `GET /api/tva-rates` (apps/api/src/modules/tva-rates): the `tva_rate` table the API calculates with. */
export const listTvaRates = (client: ApiClient, signal?: AbortSignal) =>
  client.get<{ items: TvaRateRow[] }>('/api/tva-rates', signal ? { signal } : {}).then((body) => body.items);

// One request per session (per API client): the table changes a few times a decade, and every
// editor and product form of the session shares the answer. A failed load is forgotten, so the
// next form asks again.
const sessionTables = new WeakMap<ApiClient, Promise<readonly TvaRateRow[]>>();

function loadOnce(client: ApiClient): Promise<readonly TvaRateRow[]> {
  let table = sessionTables.get(client);
  if (!table) {
    // No abort signal: the request is shared, a form that closes must not cancel it for the others.
    table = listTvaRates(client);
    table.catch(() => sessionTables.delete(client));
    sessionTables.set(client, table);
  }
  return table;
}

/**
 * The TVA rate table for live totals and the product form: the database's rows from the API, so
 * a rate added to the table (e.g. a 2028 change) reaches the preview. While they load, or if the
 * call fails, the official rates of packages/swiss (SWISS_TVA_RATES, the table's seed) stand in,
 * so a form never waits or blocks on them; the API recalculates with its own table anyway.
 */
export function useTvaRates(): readonly TvaRateRow[] {
  return useQuery('tva-rates', (client) => loadOnce(client)).data ?? SWISS_TVA_RATES;
}
