import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { StoreUnavailableError } from './store-errors';
import { reconnectDelayMs } from './store-fns';
import type { StoreLogger } from './store-types';

/** Tuning shared by the command and the subscriber connection. */
export interface ConnectionSettings {
  commandTimeoutMs: number;
  connectTimeoutMs: number;
  maxReconnectDelayMs: number;
  subscriberPingIntervalMs: number;
  connectionName: string | undefined;
  logger: StoreLogger;
}

// Replies with which Redis refuses service rather than rejecting the command: the store is
// unusable until the operator acts, so callers must see "unavailable" (503), not a bug (500).
const UNAVAILABLE_REPLY = /^(LOADING|BUSY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|READONLY|OOM|NOAUTH|WRONGPASS|NOPERM)\b/;

function isCommandError(error: unknown): boolean {
  // ioredis exports ReplyError without typings; its name is stable (redis-errors).
  return error instanceof Error && error.name === 'ReplyError' && !UNAVAILABLE_REPLY.test(error.message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The ioredis options that make a dead Redis fail fast and a returning one be picked up again. */
export function clientOptions(settings: ConnectionSettings, role: 'commands' | 'subscriber'): RedisOptions {
  return {
    // Without a queue, a command issued while disconnected fails at once instead of waiting
    // (possibly forever) for a reconnection; `runCommand` below waits only for a connection
    // attempt that is already under way, and only within the command budget.
    enableOfflineQueue: false,
    // 0: commands in flight when the connection drops fail right away rather than being resent
    // after reconnecting — a resent INCR could count twice after the caller saw an error.
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // The subscriber re-subscribes from its own registry (see redis-pubsub.ts), which also covers
    // channels whose first SUBSCRIBE could not reach Redis.
    autoResubscribe: false,
    commandTimeout: settings.commandTimeoutMs,
    // A connection that stops answering (network partition, frozen server) is torn down and
    // reconnected instead of timing out every command forever.
    socketTimeout: settings.commandTimeoutMs * 2,
    connectTimeout: settings.connectTimeoutMs,
    keepAlive: 10_000,
    retryStrategy: (attempt) => reconnectDelayMs(attempt, 50, settings.maxReconnectDelayMs),
    ...(settings.connectionName ? { connectionName: `${settings.connectionName}${role === 'subscriber' ? ':sub' : ''}` } : {}),
  };
}

/**
 * One ioredis client plus what it lacks: a hard per-operation deadline, errors mapped to
 * {@link StoreUnavailableError}, and one log line per outage instead of one per reconnect attempt.
 */
export class RedisConnection {
  readonly client: Redis;
  readonly #settings: ConnectionSettings;
  readonly #role: string;
  #lastError: unknown;
  #state: 'starting' | 'up' | 'down' = 'starting';
  #downSince = 0;
  #closed = false;
  #attempt: Promise<void> | undefined;

  constructor(client: Redis, settings: ConnectionSettings, role: string) {
    this.client = client;
    this.#settings = settings;
    this.#role = role;
    // The listener is what keeps ioredis from printing "Unhandled error event" on every attempt.
    client.on('error', (error: unknown) => {
      this.#lastError = error;
      this.#markDown(error);
    });
    client.on('close', () => this.#markDown(this.#lastError));
    client.on('ready', () => {
      if (this.#state === 'down') {
        this.#settings.logger.info?.({ role: this.#role, downMs: Date.now() - this.#downSince }, 'store: Redis connection restored');
      }
      this.#state = 'up';
      this.#lastError = undefined;
    });
  }

  #markDown(error: unknown): void {
    if (this.#closed || this.#state === 'down') return;
    const what = this.#state === 'starting' ? 'cannot connect to Redis' : 'Redis connection lost';
    this.#state = 'down';
    this.#downSince = Date.now();
    this.#settings.logger.warn(
      { role: this.#role, err: error === undefined ? undefined : messageOf(error) },
      `store: ${what}; commands fail until it is back, reconnecting in the background`,
    );
  }

  #unavailable(reason: string, cause?: unknown): StoreUnavailableError {
    const detail = cause === undefined ? '' : `: ${messageOf(cause)}`;
    return new StoreUnavailableError(`Redis store unavailable (${reason})${detail}`, { cause });
  }

  /**
   * Resolves once the client can take commands, given what we know: ready → now; a connection
   * attempt under way (first connect, or handshake after TCP connect) → when it ends, within
   * `budgetMs`; between reconnect attempts → rejects at once, since Redis was just seen down.
   */
  #whenReady(budgetMs: number): Promise<void> {
    const { client } = this;
    if (this.#closed) return Promise.reject(this.#unavailable('store is closed'));
    if (client.status === 'ready') return Promise.resolve();
    if (client.status !== 'connecting' && client.status !== 'connect') {
      return Promise.reject(this.#unavailable('not connected', this.#lastError));
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.#unavailable(`not connected within ${budgetMs} ms`, this.#lastError)), budgetMs);
    });
    return Promise.race([this.#connectionAttempt(), expired]).finally(() => clearTimeout(timer));
  }

  /**
   * The outcome of the connection attempt under way, shared by every caller waiting for it —
   * one set of listeners however many requests arrive while connecting (no listener leak).
   */
  #connectionAttempt(): Promise<void> {
    if (this.#attempt) return this.#attempt;
    const { client } = this;
    const attempt = new Promise<void>((resolve, reject) => {
      const settle = (error?: StoreUnavailableError) => {
        client.off('ready', onReady);
        client.off('close', onClose);
        client.off('end', onClose);
        this.#attempt = undefined;
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => settle();
      const onClose = () => settle(this.#unavailable('connection failed', this.#lastError));
      client.once('ready', onReady);
      client.once('close', onClose);
      client.once('end', onClose);
    });
    attempt.catch(() => {}); // every waiter handles it; none may be left when it fails
    this.#attempt = attempt;
    return attempt;
  }

  /**
   * Runs one Redis command within the command budget, whatever happens on the wire. Errors that
   * mean "Redis cannot serve" become {@link StoreUnavailableError}; genuine command errors
   * (WRONGTYPE, not an integer) pass through unchanged, since they are bugs, not outages.
   */
  async run<T>(command: (client: Redis) => Promise<T>): Promise<T> {
    const budgetMs = this.#settings.commandTimeoutMs;
    const deadline = Date.now() + budgetMs;
    await this.#whenReady(budgetMs);
    let timer: NodeJS.Timeout | undefined;
    const pending = command(this.client);
    // ioredis' own commandTimeout started only now; the race keeps the total within one budget.
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.#unavailable(`no answer within ${budgetMs} ms`)), Math.max(0, deadline - Date.now()));
    });
    try {
      return await Promise.race([pending, expired]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        pending.catch(() => {}); // settled later by ioredis' own timeout; nobody waits for it
        throw error;
      }
      if (isCommandError(error)) throw error;
      throw this.#unavailable(this.#closed ? 'store is closed' : 'command failed', error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Says goodbye with QUIT when connected (so Redis frees the client at once), then stops reconnecting. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.client.status === 'ready') {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#settings.commandTimeoutMs)));
      await Promise.race([this.client.quit().catch(() => {}), gaveUp]);
      clearTimeout(timer);
    }
    this.client.disconnect(false);
  }
}

/** Creates the command connection to `url` with {@link clientOptions}; it starts connecting at once. */
export function connectRedis(url: string, settings: ConnectionSettings): RedisConnection {
  return new RedisConnection(new Redis(url, clientOptions(settings, 'commands')), settings, 'commands');
}

/** A second connection to the same server for pub/sub: a subscribed connection can run nothing else. */
export function duplicateForSubscriber(commands: RedisConnection, settings: ConnectionSettings): RedisConnection {
  return new RedisConnection(commands.client.duplicate(clientOptions(settings, 'subscriber')), settings, 'subscriber');
}
