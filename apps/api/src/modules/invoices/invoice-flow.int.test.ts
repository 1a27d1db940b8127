import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createTenant } from './invoicing-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('the whole flow', () => {
  it('signs up, sets up, quotes, converts, issues and gets paid', async () => {
    const tenant = await createTenant(t);
    const a = tenant.agent;

    const quote = await a.post('/api/quotes', { clientId: tenant.clientId, title: 'Refonte', lines: [{ productId: tenant.productId, quantity: '10' }] });
    expect(quote.statusCode).toBe(201);
    expect(quote.json()).toMatchObject({ status: 'draft', number: null, totalNet: 150000, totalTva: 12150, totalPayable: 162150 });
    const q = quote.json().id;

    const sent = await a.post(`/api/quotes/${q}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().status).toBe('sent');
    expect(sent.json().number).toMatch(/^OF-\d{4}-0001$/);
    expect((await a.patch(`/api/quotes/${q}`, { title: 'x' })).json().error.code).toBe('QUOTE_NOT_DRAFT');

    expect((await a.post(`/api/quotes/${q}/accept`)).json().status).toBe('accepted');
    const converted = await a.post(`/api/quotes/${q}/convert`);
    expect(converted.statusCode).toBe(201);
    const draft = converted.json();
    expect(draft).toMatchObject({ status: 'draft', kind: 'invoice', clientId: tenant.clientId, totalPayable: 162150, title: 'Refonte' });
    expect((await a.post(`/api/quotes/${q}/convert`)).json().error.code).toBe('QUOTE_ALREADY_CONVERTED');
    expect((await a.get(`/api/quotes/${q}`)).json()).toMatchObject({ status: 'converted', convertedInvoiceId: draft.id });

    const issued = await a.post(`/api/invoices/${draft.id}/issue`, {});
    expect(issued.statusCode).toBe(200);
    const inv = issued.json();
    expect(inv).toMatchObject({ status: 'issued', sequence: 1, referenceType: 'SCOR', overdue: false, amountDue: 162150 });
    expect(inv.number).toMatch(/^\d{4}-0001$/);
    expect(inv.reference).toMatch(/^RF\d\d/);
    expect(inv.creditor).toMatchObject({ name: 'Atelier Dubois Sàrl', town: 'Genève', vatNumber: 'CHE-100.155.212 TVA' });
    expect(inv.debtor).toMatchObject({ name: 'Acme SA', postalCode: '1003' });
    expect(inv.bankAccount).toMatchObject({ iban: 'CH5800791123000889012', isQrIban: false });

    const part = await a.post(`/api/invoices/${inv.id}/payments`, { amount: 100000, paidOn: '2026-01-15' });
    expect(part.statusCode).toBe(201);
    expect(part.json()).toMatchObject({ invoice: { status: 'partially_paid', amountPaid: 100000, amountDue: 62150 }, overpaid: false });
    const rest = await a.post(`/api/invoices/${inv.id}/payments`, { amount: 62150 });
    expect(rest.json()).toMatchObject({ invoice: { status: 'paid', amountPaid: 162150, amountDue: 0 }, overpaid: false });
    expect((await a.get(`/api/invoices/${inv.id}`)).json()).toMatchObject({ status: 'paid', amountPaid: 162150, amountDue: 0 });
    const payments = (await a.get(`/api/invoices/${inv.id}/payments`)).json();
    expect(payments.items.map((p: { amount: number }) => p.amount)).toEqual([100000, 62150]);

    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/simplifaq_invoices_issued_total\{[^}]*kind="invoice"[^}]*\} 1/);

    const audit = await t.db.prisma.auditEvent.findMany({ where: { organisationId: tenant.organisationId, targetId: inv.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['invoice.issued', 'invoice.payment_recorded', 'invoice.payment_recorded']);
  });
});
