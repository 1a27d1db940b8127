import { useEffect, useState } from 'react';
import { useApiClient } from '../api/api-context';
import { ApiError } from '../api/api-error';
import { failingDependencies, fetchHealth } from '../api/health';
import type { Health } from '../api/health';

export type HealthState =
  | { kind: 'checking' }
  | { kind: 'ok'; health: Health }
  | { kind: 'degraded'; health: Health; failing: string[] }
  | { kind: 'maintenance' }
  | { kind: 'unreachable' };

export interface HealthPolling {
  /** Between checks while all is well. */
  intervalMs: number;
  /** Between checks while something is wrong, to show the recovery soon. */
  retryMs: number;
  /** A check that takes longer counts as unreachable (the API answers 503 within 2 s when Redis is down). */
  timeoutMs: number;
}

const DEFAULT_POLLING: HealthPolling = { intervalMs: 60_000, retryMs: 10_000, timeoutMs: 5_000 };

function toState(health: Health): HealthState {
  const failing = failingDependencies(health);
  return health.status === 'ok' && failing.length === 0 ? { kind: 'ok', health } : { kind: 'degraded', health, failing };
}

/** Polls GET /api/health; pauses while the tab is hidden and checks again when it comes back or goes online. */
export function useHealth(polling: HealthPolling = DEFAULT_POLLING): HealthState {
  const client = useApiClient();
  const [state, setState] = useState<HealthState>({ kind: 'checking' });
  const { intervalMs, retryMs, timeoutMs } = polling;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let stopped = false;

    async function check() {
      clearTimeout(timer);
      controller?.abort();
      const current = new AbortController();
      controller = current;
      const timeout = setTimeout(() => current.abort(new DOMException('Health check timed out', 'TimeoutError')), timeoutMs);
      let next: HealthState;
      try {
        next = toState(await fetchHealth(client, current.signal));
      } catch (error) {
        // Superseded by a newer check, or unmounted: that one reports.
        if (stopped || controller !== current) return;
        next = error instanceof ApiError && error.isMaintenance ? { kind: 'maintenance' } : { kind: 'unreachable' };
      } finally {
        clearTimeout(timeout);
      }
      if (stopped || controller !== current) return;
      setState(next);
      if (document.visibilityState !== 'hidden') {
        timer = setTimeout(() => void check(), next.kind === 'ok' ? intervalMs : retryMs);
      }
    }

    function onVisible() {
      if (document.visibilityState === 'visible') void check();
    }

    void check();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [client, intervalMs, retryMs, timeoutMs]);

  return state;
}
