// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { base, invoiceApi, issued } from './invoice-test-api';

afterEach(() => cleanup());

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim();

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
    // Above the balance: nothing is sent before the user confirms the amount once more.
    expect((await within(dialog).findByText(/Ce montant dépasse de 19.00\sCHF le solde dû \(1\s081.00\sCHF\)/)).textContent).toContain('payée en trop');
    expect(sent).toBeUndefined();
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
    // A credit note has no QR-bill, is nothing to collect, and credits its amount.
    expect(screen.getByText('La note de crédit NC-2026-0001 est émise : son PDF est archivé.')).toBeDefined();
    expect(screen.queryByText(/PDF avec QR-facture/)).toBeNull();
    expect(screen.getByText('Émise')).toBeDefined();
    expect(screen.queryByText('Ouverte')).toBeNull();
    expect(screen.queryByText('Total à payer')).toBeNull();
    expect(screen.getAllByText('Montant crédité')).toHaveLength(2);
  });

  it('makes one copy however fast "Dupliquer" is clicked, the button off while it runs', async () => {
    const user = userEvent.setup();
    let posts = 0;
    let answer: () => void = () => undefined;
    const draft = { ...base, id: 'd1', status: 'draft', number: null, issueDate: null, dueDate: null, reference: null, pdfSha256: null, amountPaid: 0, amountDue: 108100, reminderFees: 0, liveError: null };
    const fetch = api({
      '/api/invoices/i1/duplicate': async () => {
        posts += 1;
        await new Promise<void>((resolve) => (answer = resolve));
        return Response.json(draft, { status: 201 });
      },
      '/api/invoices/d1': () => Response.json(draft),
    });
    const { router } = await renderApp({ path: '/invoices/i1', fetch });
    const button = (await screen.findByRole('button', { name: 'Dupliquer' })) as HTMLButtonElement;
    await user.dblClick(button);
    await user.click(button);
    expect(posts).toBe(1);
    expect(button.disabled).toBe(true);
    answer();
    await waitFor(() => expect(router.state.location.pathname).toBe('/invoices/d1'));
    expect(posts).toBe(1);
  });

  it('shows the line and invoice discounts and the rounding, so the totals add up as on the PDF', async () => {
    // 2 × 130.00 (2.6 %) + 359.46 − 10 % (8.1 %), prices TTC, 5 % off the total: what calculateInvoice gives.
    const discounted = {
      ...issued,
      priceMode: 'gross',
      discountBp: 500,
      lines: [
        { id: 'l1', position: 1, productId: null, description: 'Pain', quantity: '2', unit: null, unitPrice: 13000, discountBp: 0, tvaCategory: 'reduced', tvaRateBp: 260, supplyDate: null, amount: 26000 },
        { id: 'l2', position: 2, productId: null, description: 'Conseil', quantity: '1', unit: 'h', unitPrice: 35946, discountBp: 1000, tvaCategory: 'normal', tvaRateBp: 810, supplyDate: null, amount: 32351 },
      ],
      subtotal: 58351,
      discount: 2918,
      totalNet: 52504,
      totalTva: 2929,
      totalGross: 55433,
      roundingAdjustment: 2,
      totalPayable: 55435,
      amountDue: 55435,
      tvaSummary: [
        { category: 'normal', rateBp: 810, validFrom: '2024-01-01', base: 28430, tax: 2303 },
        { category: 'reduced', rateBp: 260, validFrom: '2024-01-01', base: 24074, tax: 626 },
      ],
    };
    await renderApp({ path: '/invoices/i1', fetch: invoiceApi(discounted) });
    const lines = await screen.findByRole('region', { name: 'Lignes' });
    const rows = within(lines).getAllByRole('row').map((row) => Array.from(row.children, text).join(' | '));
    expect(rows).toEqual(['Désignation | Quantité | Prix unitaire (CHF) | Rabais % | TVA | Montant', 'Pain | 2 | 130.00 |  | 2,6 % | 260.00', 'Conseil | 1 h | 359.46 | 10 % | 8,1 % | 323.51']);
    const totals = within(lines).getAllByRole('definition').map((dd) => `${text(dd.previousElementSibling!)}: ${text(dd)}`);
    expect(totals).toEqual([
      'Sous-total TVA comprise: 583.51 CHF',
      'Rabais 5 %: -29.18 CHF',
      'Total hors TVA: 525.04 CHF',
      'TVA Normal 8,1 % sur 284.30 CHF: 23.03 CHF',
      'TVA Réduit 2,6 % sur 240.74 CHF: 6.26 CHF',
      'Total TVA: 29.29 CHF',
      'Arrondi: 0.02 CHF',
      'Total à payer: 554.35 CHF',
    ]);
  });
});
