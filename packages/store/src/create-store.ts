import { createMemoryStore } from './memory-store';
import { createRedisStore } from './redis-store';
import type { RedisStoreOptions } from './redis-store';
import type { Store, StoreLogger } from './store-types';

/** Options of {@link createStore}: the Redis options, with the URL optional. */
export interface StoreConfig extends Omit<RedisStoreOptions, 'url'> {
  /** Redis URL; when absent the store lives in process memory (single instance only). */
  url?: string | undefined;
  logger?: StoreLogger;
}

/**
 * The store for the runtime mode: Redis when a URL is given, process memory otherwise (embedded
 * mode, one instance). Deciding whether a URL is required is the app config's job, not this one's.
 */
export function createStore(config: StoreConfig = {}): Store {
  const { url, ...options } = config;
  if (url) return createRedisStore({ url, ...options });
  return createMemoryStore(options.logger ? { logger: options.logger } : {});
}
