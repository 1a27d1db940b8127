import type { StoreLogger } from './store-types';

/**
 * Used when the caller passes no logger. The adapters only log on state transitions and handler
 * failures, so this never floods stderr the way ioredis' unhandled `error` events would.
 */
export const consoleLogger: StoreLogger = {
  info: (context, message) => console.info(message, context),
  warn: (context, message) => console.warn(message, context),
  error: (context, message) => console.error(message, context),
};
