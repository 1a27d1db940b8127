// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch } from '../../test/render-app';

afterEach(() => cleanup());

const invoice = (over: Record<string, unknown>) => ({
  id: 'i1',
  kind: 'invoice',
  status: 'issued',
  overdue: false,
  number: '2026-0001',
  clientId: 'c1',
  clientName: 'Boulangerie Favre',
  creditedInvoiceId: null,
  currency: 'CHF',
  title: null,
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  totalPayable: 123450,
  amountPaid: 0,
  createdAt: '2026-03-02T08:00:00.000Z',
  ...over,
});

const text = (node: Element | null) => node?.textContent?.replace(/\s/g, ' ') ?? '';

describe('invoices list', () => {
  it('shows number, client, dates, amount and status per row, and filters by status through the URL and the API', async () => {
    const user = userEvent.setup();
    const seen: URLSearchParams[] = [];
    const rows = [
      invoice({ id: 'i3', number: null, status: 'draft', issueDate: null, dueDate: null, title: 'Vitrine' }),
      invoice({ id: 'i2', number: '2026-0002', kind: 'credit_note', status: 'issued', totalPayable: 5000, currency: 'EUR' }),
      invoice({ id: 'i1', overdue: true }),
    ];
    const fetch = signedInFetch({
      '/api/invoices': (_init, url) => {
        seen.push(url!.searchParams);
        const status = url!.searchParams.get('status');
        const items = status === 'overdue' ? rows.filter((r) => r.overdue) : rows;
        return Response.json({ items, nextCursor: null });
      },
    });
    const { router } = await renderApp({ path: '/invoices', fetch });
    const table = await screen.findByRole('table', { name: 'Factures' });
    await within(table).findByRole('link', { name: '2026-0001' });
    const [draft, credit, late] = within(table).getAllByRole('row').slice(1);
    expect(within(draft!).getByRole('link').getAttribute('href')).toBe('/invoices/i3');
    expect(text(draft!)).toContain('Vitrine');
    expect(text(draft!)).toContain('Brouillon');
    expect(text(credit!)).toContain('Note de crédit');
    expect(text(credit!)).toContain('50.00 EUR');
    // Nothing to collect: issued, not "open".
    expect(text(credit!)).toContain('Émise');
    expect(text(credit!)).not.toContain('Ouverte');
    expect(text(late!)).toContain('2026-0001');
    expect(text(late!)).toMatch(/1 234\.50/);
    expect(text(late!)).toContain('1 avr. 2026');
    expect(text(late!)).toContain('En retard');

    await user.click(screen.getByRole('button', { name: 'En retard' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(router.state.location.search).toBe('?status=overdue');
    expect(seen.at(-1)?.get('status')).toBe('overdue');
  });

  it('says so when the filters leave nothing', async () => {
    const user = userEvent.setup();
    const fetch = signedInFetch({
      '/api/invoices': (_init, url) => Response.json({ items: url!.searchParams.get('status') ? [] : [invoice({})], nextCursor: null }),
    });
    await renderApp({ path: '/invoices', fetch });
    await screen.findByRole('table', { name: 'Factures' });
    await user.click(screen.getByRole('button', { name: 'Annulées' }));
    expect(await screen.findByText('Aucune facture ne correspond à ces critères.')).toBeDefined();
  });
});

describe('invoices list in German', () => {
  it('writes a credit note as issued, its negative amount spaced like a positive one', async () => {
    const fetch = signedInFetch({
      '/api/invoices': () => Response.json({ items: [invoice({ id: 'i2', number: 'G-2026-0001', kind: 'credit_note', totalPayable: -5000 })], nextCursor: null }),
    });
    await renderApp({ path: '/invoices', fetch, language: 'de' });
    const table = await screen.findByRole('table');
    await within(table).findByRole('link', { name: 'G-2026-0001' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(text(row)).toContain('CHF -50.00');
    expect(text(row)).toContain('Ausgestellt');
    expect(text(row)).not.toContain('Offen');
  });
});

describe('quotes list', () => {
  it('shows the validity of each quote and its status', async () => {
    const fetch = signedInFetch({
      '/api/quotes': () =>
        Response.json({
          items: [{ ...invoice({ id: 'q1', number: 'O-2026-0007', status: 'sent' }), kind: undefined, overdue: undefined, dueDate: undefined, validUntil: '2026-05-31' }],
          nextCursor: null,
        }),
    });
    await renderApp({ path: '/quotes', fetch, language: 'de' });
    const table = await screen.findByRole('table');
    await within(table).findByRole('link', { name: 'O-2026-0007' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'O-2026-0007' }).getAttribute('href')).toBe('/quotes/q1');
    expect(text(row)).toContain('31.05.2026');
    expect(text(row)).toContain("CHF 1'234.50");
    expect(text(row)).toContain('Versandt');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Gültig bis');
  });
});
