// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_DASHBOARD, renderApp, signedInFetch } from '../../test/render-app';

afterEach(() => cleanup());

/** Text with no-break spaces made plain (amounts use them between currency and digits). */
const text = (element: HTMLElement) => element.textContent?.replace(/\s/g, ' ');

const busy = {
  ...EMPTY_DASHBOARD,
  month: { open: 500000, overdue: 21620, paid: 137400, invoiced: 658020 },
  year: { open: 1250050, overdue: 21620, paid: 9876545, invoiced: 11148215 },
  revenue: EMPTY_DASHBOARD.revenue.map((row, i) => ({ ...row, invoiced: i * 10000, paid: i * 5000 })),
  followUp: [{ id: 'i9', number: '2026-0007', clientId: 'c1', clientName: 'Müller AG', dueDate: '2026-03-07', amountDue: 21620, daysOverdue: 10 }],
  // As GET /api/dashboard answers: the audit events with their data.
  activity: [
    {
      id: 'e4',
      action: 'api_token.revoked',
      targetType: 'api_token',
      targetId: 't1',
      number: null,
      amount: null,
      actorUserId: 'u1',
      actorName: 'Anna Muster',
      data: { name: 'Bexio', tokenPrefix: 'sfq_ab12' },
      createdAt: '2026-03-17T10:00:00Z',
    },
    {
      id: 'e3',
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: 'v1',
      number: null,
      amount: null,
      actorUserId: 'u1',
      actorName: 'Anna Muster',
      data: { email: 'jean@example.ch', role: 'accountant', replaced: false },
      createdAt: '2026-03-17T09:45:00Z',
    },
    {
      id: 'e2',
      action: 'invoice.payment_recorded',
      targetType: 'invoice',
      targetId: 'i1',
      number: '2026-0001',
      amount: 137400,
      actorUserId: 'u1',
      actorName: 'Anna Muster',
      data: { paymentId: 'p1', number: '2026-0001', amount: '137400', currency: 'CHF', amountPaid: '137400', status: 'paid' },
      createdAt: '2026-03-17T09:30:00Z',
    },
    {
      id: 'e1',
      action: 'quote.converted',
      targetType: 'quote',
      targetId: 'q1',
      number: 'OF-2026-0002',
      amount: null,
      actorUserId: null,
      actorName: null,
      data: { number: 'OF-2026-0002', invoiceId: 'i2' },
      createdAt: '2026-03-16T16:00:00Z',
    },
  ],
  setup: { addressComplete: true, bankAccounts: 1, clients: 3, invoices: 8 },
};

describe('dashboard', () => {
  it('shows open, overdue and received amounts for the month and the year, in the locale', async () => {
    await renderApp({ path: '/', fetch: signedInFetch({ '/api/dashboard': () => Response.json(busy) }), language: 'de' });
    expect(text(await screen.findByTestId('kpi-open-month'))).toBe("Diesen MonatCHF 5'000.00");
    expect(text(screen.getByTestId('kpi-paid-year'))).toBe("Dieses JahrCHF 98'765.45");
    expect(text(screen.getByTestId('kpi-overdue-month'))).toBe('Diesen MonatCHF 216.20');
    // Setup done: no getting-started list.
    expect(screen.queryByRole('heading', { name: 'Erste Schritte' })).toBeNull();
  });

  it('lists the invoices to follow up and the recent activity with links', async () => {
    await renderApp({ path: '/', fetch: signedInFetch({ '/api/dashboard': () => Response.json(busy) }) });
    const followUp = await screen.findByRole('region', { name: 'Factures à relancer' });
    expect(within(followUp).getByRole('link', { name: '2026-0007' }).getAttribute('href')).toBe('/invoices/i9');
    expect(followUp.textContent).toContain('échue le 7 mars 2026, en retard de 10 jours');
    const activity = screen.getByRole('region', { name: 'Activité récente' });
    const links = within(activity).getAllByRole('link');
    expect(links.map((link) => [link.textContent?.replace(/\s/g, ' '), link.getAttribute('href')])).toEqual([
      ['Anna Muster a enregistré un paiement de 1 374.00 CHF pour la facture 2026-0001', '/invoices/i1'],
      ['SimpliFaq a converti l’offre OF-2026-0002 en facture', '/quotes/q1'],
    ]);
    // The chart's figures are in a table for screen readers.
    expect(screen.getByRole('table', { name: 'Facturé et encaissé, 12 derniers mois' })).toBeDefined();
  });

  it('writes every event in words, as the audit log does, never as its code', async () => {
    await renderApp({ path: '/', fetch: signedInFetch({ '/api/dashboard': () => Response.json(busy) }), language: 'de' });
    const activity = await screen.findByRole('region', { name: 'Letzte Aktivitäten' });
    const sentences = within(activity)
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent?.replace(/\s/g, ' '));
    expect(sentences).toEqual([
      'Anna Muster hat das API-Token «Bexio» widerrufen',
      'Anna Muster hat jean@example.ch als Buchhalter eingeladen',
      "Anna Muster hat eine Zahlung von CHF 1'374.00 für die Rechnung 2026-0001 erfasst",
      'SimpliFaq hat die Offerte OF-2026-0002 in eine Rechnung umgewandelt',
    ]);
    expect(activity.textContent).not.toMatch(/api_token|invitation\.|Aktivität:/);
  });

  it('walks a new business through its first steps, ticking what is done', async () => {
    const setup = { ...EMPTY_DASHBOARD, setup: { addressComplete: true, bankAccounts: 0, clients: 0, invoices: 0 } };
    await renderApp({ path: '/', fetch: signedInFetch({ '/api/dashboard': () => Response.json(setup) }), language: 'en' });
    const steps = await screen.findByRole('region', { name: 'Getting started' });
    expect(within(steps).getAllByRole('listitem').map((item) => item.hasAttribute('data-done'))).toEqual([true, false, false, false]);
  });
});
