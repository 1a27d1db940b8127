// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch } from '../../test/render-app';

afterEach(() => cleanup());

const anna = { id: 'u1', name: 'Anna Muster', email: 'anna@example.ch' };

const event = (id: string, action: string, createdAt: string, rest: Record<string, unknown> = {}) => ({
  id,
  action,
  actor: anna,
  actorUserId: anna.id,
  targetType: null,
  targetId: null,
  data: null,
  ip: '192.0.2.10',
  userAgent: 'Firefox',
  createdAt,
  ...rest,
});

const FIRST_PAGE = [
  event('e1', 'invoice.issued', '2026-03-17T09:30:00Z', {
    targetType: 'invoice',
    targetId: 'i42',
    data: { number: '2026-0042', totalPayable: '137400', currency: 'CHF', reference: null },
  }),
  event('e2', 'member.role_changed', '2026-03-16T15:05:00Z', { targetType: 'user', targetId: 'u2', data: { from: 'member', to: 'accountant' } }),
  event('e3', 'api_token.created', '2026-03-16T08:00:00Z', { data: { name: 'Export ERP', role: 'accountant', tokenPrefix: 'sfq_Ab12Cd' } }),
  event('e4', 'invoice.payment_recorded', '2026-03-15T10:00:00Z', {
    actor: null,
    actorUserId: null,
    ip: null,
    targetType: 'invoice',
    targetId: 'i41',
    // The payment's currency, as record-payment writes it.
    data: { number: '2026-0041', amount: '50000', currency: 'EUR', apiTokenId: 't1' },
  }),
];

const SECOND_PAGE = [event('e5', 'bank_account.created', '2026-03-01T07:00:00Z', { data: { iban: 'CH4431999123000889012', isDefault: true } })];

function auditFetch(requests: URL[]) {
  return signedInFetch({
    '/api/members': () =>
      Response.json({
        items: [
          { userId: 'u1', email: 'anna@example.ch', name: 'Anna Muster', role: 'owner', joinedAt: '2026-01-01T00:00:00Z', isYou: true },
          { userId: 'u2', email: 'marc@example.ch', name: 'Marc Rochat', role: 'accountant', joinedAt: '2026-02-01T00:00:00Z', isYou: false },
        ],
        nextCursor: null,
      }),
    '/api/api-tokens': (_init, url) =>
      Response.json({ items: url?.searchParams.get('includeRevoked') === 'true' ? [{ id: 't1', name: 'Boutique', role: 'member', tokenPrefix: 'sfq_Zz99Yy', createdById: 'u1', lastUsedAt: null, expiresAt: null, revokedAt: '2026-03-16T00:00:00Z', createdAt: '2026-03-01T00:00:00Z' }] : [], nextCursor: null }),
    '/api/audit-events': (_init, url) => {
      if (url) requests.push(url);
      const from = url?.searchParams.get('from');
      const to = url?.searchParams.get('to');
      if (from && to && to < from) return Response.json({ error: { code: 'DATE_RANGE_INVALID', message: 'english', field: 'to', requestId: 'r' } }, { status: 400 });
      const cursor = url?.searchParams.get('cursor');
      const action = url?.searchParams.get('action');
      if (action === 'member.*') return Response.json({ items: FIRST_PAGE.filter((e) => e.action.startsWith('member.')), nextCursor: null });
      return Response.json(cursor === 'page-2' ? { items: SECOND_PAGE, nextCursor: null } : { items: FIRST_PAGE, nextCursor: 'page-2' });
    },
  });
}

const rowOf = async (text: string | RegExp) => (await screen.findByText(text)).closest('tr') as HTMLElement;

describe('audit log', () => {
  it('tells each event in French words with the Swiss date and time, then loads the next page', async () => {
    const user = userEvent.setup();
    const requests: URL[] = [];
    await renderApp({ path: '/settings/audit-log', fetch: auditFetch(requests) });

    const issued = await rowOf('Anna Muster a émis la facture 2026-0042 (1 374.00 CHF)');
    expect(within(issued).getByText('17 mars 2026, 10:30')).toBeDefined();
    expect(within(issued).getByText('192.0.2.10')).toBeDefined();
    expect(within(issued).getByRole('link').getAttribute('href')).toBe('/invoices/i42');
    expect(await screen.findByText('Anna Muster a fait passer Marc Rochat de « membre » à « comptable »')).toBeDefined();
    expect(screen.getByText('Anna Muster a créé le jeton d’API « Export ERP » (comptable)')).toBeDefined();
    const payment = await rowOf(/^L’intégration « Boutique » a enregistré un paiement de 500.00\sEUR pour la facture 2026-0041$/);
    expect(within(payment).getByText('—')).toBeDefined();
    expect(screen.getAllByRole('row')).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText('Anna Muster a ajouté le compte bancaire CH44 3199 9123 0008 8901 2')).toBeDefined();
    expect(screen.getAllByRole('row')).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    expect(requests.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'page-2']);
  });

  it('speaks Swiss German, and filters by a family of actions and a period', async () => {
    const user = userEvent.setup();
    const requests: URL[] = [];
    await renderApp({ path: '/settings/audit-log', fetch: auditFetch(requests), language: 'de' });

    const issued = await rowOf("Anna Muster hat die Rechnung 2026-0042 ausgestellt (CHF 1'374.00)");
    expect(within(issued).getByText('17.03.2026, 10:30')).toBeDefined();
    expect(await screen.findByText('Anna Muster hat die Rolle von Marc Rochat von «Mitglied» auf «Buchhalter» geändert')).toBeDefined();
    expect(await screen.findByText(/^Die Integration «Boutique» hat eine Zahlung von EUR\s500.00 für die Rechnung 2026-0041 erfasst$/)).toBeDefined();

    await user.selectOptions(screen.getByLabelText('Art des Ereignisses'), 'Mitglieder');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(screen.queryByText(/Rechnung 2026-0042/)).toBeNull();
    expect(requests.at(-1)?.searchParams.get('action')).toBe('member.*');

    await user.type(screen.getByLabelText('Von'), '2026-03-10');
    await user.type(screen.getByLabelText('Bis'), '2026-03-01');
    expect((await screen.findByRole('alert')).textContent).toBe('Das Ende des Zeitraums liegt vor seinem Beginn.');
    expect(requests.at(-1)?.searchParams.get('from')).toBe('2026-03-10');
  });
});
