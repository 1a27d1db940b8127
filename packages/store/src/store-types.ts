/**
 * Receives one pub/sub message. May return a promise; a rejection (or a throw) is logged and
 * never reaches the publisher or the other handlers.
 */
export type MessageHandler = (message: string, channel: string) => void | Promise<void>;

/** Ends one subscription. Idempotent: calling it again does nothing. */
export type Unsubscribe = () => Promise<void>;

/**
 * Where the store reports what callers cannot see through a rejected promise: connection lost and
 * restored (once per transition, never once per reconnect attempt) and failing message handlers.
 * The signature matches pino's `logger.warn(obj, msg)`, so an app logger can be passed as is.
 */
export interface StoreLogger {
  info?(context: Record<string, unknown>, message: string): void;
  warn(context: Record<string, unknown>, message: string): void;
  error(context: Record<string, unknown>, message: string): void;
}

/** Options of {@link Store.set}. */
export interface SetOptions {
  /** Expire the key after this many milliseconds (positive integer). Without it the key never expires. */
  ttlMs?: number;
}

/** Options of operations that always expire, so that a crashed caller cannot leave a lock or counter forever. */
export interface ExpiringOptions {
  /** Lifetime in milliseconds (positive integer). */
  ttlMs: number;
}

/**
 * The key-value and pub/sub port behind sessions, rate limits, feature flags, caches and messages
 * between API instances. Values are strings: callers JSON-encode what they store.
 *
 * Every operation either settles within the adapter's bounded time or rejects with
 * {@link StoreUnavailableError}; no call waits for a dead backend.
 */
export interface Store {
  /** Which adapter this is, for `/api/health` and logs. */
  readonly kind: 'redis' | 'memory';

  /** The value of `key`, or `null` when it does not exist or has expired. */
  get(key: string): Promise<string | null>;

  /** Stores `value` under `key`, replacing any value and any previous expiry (like Redis `SET`). */
  set(key: string, value: string, options?: SetOptions): Promise<void>;

  /**
   * Atomically stores `value` only if `key` does not exist (Redis `SET NX PX`).
   * Resolves `true` when this call stored it — the caller holds the lock or is the first with this
   * idempotency key — and `false` when the key was already there (its value and expiry unchanged).
   */
  setIfAbsent(key: string, value: string, options: ExpiringOptions): Promise<boolean>;

  /** Removes `key`. Resolves `true` when it existed. */
  delete(key: string): Promise<boolean>;

  /**
   * Atomically increments the integer stored at `key` (a missing key counts as 0) and resolves the
   * new value.
   *
   * Fixed window: when the key has no expiry after the increment — it was just created — it gets
   * `ttlMs`; an existing expiry is never extended. So `incr('login:ip', { ttlMs: 60_000 })` counts
   * the attempts of one minute that starts at the first attempt, and the count resets when it ends.
   * Rejects (with an error that is not a {@link StoreUnavailableError}) when the value is not an
   * integer.
   */
  incr(key: string, options: ExpiringOptions): Promise<number>;

  /** Milliseconds before `key` expires, or `null` when the key does not exist or never expires. */
  ttl(key: string): Promise<number | null>;

  /**
   * Keys that start with `prefix` (`''` for every key of this store), page by page — on Redis
   * with `SCAN … MATCH`, never `KEYS`, so a large keyspace does not block the server.
   *
   * Keys that exist during the whole iteration are yielded; keys added or removed meanwhile may or
   * may not be. On Redis a key may be yielded twice (a SCAN guarantee), so act idempotently —
   * deleting is.
   */
  scan(prefix: string): AsyncIterable<string>;

  /**
   * Sends `message` to every subscriber of `channel`, on every instance that shares the backend.
   * Resolves the number of stores (instances) that were subscribed. At most once: a subscriber that
   * is disconnected at that moment never gets the message.
   */
  publish(channel: string, message: string): Promise<number>;

  /**
   * Calls `handler` for each message later published on `channel`, always asynchronously (never
   * inside the `publish` call). Resolves once the subscription is active, so a message published
   * after that is delivered; rejects with {@link StoreUnavailableError} (and keeps nothing) when the
   * backend is unreachable. An active subscription survives reconnections.
   */
  subscribe(channel: string, handler: MessageHandler): Promise<Unsubscribe>;

  /** Resolves when the backend answers, rejects with {@link StoreUnavailableError} otherwise — within bounded time. */
  ping(): Promise<void>;

  /** Releases connections and timers. Idempotent; later calls reject with {@link StoreUnavailableError}. */
  close(): Promise<void>;
}
