// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClientProvider } from '../api/api-context';
import { createApiClient } from '../api/api-client';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { routeFetch } from '../test/render-app';
import { HealthStatus } from './health-status';

afterEach(() => cleanup());

const body = (database: 'ok' | 'error', redis: 'ok' | 'error') => ({
  status: database === 'ok' && redis === 'ok' ? 'ok' : 'degraded',
  instance: 'api-1',
  version: '1.2.3',
  uptime: 5,
  checks: { database: { status: database }, redis: { status: redis } },
});

async function renderStatus(fetch: typeof globalThis.fetch, language: Language = 'fr') {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ApiClientProvider client={createApiClient({ fetch })}>
        <HealthStatus />
      </ApiClientProvider>
    </I18nextProvider>,
  );
}

describe('HealthStatus', () => {
  it('says the system is operational, with the version', async () => {
    await renderStatus(routeFetch({ '/api/health': () => Response.json(body('ok', 'ok')) }));
    expect((await screen.findByRole('status')).textContent).toBe('Système opérationnel');
    expect(screen.getByText('Version 1.2.3')).toBeDefined();
  });

  it('names the failing dependency from a 503 health body, in the UI language', async () => {
    await renderStatus(routeFetch({ '/api/health': () => Response.json(body('ok', 'error'), { status: 503 }) }), 'de');
    expect(await screen.findByText('Störung · nicht verfügbar: Sitzungsspeicher')).toBeDefined();
  });

  it('lists several failing dependencies', async () => {
    await renderStatus(routeFetch({ '/api/health': () => Response.json(body('error', 'error'), { status: 503 }) }));
    expect(await screen.findByText('Service perturbé · indisponible : base de données et stockage des sessions')).toBeDefined();
  });

  it('reports an unreachable server and maintenance', async () => {
    await renderStatus(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await screen.findByText('Serveur injoignable')).toBeDefined();
    cleanup();
    const maintenance = { error: { code: 'MAINTENANCE', message: 'Maintenance', requestId: 'r' } };
    await renderStatus(routeFetch({ '/api/health': () => Response.json(maintenance, { status: 503 }) }), 'en');
    expect(await screen.findByText('Maintenance in progress')).toBeDefined();
  });
});
