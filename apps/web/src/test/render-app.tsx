import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { RouteObject } from 'react-router';
import { SWISS_TVA_RATES } from '@simplifaq/swiss/tva';
import { ApiClientProvider } from '../api/api-context';
import { createApiClient } from '../api/api-client';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { routes as appRoutes } from '../router';

// Lazy route chunks are transformed on first import (vitest.setup.ts gives findBy* 5 s): a test
// that visits several pages needs more than the default 5 s in all.
vi.setConfig({ testTimeout: 20_000 });

// jsdom has no layout: ScrollRestoration's scrollTo would only log "not implemented".
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

/** A fetch that answers by path: `{ '/api/health': () => new Response(...) }`; anything else is a 404. */
export function routeFetch(handlers: Handlers): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const path = url.pathname;
    const handler = handlers[path];
    if (!handler) {
      return new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No ${path}`, requestId: 't' } }), { status: 404 });
    }
    return handler(init, url);
  };
}

export type Handlers = Record<string, (init?: RequestInit, url?: URL) => Response | Promise<Response>>;

const health = () =>
  Response.json({
    status: 'ok',
    instance: 'test',
    version: '0.1.0',
    uptime: 1,
    checks: { database: { status: 'ok' }, redis: { status: 'ok' } },
  });

export const healthyFetch = routeFetch({ '/api/health': health });

/** The signed-in owner of "Muster GmbH" that the fake API answers GET /api/me with. */
export const TEST_ME = {
  user: { id: 'u1', email: 'anna@example.ch', name: 'Anna Muster', locale: 'fr' },
  organisations: [{ id: 'o1', name: 'Muster GmbH', role: 'owner' }],
  activeOrganisationId: 'o1',
  role: 'owner',
} as const;

/** GET /api/organisation of "Muster GmbH": address complete, VAT registered (effective method). */
export const TEST_ORGANISATION = {
  id: 'o1',
  name: 'Muster GmbH',
  street: 'Bahnhofstrasse',
  buildingNumber: '1',
  postalCode: '8001',
  town: 'Zürich',
  country: 'CH',
  addressComplete: true,
  uid: 'CHE-100.155.212',
  vatNumber: 'CHE-100.155.212 MWST',
  vatRegistered: true,
  vatMethod: 'effective',
  netTaxRateBp: null,
  language: 'de',
  currency: 'CHF',
  numberingPattern: '{YYYY}-{seq:4}',
  creditNotePattern: 'NC-{YYYY}-{seq:4}',
  quotePattern: 'OF-{YYYY}-{seq:4}',
  paymentTermDays: 30,
  envelopeWindow: 'right',
  email: null,
  phone: null,
  website: null,
  logo: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const emptyPage = () => Response.json({ items: [], nextCursor: null });

/** GET /api/dashboard of a business that has not invoiced yet. */
export const EMPTY_DASHBOARD = {
  currency: 'CHF',
  today: '2026-03-17',
  month: { open: 0, overdue: 0, paid: 0, invoiced: 0 },
  year: { open: 0, overdue: 0, paid: 0, invoiced: 0 },
  revenue: Array.from({ length: 12 }, (_, i) => ({ month: `${i < 9 ? 2025 : 2026}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`, invoiced: 0, paid: 0 })),
  followUp: [],
  activity: [],
  setup: { addressComplete: false, bankAccounts: 0, clients: 0, invoices: 0 },
};

/**
 * A fake API for a signed-in user with no data yet: health, /api/me and empty lists. `overrides`
 * replace or add routes.
 */
export function signedInFetch(overrides: Handlers = {}): typeof fetch {
  return routeFetch({
    '/api/health': health,
    '/api/me': () => Response.json(TEST_ME),
    '/api/clients': emptyPage,
    '/api/products': emptyPage,
    '/api/invoices': emptyPage,
    '/api/quotes': emptyPage,
    '/api/dashboard': () => Response.json(EMPTY_DASHBOARD),
    // The seeded tva_rate table; a test adds a row by overriding the route.
    '/api/tva-rates': () => Response.json({ items: SWISS_TVA_RATES }),
    ...overrides,
  });
}

interface RenderAppOptions {
  path?: string;
  language?: Language;
  fetch?: typeof fetch;
  routes?: RouteObject[];
  /** Wraps the app in StrictMode, as main.tsx does: effects run, are cleaned up and run again. */
  strict?: boolean;
}

/** Renders the real routes in memory with a fresh i18n instance and a fake API. */
export async function renderApp({ path = '/', language = 'fr', fetch = signedInFetch(), routes = appRoutes, strict = false }: RenderAppOptions = {}) {
  const i18n: I18n = await createI18n(language);
  const client = createApiClient({ fetch });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const app = (
    <I18nextProvider i18n={i18n}>
      <ApiClientProvider client={client}>
        <RouterProvider router={router} />
      </ApiClientProvider>
    </I18nextProvider>
  );
  const view = render(strict ? <StrictMode>{app}</StrictMode> : app);
  return { ...view, i18n, router, client };
}
