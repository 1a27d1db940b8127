import type { ApiClient, QueryValue } from './api-client';

/** Every list route answers one page and the cursor of the next (keyset pagination, docs/api.md). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const fetchPage = <T>(client: ApiClient, path: string, query: Record<string, QueryValue>, signal?: AbortSignal) =>
  client.get<Page<T>>(path, { query, ...(signal ? { signal } : {}) });
