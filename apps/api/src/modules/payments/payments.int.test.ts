import { recordPayment, swissToday } from '@simplifaq/invoicing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createDraft, createTenant } from '../invoices/invoicing-fixtures';
import type { Tenant } from '../invoices/invoicing-fixtures';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t);
});
afterAll(() => t?.close());

async function issuedInvoice() {
  const draft = await createDraft(tenant, { lines: [{ description: 'Site web', quantity: '1', unitPrice: 100000 }] });
  return (await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json() as { id: string; totalPayable: number };
}

describe('payments', () => {
  it('records partial, full and over-payments; the over-payment is flagged in the answer and the audit event', async () => {
    const inv = await issuedInvoice();
    expect(inv.totalPayable).toBe(108100);
    const first = await tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 50000, paidOn: '2026-02-01', note: 'Acompte' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      payment: { amount: 50000, currency: 'CHF', paidOn: '2026-02-01', note: 'Acompte', source: 'manual' },
      invoice: { status: 'partially_paid', amountPaid: 50000, amountDue: 58100 },
      overpaid: false,
      overpaidBy: 0,
    });
    const second = (await tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 60000 })).json();
    expect(second).toMatchObject({ invoice: { status: 'paid', amountPaid: 110000, amountDue: 0 }, overpaid: true, overpaidBy: 1900 });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: inv.id, action: 'invoice.payment_recorded', data: { path: ['overpaid'], equals: true } } });
    expect(audit.data).toMatchObject({ amount: '60000', currency: 'CHF', overpaidBy: '1900', status: 'paid' });
    const list = (await tenant.agent.get(`/api/invoices/${inv.id}/payments?limit=1`)).json();
    expect(list.items.map((p: { amount: number }) => p.amount)).toEqual([50000]);
    const next = (await tenant.agent.get(`/api/invoices/${inv.id}/payments?limit=1&cursor=${list.nextCursor}`)).json();
    expect(next).toMatchObject({ items: [{ amount: 60000 }], nextCursor: null });
    expect((await tenant.agent.get(`/api/invoices/${inv.id}`)).json()).toMatchObject({ status: 'paid', amountPaid: 110000, amountDue: 0, overdue: false });
  });

  it('refuses payments on drafts and invalid amounts', async () => {
    const draft = await createDraft(tenant);
    const res = await tenant.agent.post(`/api/invoices/${draft.id}/payments`, { amount: 100 });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVOICE_NOT_ISSUED']);
    const inv = await issuedInvoice();
    for (const body of [{ amount: 0 }, { amount: -5 }, { amount: 1.5 }, { amount: 100, paidOn: '2026-13-01' }, { amount: 100, status: 'paid' }]) {
      const r = await tenant.agent.post(`/api/invoices/${inv.id}/payments`, body);
      expect([r.statusCode, r.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await tenant.agent.get(`/api/invoices/${inv.id}/payments`)).json().items).toEqual([]);
  });

  it('refuses a value date after today (400 PAYMENT_DATE_IN_FUTURE) and takes one before the invoice (a deposit)', async () => {
    const inv = await issuedInvoice();
    const today = swissToday();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const paidOn of [tomorrow, `${Number(today.slice(0, 4)) + 1}-05-01`]) {
      const res = await tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 1000, paidOn });
      expect([res.statusCode, res.json().error.code, res.json().error.field], paidOn).toEqual([400, 'PAYMENT_DATE_IN_FUTURE', 'paidOn']);
      expect(res.json().error.details).toEqual({ today });
    }
    expect((await tenant.agent.get(`/api/invoices/${inv.id}`)).json()).toMatchObject({ status: 'issued', amountPaid: 0 });
    expect((await tenant.agent.get(`/api/invoices/${inv.id}/payments`)).json().items).toEqual([]);
    // Today, and a deposit paid before the invoice was issued, are both value dates of money received.
    for (const paidOn of [today, '2020-01-15']) {
      const res = await tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 1000, paidOn });
      expect([res.statusCode, res.json().payment.paidOn]).toEqual([201, paidOn]);
    }
    expect((await tenant.agent.get(`/api/invoices/${inv.id}`)).json()).toMatchObject({ status: 'partially_paid', amountPaid: 2000 });
  });

  it('takes "today" for the value date in Switzerland at the injected time', async () => {
    const inv = await issuedInvoice();
    const actor = { organisationId: tenant.organisationId, userId: tenant.userId };
    // 22:30 UTC on 1 March is 23:30 in Zurich: 2 March is tomorrow; at 23:30 UTC it is today.
    const refused = await recordPayment(t.db.prisma, actor, inv.id, { amount: 500n, paidOn: '2026-03-02' }, { now: new Date('2026-03-01T22:30:00Z') }).catch((err: unknown) => err);
    expect(refused).toMatchObject({ code: 'PAYMENT_DATE_IN_FUTURE', field: 'paidOn', params: { today: '2026-03-01' } });
    const paid = await recordPayment(t.db.prisma, actor, inv.id, { amount: 500n, paidOn: '2026-03-02' }, { now: new Date('2026-03-01T23:30:00Z') });
    expect(paid.payment.paidOn.toISOString().slice(0, 10)).toBe('2026-03-02');
    // Without a date the payment is dated today at that time.
    const byDefault = await recordPayment(t.db.prisma, actor, inv.id, { amount: 500n }, { now: new Date('2026-03-01T23:30:00Z') });
    expect(byDefault.payment.paidOn.toISOString().slice(0, 10)).toBe('2026-03-02');
  });

  it('keeps the invoice consistent under concurrent payments', async () => {
    const inv = await issuedInvoice();
    await Promise.all(Array.from({ length: 10 }, () => tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 10810 })));
    expect((await tenant.agent.get(`/api/invoices/${inv.id}`)).json()).toMatchObject({ status: 'paid', amountPaid: 108100, amountDue: 0 });
  });
});
