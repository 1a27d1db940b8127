// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch, TEST_ME, TEST_ORGANISATION } from '../../test/render-app';

afterEach(() => cleanup());

const organisation = TEST_ORGANISATION;

const error = (code: string, field?: string) => Response.json({ error: { code, message: 'english', field, requestId: 'r' } }, { status: 400 });

describe('numbering settings', () => {
  it('previews the next numbers of a pattern as it is typed, and names a broken pattern', async () => {
    const user = userEvent.setup();
    const fetch = signedInFetch({
      '/api/organisation': () => Response.json(organisation),
      '/api/organisation/number-preview': (_init, url) => {
        const pattern = url?.searchParams.get('pattern') ?? '';
        const series = url?.searchParams.get('series');
        if (!pattern.includes('{seq')) return error('NUMBER_PATTERN_SEQUENCE_MISSING', 'pattern');
        const numbers = [1, 2, 3].map((n) => pattern.replace('{YYYY}', '2026').replace(/\{seq(?::(\d+))?\}/, (_m, w: string | undefined) => String(n).padStart(Number(w ?? 1), '0')));
        return Response.json({ series, pattern, restartsYearly: pattern.includes('{YYYY}'), nextSequence: 1, numbers });
      },
    });
    await renderApp({ path: '/settings/numbering', fetch });
    await waitFor(() => expect(screen.getByTestId('preview-invoice').textContent).toContain('Prochains numéros : 2026-0001, 2026-0002, 2026-0003.'));
    const field = screen.getByLabelText('Factures');
    await user.clear(field);
    await user.type(field, 'F-{{seq:5}');
    await waitFor(() => expect(screen.getByTestId('preview-invoice').textContent).toContain('F-00001'));
    expect(screen.getByTestId('preview-invoice').textContent).toContain('Le compteur ne repart jamais à 1.');
    await user.clear(field);
    await user.type(field, 'FACT');
    expect(await screen.findByText('Le modèle doit contenir le compteur {seq} ou {seq:N}.')).toBeDefined();
  });
});

describe('bank accounts settings', () => {
  it('adds an account whose IBAN is checked as typed', async () => {
    const user = userEvent.setup();
    let created: unknown;
    const fetch = signedInFetch({
      '/api/bank-accounts': (init) => {
        if (init?.method === 'POST') {
          created = JSON.parse(String(init.body));
          return Response.json({ id: 'b1', label: 'UBS', iban: 'CH4431999123000889012', ibanFormatted: 'CH44 3199 9123 0008 8901 2', isQrIban: true, isDefault: true, qrrPrefix: null }, { status: 201 });
        }
        return Response.json({ items: created ? [{ id: 'b1', label: 'UBS', iban: 'CH4431999123000889012', ibanFormatted: 'CH44 3199 9123 0008 8901 2', isQrIban: true, isDefault: true, qrrPrefix: null }] : [], nextCursor: null });
      },
    });
    await renderApp({ path: '/settings/bank-accounts', fetch, language: 'it' });
    await user.click(await screen.findByRole('button', { name: 'Aggiungi un conto bancario' }));
    await user.type(screen.getByLabelText('Nome del conto'), 'UBS');
    const iban = screen.getByLabelText('IBAN o QR-IBAN');
    await user.type(iban, 'DE89 3704');
    expect(await screen.findByText('Una QR-fattura richiede un IBAN svizzero o del Liechtenstein (CH o LI, 21 caratteri).')).toBeDefined();
    await user.clear(iban);
    await user.type(iban, 'ch44 3199 9123 0008 8901 2');
    expect(await screen.findByText(/QR-IBAN valido \(CH44 3199 9123 0008 8901 2\)/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(created).toEqual({ label: 'UBS', iban: 'CH4431999123000889012', isDefault: true }));
    expect(await screen.findByText('CH44 3199 9123 0008 8901 2')).toBeDefined();
  });

  it('shows the accounts read-only to an accountant', async () => {
    const accountant = { ...TEST_ME, role: 'accountant', organisations: [{ ...TEST_ME.organisations[0], role: 'accountant' }] };
    const fetch = signedInFetch({
      '/api/me': () => Response.json(accountant),
      '/api/bank-accounts': () => Response.json({ items: [], nextCursor: null }),
    });
    await renderApp({ path: '/settings/bank-accounts', fetch, language: 'en' });
    expect(await screen.findByText('Only the owner and administrators can change these settings.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Add a bank account' })).toBeNull();
  });
});

describe('organisation settings', () => {
  it('saves the profile and shows the new name in the header', async () => {
    const user = userEvent.setup();
    let patch: Record<string, unknown> | undefined;
    const fetch = signedInFetch({
      '/api/organisation': (init) => {
        if (init?.method === 'PATCH') {
          patch = JSON.parse(String(init.body)) as Record<string, unknown>;
          return Response.json({ ...organisation, ...patch, updatedAt: '2026-02-01T00:00:00Z' });
        }
        return Response.json(organisation);
      },
    });
    await renderApp({ path: '/settings/organisation', fetch });
    const name = await screen.findByLabelText('Raison sociale');
    await user.clear(name);
    await user.type(name, 'Muster & Co GmbH');
    await user.click(screen.getAllByRole('button', { name: 'Enregistrer' })[0] as HTMLElement);
    expect(await screen.findByText('Modifications enregistrées.')).toBeDefined();
    expect(patch).toMatchObject({ name: 'Muster & Co GmbH', postalCode: '8001', town: 'Zürich', email: null });
    expect(screen.getByTestId('organisation-name').textContent).toBe('Muster & Co GmbH');
  });
});

describe('members settings', () => {
  it('heads the list of everyone with "Nom" and sets the "vous" badge apart from the name', async () => {
    const member = (userId: string, name: string, isYou: boolean) => ({ userId, name, email: `${userId}@example.ch`, role: 'owner', joinedAt: '2026-01-01T00:00:00Z', isYou });
    const fetch = signedInFetch({
      '/api/members': () => Response.json({ items: [member('u1', 'Jean Müller', true), member('u2', 'Anna Muster', false)], nextCursor: null }),
      '/api/invitations': () => Response.json({ items: [], nextCursor: null }),
    });
    await renderApp({ path: '/settings/members', fetch });
    const you = await screen.findByRole('rowheader', { name: /Jean Müller/ });
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Nom', 'Adresse e-mail', 'Rôle', 'Actions']);
    expect(you.textContent).toBe('Jean Müller vous');
  });
});
