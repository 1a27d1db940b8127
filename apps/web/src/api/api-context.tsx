import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { createApiClient } from './api-client';
import type { ApiClient } from './api-client';

/** The app's one client: same origin, so the session cookie and CSRF token follow every call. */
export const defaultApiClient: ApiClient = createApiClient();

const ApiClientContext = createContext<ApiClient>(defaultApiClient);

/** Lets tests (and a future embedded preview) give components another client. */
export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>;
}

export function useApiClient(): ApiClient {
  return useContext(ApiClientContext);
}
