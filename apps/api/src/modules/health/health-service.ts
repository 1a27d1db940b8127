import type { Db } from '@simplifaq/db';
import type { Store } from '@simplifaq/store';

export interface HealthDeps {
  db: Pick<Db, 'ping' | 'mode'>;
  store: Pick<Store, 'ping' | 'kind'>;
  instanceId: string;
  version: string;
  startedAt: number;
  /** Every check settles within this time, so that /api/health answers within 2 s. */
  checkTimeoutMs?: number;
  now?: () => number;
}

interface Check {
  status: 'ok' | 'error';
  latencyMs: number;
  driver: string;
  error?: string;
}

async function timed(driver: string, ping: () => Promise<unknown>, timeoutMs: number, now: () => number): Promise<Check> {
  const start = now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { status: 'ok', latencyMs: now() - start, driver };
  } catch (err) {
    return { status: 'error', latencyMs: now() - start, driver, error: (err as Error).message || 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(deps: HealthDeps) {
  const now = deps.now ?? Date.now;
  const timeout = deps.checkTimeoutMs ?? 1500;
  const [database, redis] = await Promise.all([
    timed(deps.db.mode === 'embedded' ? 'pglite' : 'postgres', () => deps.db.ping(), timeout, now),
    timed(deps.store.kind, () => deps.store.ping(), timeout, now),
  ]);
  return {
    status: database.status === 'ok' && redis.status === 'ok' ? ('ok' as const) : ('degraded' as const),
    instance: deps.instanceId,
    version: deps.version,
    uptime: Math.round((now() - deps.startedAt) / 1000),
    checks: { database, redis },
  };
}
