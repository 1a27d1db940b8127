export { createStore } from './create-store';
export type { StoreConfig } from './create-store';
export { createMemoryStore } from './memory-store';
export type { MemoryStoreOptions } from './memory-store';
export { createRedisStore } from './redis-store';
export type { RedisStoreOptions } from './redis-store';
export { StoreUnavailableError, isStoreUnavailableError } from './store-errors';
export type { ExpiringOptions, MessageHandler, SetOptions, Store, StoreLogger, Unsubscribe } from './store-types';
