import type { ApiClient } from './api-client';
import { parseApiError, REQUEST_ID_HEADER } from './api-error';

export type DependencyStatus = 'ok' | 'error';

/** Body of `GET /api/health`, sent with 200 when every check is ok and 503 otherwise. */
export interface Health {
  status: 'ok' | 'degraded';
  instance: string;
  version: string;
  /** Seconds since the instance started. */
  uptime: number;
  checks: Record<string, { status: DependencyStatus }>;
}

function isHealth(value: unknown): value is Health {
  if (typeof value !== 'object' || value === null) return false;
  const { status, checks } = value as Partial<Health>;
  return (status === 'ok' || status === 'degraded') && typeof checks === 'object' && checks !== null;
}

/**
 * Reads the API's health. A 503 that carries a health body is an answer (some dependency is down),
 * not a failure; a 503 with the error format (maintenance) or no answer at all throws ApiError.
 */
export async function fetchHealth(client: ApiClient, signal?: AbortSignal): Promise<Health> {
  const response = await client.send('/api/health', signal ? { signal } : {});
  const text = await response.text().catch(() => '');
  if (response.status === 200 || response.status === 503) {
    try {
      const body: unknown = JSON.parse(text);
      if (isHealth(body)) return body;
    } catch {
      // Not a health body: reported as an error below.
    }
  }
  throw parseApiError(response.status, text, response.headers.get(REQUEST_ID_HEADER));
}

/** Names of the checks that failed, in the API's order (`['database']`, `['redis']`…). */
export function failingDependencies(health: Health): string[] {
  return Object.entries(health.checks)
    .filter(([, check]) => check.status !== 'ok')
    .map(([name]) => name);
}
