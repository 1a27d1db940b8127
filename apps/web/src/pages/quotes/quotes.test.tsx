// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, signedInFetch } from '../../test/render-app';

afterEach(() => cleanup());

const organisation = { id: 'o1', name: 'Muster GmbH', street: 'Bahnhofstrasse', buildingNumber: '1', postalCode: '8001', town: 'Zürich', country: 'CH', vatRegistered: true, uid: 'CHE-100.155.212', vatNumber: null, currency: 'CHF', updatedAt: '2026-01-01T00:00:00Z' };
const line = { id: 'l1', position: 1, productId: null, description: 'Conseil', quantity: '2', unit: 'h', unitPrice: 15000, discountBp: 0, tvaCategory: 'normal', tvaRateBp: 810, supplyDate: null, amount: 30000 };
const quote = {
  id: 'q1',
  status: 'sent',
  number: 'OF-2026-0003',
  clientId: 'c1',
  clientName: 'Müller AG',
  currency: 'CHF',
  priceMode: 'net',
  language: 'de',
  issueDate: '2026-03-02',
  validUntil: '2026-04-01',
  supplyDate: null,
  title: 'Conseil',
  introText: null,
  footerText: null,
  discountBp: 0,
  lines: [line],
  totalNet: 30000,
  totalTva: 2430,
  totalGross: 32430,
  roundingAdjustment: 0,
  totalPayable: 32430,
  tvaSummary: [],
  convertedInvoiceId: null,
  sentAt: '2026-03-02T10:00:00Z',
  decidedAt: null,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-02T10:00:00Z',
};

describe('quotes', () => {
  it('converts a sent quote into an invoice draft and opens it', async () => {
    const user = userEvent.setup();
    let converted = false;
    const fetch = signedInFetch({
      '/api/organisation': () => Response.json(organisation),
      '/api/bank-accounts': () => Response.json({ items: [], nextCursor: null }),
      '/api/quotes/q1': () => Response.json(quote),
      '/api/quotes/q1/pdf': () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }),
      '/api/quotes/q1/convert': () => {
        converted = true;
        return Response.json({ id: 'i1' }, { status: 201 });
      },
      '/api/invoices/i1': () =>
        Response.json({ id: 'i1', status: 'draft', kind: 'invoice', clientId: 'c1', clientName: 'Müller AG', currency: 'CHF', priceMode: 'net', lines: [line], referenceType: 'SCOR', discountBp: 0, bankAccountId: null, updatedAt: '2026-03-03T10:00:00Z' }),
      '/api/clients/c1': () => Response.json({ id: 'c1', name: 'Müller AG', street: 'Bahnhofstrasse', buildingNumber: '2', postalCode: '8001', town: 'Zürich', country: 'CH' }),
    });
    const { router } = await renderApp({ path: '/quotes/q1', fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'Offre OF-2026-0003' })).toBeDefined();
    expect(screen.getByText('Envoyée')).toBeDefined();
    // A quote asks for nothing to be paid: its total is the quote's.
    expect(screen.getByText('Total de l’offre')).toBeDefined();
    expect(screen.queryByText('Total à payer')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Convertir en facture' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Brouillon de facture' })).toBeDefined();
    expect(converted).toBe(true);
    expect(router.state.location.pathname).toBe('/invoices/i1');
    // The quote's line is on the invoice, with its amount computed in the editor.
    expect((screen.getByRole('combobox', { name: 'Désignation, ligne 1' }) as HTMLInputElement).value).toBe('Conseil');
    await waitFor(() => expect(screen.getByRole('status', { name: 'Montant, ligne 1' }).textContent?.replace(/\s/g, ' ')).toBe('300.00'));
  });
});
