/**
 * At most `permits` calls per key at a time, the rest queued in memory (first come, first
 * served). Issuing takes a row lock on the organisation's number sequence and holds a database
 * connection while it waits for it: without this gate a burst of issues in one organisation would
 * tie up the whole connection pool while they queue on that one row, and starve every other
 * request. The row lock still guarantees the numbering across processes; this only keeps the
 * waiting out of the pool.
 */
export type KeyedLimiter = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

export function createKeyedLimiter(permits: number): KeyedLimiter {
  const slots = new Map<string, { active: number; waiting: (() => void)[] }>();
  return async (key, fn) => {
    let slot = slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      slots.set(key, slot);
    }
    if (slot.active < permits) slot.active++;
    else await new Promise<void>((resolve) => slot.waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = slot.waiting.shift();
      // The permit passes straight to the next in line; the last one out frees the key.
      if (next) next();
      else if (--slot.active === 0) slots.delete(key);
    }
  };
}
