import type { Store } from '@simplifaq/store';
import { AppError } from '../../lib/app-error';

export interface Limit {
  key: string;
  /** Attempts allowed in the window; the next one is refused. */
  max: number;
  windowMs: number;
}

/**
 * Fixed-window counters in the store, so the limits hold across every instance.
 * `assertAllowed` before the attempt, `hit` after a failure, `clear` after a success.
 */
export function createRateLimiter(store: Store) {
  return {
    async assertAllowed(limits: Limit[]): Promise<void> {
      for (const l of limits) {
        const count = Number((await store.get(`rl:${l.key}`)) ?? 0);
        if (count >= l.max) {
          const ttl = (await store.ttl(`rl:${l.key}`)) ?? l.windowMs;
          throw new AppError('RATE_LIMITED', 'Too many attempts. Wait a few minutes before trying again.', 429, undefined, {
            retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)),
          });
        }
      }
    },
    async hit(limits: Limit[]): Promise<void> {
      await Promise.all(limits.map((l) => store.incr(`rl:${l.key}`, { ttlMs: l.windowMs })));
    },
    async clear(limits: Limit[]): Promise<void> {
      await Promise.all(limits.map((l) => store.delete(`rl:${l.key}`)));
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
