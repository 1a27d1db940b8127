// Pure helpers shared by the adapters, so that both validate and behave identically.

/** Throws a RangeError unless `ttlMs` is a positive safe integer (what Redis `PX` accepts). */
export function assertTtlMs(ttlMs: unknown): asserts ttlMs is number {
  if (typeof ttlMs !== 'number' || !Number.isSafeInteger(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`ttlMs must be a positive integer number of milliseconds, got ${String(ttlMs)}`);
  }
}

/**
 * Escapes Redis glob metacharacters (`* ? [ ] ^ \`) so that a key prefix from user data (an email
 * in a session key, say) matches itself literally in `SCAN … MATCH`.
 */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]^\\]/g, '\\$&');
}

/**
 * Reconnect delay for the given attempt (1, 2, 3 …): exponential from `baseMs`, capped at `capMs`,
 * with "equal jitter" (half fixed, half random) so that many instances losing the same Redis do not
 * reconnect in lockstep. The cap bounds how long a recovered Redis goes unnoticed.
 */
export function reconnectDelayMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/**
 * Parses a stored counter as Redis does for `INCR`: base-10, no sign but `-`, no leading zero, no
 * `-0`. The range is JavaScript's safe integers (Redis allows 64 bits; no counter gets near).
 */
export function parseCounter(value: string): number | null {
  if (!/^(0|-?[1-9]\d*)$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}
