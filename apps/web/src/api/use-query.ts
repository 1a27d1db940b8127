import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-context';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Fetches again (after a save elsewhere on the page, or a "retry" button). */
  reload: () => void;
  /** Replaces the data without a request, e.g. with the body a PATCH answered. */
  setData: (data: T) => void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/**
 * Loads data for a page: refetches when `key` changes, aborts the previous request, and ignores
 * answers that arrive after the page moved on. `key: null` loads nothing (e.g. "new" forms).
 * A dozen lines instead of a query library keeps the bundle small.
 */
export function useQuery<T>(key: string | null, load: (client: ApiClient, signal: AbortSignal) => Promise<T>): QueryState<T> {
  const client = useApiClient();
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: unknown; loading: boolean }>({
    key,
    data: undefined,
    error: undefined,
    loading: key !== null,
  });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setState({ key, data: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ key, data: current.key === key ? current.data : undefined, error: undefined, loading: true }));
    loadRef.current(client, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) setState({ key, data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [client, key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const setData = useCallback((data: T) => setState((current) => ({ ...current, data, error: undefined, loading: false })), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: current ? state.loading : key !== null,
    reload,
    setData,
  };
}
