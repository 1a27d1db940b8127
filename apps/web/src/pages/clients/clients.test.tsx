// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch } from '../../test/render-app';

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

const client = (i: number) => ({
  id: `c${i}`,
  kind: 'company',
  name: `Client ${String(i).padStart(5, '0')}`,
  contactName: null,
  street: 'Rue du Lac',
  buildingNumber: String(i),
  postalCode: '1003',
  town: 'Lausanne',
  country: 'CH',
  language: 'fr',
  email: null,
  phone: null,
  uid: null,
  notes: null,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

/** 10 000 clients served 50 at a time by an opaque cursor, as the API does. */
function tenThousandClients(seen: URLSearchParams[]) {
  const all = Array.from({ length: 10_000 }, (_, i) => client(i + 1));
  return (_init?: RequestInit, url?: URL) => {
    const params = url?.searchParams ?? new URLSearchParams();
    seen.push(params);
    const q = params.get('q')?.toLowerCase();
    const rows = q ? all.filter((c) => c.name.toLowerCase().includes(q)) : all;
    const start = Number(params.get('cursor') ?? 0);
    const limit = Number(params.get('limit') ?? 50);
    const end = start + limit;
    return Response.json({ items: rows.slice(start, end), nextCursor: end < rows.length ? String(end) : null });
  };
}

describe('clients list', () => {
  it('shows the first page of 10 000 clients, loads the next on demand and searches on the server', async () => {
    const user = userEvent.setup();
    const seen: URLSearchParams[] = [];
    await renderApp({ path: '/clients', fetch: signedInFetch({ '/api/clients': tenThousandClients(seen) }) });
    const table = await screen.findByRole('table', { name: 'Clients' });
    await within(table).findByRole('link', { name: 'Client 00001' });
    expect(within(table).getAllByRole('row')).toHaveLength(51); // header + 50
    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    await within(table).findByRole('link', { name: 'Client 00100' });
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(seen.at(-1)?.get('cursor')).toBe('50');

    await user.type(screen.getByRole('searchbox', { name: /Rechercher un client/ }), '09999');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('link', { name: 'Client 09999' }).getAttribute('href')).toBe('/clients/c9999');
    expect(seen.at(-1)?.get('q')).toBe('09999');
    expect(seen.at(-1)?.get('cursor')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
  });

  it('says when a search finds nothing', async () => {
    const user = userEvent.setup();
    await renderApp({ path: '/clients', fetch: signedInFetch({ '/api/clients': tenThousandClients([]) }) });
    await user.type(await screen.findByRole('searchbox', { name: /Rechercher un client/ }), 'zzz');
    expect(await screen.findByText('Aucun client ne correspond à « zzz ».')).toBeDefined();
  });
});

describe('client form', () => {
  it('shows the API’s error code, translated, beside the field it names', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const answers = [
      { code: 'POSTAL_CODE_INVALID', field: 'postalCode', details: { value: '999', country: 'CH' } },
      { code: 'CHARSET_INVALID', field: 'town', details: { character: '—', codePoint: 'U+2014', index: 7 } },
    ];
    const fetch = signedInFetch({
      '/api/clients': (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        const answer = answers.shift();
        if (answer) return Response.json({ error: { ...answer, message: 'english', requestId: 'r' } }, { status: 400 });
        return Response.json({ ...client(1), id: 'new' }, { status: 201 });
      },
    });
    const { router } = await renderApp({ path: '/clients/new', fetch });
    await user.type(await screen.findByLabelText('Raison sociale'), 'Acme SA');
    await user.type(screen.getByLabelText('NPA'), '999');
    await user.type(screen.getByLabelText('Localité'), 'Genève — Centre');
    await user.click(screen.getByRole('button', { name: 'Ajouter un client' }));
    const postalCode = screen.getByLabelText('NPA');
    expect(await screen.findByText(/Ce NPA n’existe pas/)).toBeDefined();
    expect(postalCode.getAttribute('aria-invalid')).toBe('true');

    await user.clear(postalCode);
    await user.type(postalCode, '1204');
    await user.click(screen.getByRole('button', { name: 'Ajouter un client' }));
    expect(await screen.findByText('Le caractère « — » n’est pas admis sur une QR-facture ; remplacez-le.')).toBeDefined();
    expect(screen.getByLabelText('Localité').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/Ce NPA n’existe pas/)).toBeNull();

    await user.clear(screen.getByLabelText('Localité'));
    await user.type(screen.getByLabelText('Localité'), 'Genève');
    await user.click(screen.getByRole('button', { name: 'Ajouter un client' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/clients'));
    expect(bodies.at(-1)).toMatchObject({ kind: 'company', name: 'Acme SA', postalCode: '1204', town: 'Genève', country: 'CH', street: null, uid: null });
  });

  it('asks a private person for neither a contact person nor a UID, and sends none', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const fetch = signedInFetch({
      '/api/clients': (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return Response.json({ ...client(1), id: 'new', kind: 'person' }, { status: 201 });
      },
    });
    await renderApp({ path: '/clients/new', fetch });
    await user.type(await screen.findByLabelText('Personne de contact'), 'Jean Müller');
    await user.type(screen.getByLabelText('Numéro IDE'), 'CHE-116.281.710');
    await user.click(screen.getByRole('radio', { name: 'Particulier' }));
    expect(screen.queryByLabelText('Personne de contact')).toBeNull();
    expect(screen.queryByLabelText('Numéro IDE')).toBeNull();
    await user.type(screen.getByLabelText('Prénom et nom'), 'Jean Müller');
    await user.type(screen.getByLabelText('NPA'), '1204');
    await user.type(screen.getByLabelText('Localité'), 'Genève');
    await user.click(screen.getByRole('button', { name: 'Ajouter un client' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ kind: 'person', name: 'Jean Müller', contactName: null, uid: null });
  });

  it('shows a VALIDATION_FAILED on a field the form does not show as a form-level alert', async () => {
    const user = userEvent.setup();
    const fetch = signedInFetch({
      '/api/clients': () => Response.json({ error: { code: 'VALIDATION_FAILED', message: 'x', field: 'organisationId', requestId: 'r' } }, { status: 400 }),
    });
    await renderApp({ path: '/clients/new', fetch, language: 'it' });
    await user.type(await screen.findByLabelText('Ragione sociale'), 'Acme SA');
    await user.click(screen.getByRole('button', { name: 'Aggiungi un cliente' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Questo valore non è valido.');
  });

  it('explains a refused deletion, and archives a client instead', async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    const fetch = signedInFetch({
      '/api/clients/c7': (init) => {
        calls.push(init?.method ?? 'GET');
        if (init?.method === 'DELETE') {
          return Response.json({ error: { code: 'CLIENT_REFERENCED', message: 'english', requestId: 'r' } }, { status: 409 });
        }
        return Response.json(client(7));
      },
      '/api/clients/c7/archive': (init) => {
        calls.push(`archive ${String(init?.body)}`);
        return Response.json({ ...client(7), archivedAt: '2026-02-01T00:00:00Z' });
      },
    });
    const { router } = await renderApp({ path: '/clients/c7', fetch });
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Ce client figure sur des factures ou des offres');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/clients/c7');

    await user.click(screen.getByRole('button', { name: 'Archiver' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/clients'));
    expect(calls).toEqual(['GET', 'DELETE', 'archive {"archived":true}']);
  });
});
