// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { base, invoiceApi, issued } from './invoice-test-api';

afterEach(() => cleanup());

const api = (overrides = {}) => invoiceApi(issued, overrides);

describe('issued invoice', () => {
  it('shows the record with its reference, TVA summary and the PDF to download', async () => {
    await renderApp({ path: '/invoices/i1', fetch: api() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Facture 2026-0001' })).toBeDefined();
    expect(screen.getByText('Ouverte')).toBeDefined();
    expect(screen.getByText('RF18 5390 0754 7034')).toBeDefined();
    const link = screen.getByRole('link', { name: 'Télécharger le PDF' });
    expect([link.getAttribute('href'), link.getAttribute('download')]).toEqual(['/api/invoices/i1/pdf', '2026-0001.pdf']);
  });

  it('records a payment larger than due and says what to do with the difference', async () => {
    const user = userEvent.setup();
    let sent: unknown;
    let paid = false;
    const fetch = api({
      '/api/invoices/i1': () => Response.json(paid ? { ...issued, status: 'paid', amountPaid: 110000, amountDue: 0, updatedAt: '2026-03-05T10:00:00Z' } : issued),
      '/api/invoices/i1/payments': (init?: RequestInit) => {
        if (init?.method === 'POST') {
          sent = JSON.parse(String(init.body));
          paid = true;
          return Response.json({ payment: {}, invoice: { id: 'i1', status: 'paid', amountPaid: 110000, amountDue: 0 }, overpaid: true, overpaidBy: 1900 }, { status: 201 });
        }
        return Response.json({ items: paid ? [{ id: 'p1', invoiceId: 'i1', amount: 110000, currency: 'CHF', paidOn: '2026-03-05', source: 'manual', bankReference: null, note: null, createdAt: '' }] : [], nextCursor: null });
      },
    });
    await renderApp({ path: '/invoices/i1', fetch });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer un paiement' }));
    const dialog = screen.getByRole('dialog', { name: 'Enregistrer un paiement' });
    const amount = within(dialog).getByLabelText('Montant reçu (CHF)') as HTMLInputElement;
    expect(amount.value).toBe('1081.00');
    await user.clear(amount);
    await user.type(amount, "1'100.-");
    await user.clear(within(dialog).getByLabelText('Date de valeur'));
    await user.type(within(dialog).getByLabelText('Date de valeur'), '2026-03-05');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Paiement enregistré ; 19.00\sCHF de trop ont été payés/)).toBeDefined();
    expect(sent).toEqual({ amount: 110000, paidOn: '2026-03-05', note: null });
    await waitFor(() => expect(screen.getByText('Payée')).toBeDefined());
  });

  it('issues a credit note for the whole invoice and opens it', async () => {
    const user = userEvent.setup();
    let body: unknown;
    const credit = { ...base, id: 'cn1', kind: 'credit_note', status: 'issued', number: 'NC-2026-0001', creditedInvoiceId: 'i1', reference: null, totalPayable: -108100, amountPaid: 0, amountDue: 0 };
    const fetch = api({
      '/api/invoices/i1/credit-note': (init?: RequestInit) => {
        body = JSON.parse(String(init?.body));
        return Response.json(credit, { status: 201 });
      },
      '/api/invoices/cn1': () => Response.json(credit),
      '/api/invoices/cn1/pdf': () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }),
    });
    const { router } = await renderApp({ path: '/invoices/i1', fetch });
    await user.click(await screen.findByRole('button', { name: 'Note de crédit…' }));
    const dialog = screen.getByRole('dialog', { name: 'Émettre une note de crédit' });
    expect(within(dialog).getByRole('radio', { name: /Toute la facture \(1\s081.00\sCHF\)/ })).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Émettre la note de crédit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Note de crédit NC-2026-0001' })).toBeDefined();
    expect(body).toEqual({});
    expect(router.state.location.pathname).toBe('/invoices/cn1');
    expect(screen.getByRole('link', { name: 'la facture d’origine' }).getAttribute('href')).toBe('/invoices/i1');
  });
});
