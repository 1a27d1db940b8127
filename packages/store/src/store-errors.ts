/**
 * The store cannot answer right now: the backend is unreachable, did not answer in time, refuses
 * service (loading, out of memory, wrong credentials) or the store was closed. The operation may
 * or may not have been applied. Callers turn it into 503 (`code` is stable for the API's error
 * handler) and retry later; the same store object recovers by itself when the backend returns.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'STORE_UNAVAILABLE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Type guard that also works across copies of this package (compares the stable code). */
export function isStoreUnavailableError(error: unknown): error is StoreUnavailableError {
  return (
    error instanceof StoreUnavailableError ||
    (error instanceof Error && (error as { code?: unknown }).code === 'STORE_UNAVAILABLE')
  );
}
