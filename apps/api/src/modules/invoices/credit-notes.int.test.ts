import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createDraft, createTenant } from './invoicing-fixtures';
import type { Tenant } from './invoicing-fixtures';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t);
});
afterAll(() => t?.close());

const LINES = [
  { description: 'Conseil', quantity: '4', unit: 'h', unitPrice: 15000, tvaCategory: 'normal' },
  { description: 'Livre', quantity: '3', unitPrice: 2990, tvaCategory: 'reduced', discountBp: 1000 },
  { description: 'Nuitée', quantity: '2', unitPrice: 12000, tvaCategory: 'accommodation' },
];

async function issued(overrides: Record<string, unknown> = {}) {
  const draft = await createDraft(tenant, { supplyDate: '2025-05-05', discountBp: 300, lines: LINES, ...overrides });
  const res = await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {});
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('credit notes', () => {
  it('credits a whole invoice: the exact negation, in the credit-note series, no payment part, original cancelled', async () => {
    const inv = await issued();
    const res = await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, { title: 'Annulation' });
    expect(res.statusCode).toBe(201);
    const cn = res.json();
    expect(cn).toMatchObject({ kind: 'credit_note', status: 'issued', creditedInvoiceId: inv.id, referenceType: 'NON', reference: null, bankAccount: null, title: 'Annulation' });
    expect(cn.number).toMatch(/^NC-\d{4}-0001$/);
    for (const k of ['totalNet', 'totalTva', 'totalGross', 'roundingAdjustment', 'totalPayable']) expect(cn[k]).toBe(-inv[k]);
    expect(cn.tvaSummary).toEqual(inv.tvaSummary.map((r: { base: number; tax: number }) => ({ ...r, base: -r.base, tax: -r.tax })));
    expect(cn.creditedInvoice).toMatchObject({ id: inv.id, status: 'cancelled' });
    expect(cn.debtor).toEqual(inv.debtor);
    const original = (await tenant.agent.get(`/api/invoices/${inv.id}`)).json();
    expect(original).toMatchObject({ status: 'cancelled', amountCredited: -inv.totalPayable, amountDue: 0 });
    expect(original.cancelledAt).not.toBeNull();
    expect((await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, {})).json().error.code).toBe('INVOICE_CANCELLED');
    expect((await tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 100 })).json().error.code).toBe('INVOICE_CANCELLED');
    const audit = await t.db.prisma.auditEvent.findMany({ where: { targetId: inv.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['invoice.issued', 'invoice.credit_note_issued', 'invoice.cancelled']);
  });

  it('credits chosen lines, or part of a line, at the original rates; the invoice stays open for the rest', async () => {
    const inv = await issued();
    const [conseil, livre] = inv.lines;
    const res = await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, { lines: [{ lineId: conseil.id, quantity: '1' }, { lineId: livre.id }] });
    expect(res.statusCode).toBe(201);
    const cn = res.json();
    expect(cn.lines).toMatchObject([
      { description: 'Conseil', quantity: '-1', unitPrice: 15000, tvaRateBp: 810 },
      { description: 'Livre', quantity: '-3', discountBp: 1000, tvaRateBp: 260 },
    ]);
    expect(cn.creditedInvoice.status).toBe('issued');
    const original = (await tenant.agent.get(`/api/invoices/${inv.id}`)).json();
    expect(original).toMatchObject({ status: 'issued', amountCredited: cn.totalPayable, amountDue: inv.totalPayable + cn.totalPayable });
    // Paying what remains settles it.
    const paid = await tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: original.amountDue });
    expect(paid.json()).toMatchObject({ invoice: { status: 'paid', amountDue: 0 }, overpaid: false });
  });

  it('credits an amount spread over the TVA rates, and cancels once all that is open is credited', async () => {
    const inv = await issued();
    const first = (await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, { amount: 10000 })).json();
    expect(first.totalPayable).toBe(-10000);
    expect(first.priceMode).toBe('gross');
    expect(first.lines.map((l: { tvaRateBp: number }) => l.tvaRateBp)).toEqual([810, 260, 380]);
    expect(first.lines.reduce((s: number, l: { amount: number }) => s + l.amount, 0)).toBe(-10000);
    expect(first.creditedInvoice.status).toBe('issued');
    const tooMuch = await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, { amount: inv.totalPayable });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error).toMatchObject({ code: 'CREDIT_EXCEEDS_INVOICE', field: 'amount' });
    // "Everything" after a partial credit is what remains.
    const rest = (await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, {})).json();
    expect(rest.totalPayable).toBe(-(inv.totalPayable - 10000));
    expect(rest.sequence).toBe(first.sequence + 1); // the refused one took no number
    expect(rest.creditedInvoice.status).toBe('cancelled');
  });

  it('refuses credit notes on drafts, on credit notes, for unknown lines and for too much of a line', async () => {
    const draft = await createDraft(tenant);
    expect((await tenant.agent.post(`/api/invoices/${draft.id}/credit-note`, {})).json().error.code).toBe('INVOICE_NOT_ISSUED');
    const inv = await issued();
    const line = inv.lines[0];
    const cases: [unknown, string, string | undefined][] = [
      [{ lines: [{ lineId: draft.id }] }, 'CREDIT_LINE_NOT_FOUND', 'lines[0].lineId'],
      [{ lines: [{ lineId: line.id }, { lineId: line.id }] }, 'CREDIT_LINE_NOT_FOUND', 'lines[1].lineId'],
      [{ lines: [{ lineId: line.id, quantity: '5' }] }, 'CREDIT_QUANTITY_INVALID', 'lines[0].quantity'],
      [{ lines: [{ lineId: line.id, quantity: '0' }] }, 'CREDIT_QUANTITY_INVALID', 'lines[0].quantity'],
      [{ amount: 0 }, 'VALIDATION_FAILED', 'amount'],
      [{ amount: 100, lines: [{ lineId: line.id }] }, 'VALIDATION_FAILED', 'amount'],
      [{ status: 'paid' }, 'VALIDATION_FAILED', undefined],
    ];
    for (const [body, code, field] of cases) {
      const res = await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, body);
      expect([res.statusCode, res.json().error.code, res.json().error.field]).toEqual([400, code, field]);
    }
    const cn = (await tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, { amount: 500 })).json();
    expect((await tenant.agent.post(`/api/invoices/${cn.id}/credit-note`, {})).json().error.code).toBe('INVOICE_IS_CREDIT_NOTE');
    expect((await tenant.agent.post(`/api/invoices/${cn.id}/payments`, { amount: 500 })).json().error.code).toBe('INVOICE_IS_CREDIT_NOTE');
    expect((await tenant.agent.post(`/api/invoices/${cn.id}/duplicate`)).json().error.code).toBe('INVOICE_IS_CREDIT_NOTE');
    expect((await tenant.agent.get('/api/invoices?kind=credit_note')).json().items.map((i: { id: string }) => i.id)).toContain(cn.id);
  });
});
