// The fake API of the issued-invoice page for its component tests: an issued invoice "i1" of
// Muster GmbH, its PDF, no payments and no reminders; tests override what they exercise.
import { signedInFetch } from '../../test/render-app';
import type { Handlers } from '../../test/render-app';

const organisation = { id: 'o1', name: 'Muster GmbH', postalCode: '8001', town: 'Zürich', country: 'CH', vatRegistered: true, uid: 'CHE-100.155.212', currency: 'CHF', updatedAt: '2026-01-01T00:00:00Z' };
export const base = {
  kind: 'invoice',
  overdue: false,
  clientId: 'c1',
  clientName: 'Müller AG',
  creditedInvoiceId: null,
  currency: 'CHF',
  priceMode: 'net',
  referenceType: 'SCOR',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
  lines: [{ id: 'l1', position: 1, productId: null, description: 'Conseil', quantity: '1', unit: 'h', unitPrice: 100000, discountBp: 0, tvaCategory: 'normal', tvaRateBp: 810, supplyDate: null, amount: 100000 }],
  discountBp: 0,
  subtotal: 100000,
  discount: 0,
  totalNet: 100000,
  totalTva: 8100,
  totalGross: 108100,
  roundingAdjustment: 0,
  totalPayable: 108100,
  amountCredited: 0,
  tvaSummary: [{ category: 'normal', rateBp: 810, validFrom: '2024-01-01', base: 100000, tax: 8100 }],
  pdfSha256: 'abc',
  updatedAt: '2026-03-02T10:00:00Z',
};
export const issued = { ...base, id: 'i1', status: 'issued', number: '2026-0001', reference: 'RF18539007547034', amountPaid: 0, amountDue: 108100, reminderFees: 0 };

/** The API answering for invoice "i1" with `invoice`; `overrides` replace or add routes. */
export function invoiceApi(invoice: Record<string, unknown> = issued, overrides: Handlers = {}) {
  return signedInFetch({
    '/api/organisation': () => Response.json(organisation),
    '/api/bank-accounts': () => Response.json({ items: [], nextCursor: null }),
    '/api/invoices/i1': () => Response.json(invoice),
    '/api/invoices/i1/pdf': () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }),
    '/api/invoices/i1/payments': () => Response.json({ items: [], nextCursor: null }),
    '/api/invoices/i1/reminders': () => Response.json({ items: [] }),
    ...overrides,
  });
}
