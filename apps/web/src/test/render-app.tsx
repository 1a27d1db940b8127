import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { RouteObject } from 'react-router';
import { ApiClientProvider } from '../api/api-context';
import { createApiClient } from '../api/api-client';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { routes as appRoutes } from '../router';

// jsdom has no layout: ScrollRestoration's scrollTo would only log "not implemented".
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

/** A fetch that answers by path: `{ '/api/health': () => new Response(...) }`; anything else is a 404. */
export function routeFetch(handlers: Record<string, (init?: RequestInit) => Response | Promise<Response>>): typeof fetch {
  return async (input, init) => {
    const path = new URL(String(input), 'http://localhost').pathname;
    const handler = handlers[path];
    if (!handler) {
      return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No ${path}`, requestId: 't' } }), { status: 404 });
    }
    return handler(init);
  };
}

export const healthyFetch = routeFetch({
  '/api/health': () =>
    Response.json({
      status: 'ok',
      instance: 'test',
      version: '0.1.0',
      uptime: 1,
      checks: { database: { status: 'ok' }, redis: { status: 'ok' } },
    }),
});

interface RenderAppOptions {
  path?: string;
  language?: Language;
  fetch?: typeof fetch;
  routes?: RouteObject[];
}

/** Renders the real routes in memory with a fresh i18n instance and a fake API. */
export async function renderApp({ path = '/', language = 'fr', fetch = healthyFetch, routes = appRoutes }: RenderAppOptions = {}) {
  const i18n: I18n = await createI18n(language);
  const client = createApiClient({ fetch });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApiClientProvider client={client}>
        <RouterProvider router={router} />
      </ApiClientProvider>
    </I18nextProvider>,
  );
  return { ...view, i18n, router, client };
}
