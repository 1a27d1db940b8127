// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch, TEST_ME } from '../../test/render-app';

afterEach(() => cleanup());

const SECRET = 'sfq_Q2hvY29sYXRlIGFuZCBjaGVlc2UgZnJvbSBTd2l0emVybGFuZA';

const erpToken = {
  id: '6f1c2a52-1d7e-4bd0-9a43-2d4c55d00001',
  name: 'Export ERP',
  role: 'accountant',
  tokenPrefix: 'sfq_Ab12Cd',
  createdById: 'u1',
  lastUsedAt: '2026-03-17T09:30:00Z',
  expiresAt: null,
  revokedAt: null,
  createdAt: '2026-03-01T08:00:00Z',
};

const as = (role: 'accountant' | 'member') => ({ ...TEST_ME, role, organisations: [{ ...TEST_ME.organisations[0], role }] });

describe('API tokens settings', () => {
  it('shows a new token’s secret once, with a copy button, and never again after leaving the page', async () => {
    const user = userEvent.setup();
    const tokens: Record<string, unknown>[] = [erpToken];
    let posted: unknown;
    const fetch = signedInFetch({
      '/api/members': () => Response.json({ items: [], nextCursor: null }),
      '/api/invitations': () => Response.json({ items: [], nextCursor: null }),
      '/api/api-tokens': (init) => {
        if (init?.method === 'POST') {
          posted = JSON.parse(String(init.body));
          const created = { ...erpToken, id: '6f1c2a52-1d7e-4bd0-9a43-2d4c55d00002', name: 'Boutique', role: 'member', tokenPrefix: SECRET.slice(0, 10), lastUsedAt: null, expiresAt: '2026-06-15T08:00:00Z', createdAt: '2026-03-17T08:00:00Z' };
          tokens.unshift(created);
          return Response.json({ ...created, token: SECRET }, { status: 201 });
        }
        return Response.json({ items: tokens, nextCursor: null });
      },
    });
    await renderApp({ path: '/settings/api-tokens', fetch });
    const row = (await screen.findByText('Export ERP')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Comptable (lecture seule)')).toBeDefined();
    expect(within(row).getByText('17 mars 2026, 10:30')).toBeDefined();
    expect(within(row).getByText('Actif')).toBeDefined();

    await user.type(screen.getByLabelText('Nom du jeton'), 'Boutique');
    await user.selectOptions(screen.getByLabelText('Validité'), '90 jours');
    await user.click(screen.getByRole('button', { name: 'Créer le jeton' }));

    const secret = (await screen.findByLabelText('Jeton secret')) as HTMLInputElement;
    expect(posted).toEqual({ name: 'Boutique', role: 'member', expiresInDays: 90 });
    expect(secret.value).toBe(SECRET);
    expect(document.activeElement).toBe(secret);
    expect(screen.getByText(/il ne sera plus jamais affiché/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Copier' }));
    expect(await screen.findByText('Jeton copié dans le presse-papiers.')).toBeDefined();
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(await screen.findByText('Boutique')).toBeDefined();

    await user.click(screen.getByRole('link', { name: 'Membres' }));
    await screen.findByRole('heading', { name: 'Inviter quelqu’un' });
    await user.click(screen.getByRole('link', { name: 'Intégrations / API' }));
    await screen.findByText('Boutique');
    expect(screen.queryByLabelText('Jeton secret')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('revokes a token only once the confirmation is accepted', async () => {
    const user = userEvent.setup();
    const deleted: string[] = [];
    const fetch = signedInFetch({
      '/api/api-tokens': () => Response.json({ items: deleted.length ? [] : [erpToken], nextCursor: null }),
      [`/api/api-tokens/${erpToken.id}`]: (init) => {
        if (init?.method === 'DELETE') deleted.push(erpToken.id);
        return new Response(null, { status: 204 });
      },
    });
    await renderApp({ path: '/settings/api-tokens', fetch, language: 'de' });
    await user.click(await screen.findByRole('button', { name: 'Token «Export ERP» widerrufen' }));
    let dialog = screen.getByRole('dialog', { name: 'Dieses Token widerrufen?' });
    expect(within(dialog).getByText(/Das Token «Export ERP» \(sfq_Ab12Cd…\) funktioniert ab sofort nicht mehr/)).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(deleted).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Token «Export ERP» widerrufen' }));
    dialog = screen.getByRole('dialog', { name: 'Dieses Token widerrufen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Widerrufen' }));
    await waitFor(() => expect(deleted).toEqual([erpToken.id]));
    expect(await screen.findByText('Noch keine Tokens.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'API-Tokens' }));
  });

  it('lists revoked tokens on request, without a revoke button', async () => {
    const user = userEvent.setup();
    const revoked = { ...erpToken, revokedAt: '2026-03-10T12:00:00Z' };
    const fetch = signedInFetch({
      '/api/api-tokens': (_init, url) => Response.json({ items: url?.searchParams.get('includeRevoked') === 'true' ? [revoked] : [], nextCursor: null }),
    });
    await renderApp({ path: '/settings/api-tokens', fetch, language: 'en' });
    expect(await screen.findByText('No tokens yet.')).toBeDefined();
    await user.click(screen.getByLabelText('Show revoked tokens too'));
    const row = (await screen.findByText('Export ERP')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Revoked')).toBeDefined();
    expect(within(row).getByText('10 Mar 2026')).toBeDefined();
    expect(within(row).queryByRole('button')).toBeNull();
  });
});

describe('settings reserved to owners and admins', () => {
  it.each(['accountant', 'member'] as const)('gives the role %s neither the tabs nor the data of tokens and the audit log', async (role) => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const fetch = signedInFetch({
      '/api/me': () => Response.json(as(role)),
      '/api/api-tokens': () => {
        asked.push('/api/api-tokens');
        return Response.json({ items: [erpToken], nextCursor: null });
      },
      '/api/audit-events': () => {
        asked.push('/api/audit-events');
        return Response.json({ items: [], nextCursor: null });
      },
    });
    const { router } = await renderApp({ path: '/settings/api-tokens', fetch });
    expect(await screen.findByText('Seuls le propriétaire et les administrateurs peuvent gérer les jetons d’API.')).toBeDefined();
    const tabs = screen.getByRole('navigation', { name: 'Sections des paramètres' });
    expect(within(tabs).getByRole('link', { name: 'Membres' })).toBeDefined();
    expect(within(tabs).queryByRole('link', { name: 'Intégrations / API' })).toBeNull();
    expect(within(tabs).queryByRole('link', { name: 'Journal d’audit' })).toBeNull();
    expect(screen.queryByLabelText('Nom du jeton')).toBeNull();

    await router.navigate('/settings/audit-log');
    expect(await screen.findByText('Seuls le propriétaire et les administrateurs peuvent consulter le journal d’audit.')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(within(tabs).getByRole('link', { name: 'Mon compte' }));
    expect(asked).toEqual([]);
  });
});
