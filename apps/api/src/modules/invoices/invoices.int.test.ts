import { calculateInvoice, SWISS_TVA_RATES } from '@simplifaq/swiss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { createTestApp } from '../../../test/test-app';
import { ZInvoiceSummary } from './invoice-schemas';
import type { TestApp } from '../../../test/test-app';
import { createDraft, createTenant, draftBody } from './invoicing-fixtures';
import type { Tenant } from './invoicing-fixtures';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t);
});
afterAll(() => t?.close());

type Line = { quantity: string; unitPrice: number; discountBp?: number; tvaCategory: 'normal' | 'reduced' | 'accommodation' | 'exempt' | 'zero_rated'; supplyDate?: string };

function expected(lines: Line[], header: { discountBp?: number; priceMode?: 'net' | 'gross'; supplyDate: string; currency?: 'CHF' | 'EUR' }) {
  return calculateInvoice({
    lines: lines.map((l) => ({ quantity: l.quantity, unitPrice: BigInt(l.unitPrice), discountBp: l.discountBp ?? 0, category: l.tvaCategory, supplyDate: l.supplyDate ?? null })),
    discountBp: header.discountBp ?? 0,
    priceMode: header.priceMode ?? 'net',
    currency: header.currency ?? 'CHF',
    vatRegistered: true,
    supplyDate: header.supplyDate,
    rates: SWISS_TVA_RATES,
  });
}

describe('invoice drafts', () => {
  it('creates a draft from a product and free text, with live totals equal to calculateInvoice', async () => {
    const lines: Line[] = [
      { quantity: '3.5', unitPrice: 15000, tvaCategory: 'normal', discountBp: 1000 },
      { quantity: '12', unitPrice: 1995, tvaCategory: 'reduced' },
      { quantity: '1', unitPrice: 8900, tvaCategory: 'accommodation' },
      { quantity: '0.333', unitPrice: 7777, tvaCategory: 'exempt' },
    ];
    const res = await tenant.agent.post('/api/invoices', {
      clientId: tenant.clientId,
      supplyDate: '2025-03-10',
      discountBp: 250,
      title: 'Mars',
      lines: [{ productId: tenant.productId, quantity: '2' }, ...lines.map((l, i) => ({ description: `L${i}`, ...l }))],
    });
    expect(res.statusCode).toBe(201);
    const inv = res.json();
    expect(inv).toMatchObject({ status: 'draft', number: null, currency: 'CHF', priceMode: 'net', language: 'fr', paymentTermDays: 30, overdue: false });
    expect(inv.lines[0]).toMatchObject({ productId: tenant.productId, description: 'Conseil', unit: 'h', unitPrice: 15000, quantity: '2', tvaCategory: 'normal', tvaRateBp: 810 });
    const calc = expected([{ quantity: '2', unitPrice: 15000, tvaCategory: 'normal' }, ...lines], { discountBp: 250, supplyDate: '2025-03-10' });
    const totals = { totalNet: calc.totalNet, totalTva: calc.totalTva, totalGross: calc.totalGross, roundingAdjustment: calc.roundingAdjustment, totalPayable: calc.totalPayable, subtotal: calc.subtotal, discount: calc.discount };
    const asNumbers = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Number(v)]));
    expect(inv).toMatchObject(asNumbers);
    expect(inv.lines.map((l: { amount: number }) => l.amount)).toEqual(calc.lines.map((l) => Number(l.amount)));
    const got = (await tenant.agent.get(`/api/invoices/${inv.id}`)).json();
    expect(got).toMatchObject({ ...asNumbers, liveError: null });
    expect(got.tvaSummary).toEqual(calc.rows.map((r) => ({ category: r.category, rateBp: r.rateBp, validFrom: r.validFrom, base: Number(r.base), tax: Number(r.tax) })));
  });

  it('gives two TVA rows for lines either side of 2024-01-01, and keeps them when issued', async () => {
    const lines: Line[] = [
      { quantity: '10', unitPrice: 12000, tvaCategory: 'normal', supplyDate: '2023-12-20' },
      { quantity: '5', unitPrice: 12000, tvaCategory: 'normal', supplyDate: '2024-01-08' },
    ];
    const draft = await createDraft(tenant, { supplyDate: '2023-12-20', supplyPeriodEnd: '2024-01-08', lines: lines.map((l) => ({ description: 'Chantier', ...l })) });
    const calc = expected(lines, { supplyDate: '2023-12-20' });
    expect(draft.tvaSummary).toEqual([
      { category: 'normal', rateBp: 770, validFrom: '2018-01-01', base: 120000, tax: 9240 },
      { category: 'normal', rateBp: 810, validFrom: '2024-01-01', base: 60000, tax: 4860 },
    ]);
    expect(draft.totalPayable).toBe(Number(calc.totalPayable));
    const issued = (await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json();
    expect(issued.tvaSummary).toEqual(draft.tvaSummary);
    expect(issued.lines.map((l: { tvaRateBp: number }) => l.tvaRateBp)).toEqual([770, 810]);
  });

  it('refuses a supply period across the rate change for a line without its own date', async () => {
    const res = await tenant.agent.post('/api/invoices', draftBody(tenant, { supplyDate: '2023-12-01', supplyPeriodEnd: '2024-01-31' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'SUPPLY_PERIOD_STRADDLES_RATE_CHANGE', field: 'lines[0].supplyDate' });
  });

  it('prices gross products in a net invoice at the rate of the supply date', async () => {
    const gross = (await tenant.agent.post('/api/products', { name: 'Abonnement', unitPrice: 10810, priceMode: 'gross', tvaCategory: 'normal' })).json();
    const draft = await createDraft(tenant, { supplyDate: '2025-06-01', lines: [{ productId: gross.id, quantity: '1' }] });
    expect(draft.lines).toMatchObject([{ unitPrice: 10000, amount: 10000 }]);
    expect(draft).toMatchObject({ totalNet: 10000, totalTva: 810, totalPayable: 10810 });
  });

  it('changes a draft, replacing its lines, and deletes it', async () => {
    const draft = await createDraft(tenant, {}, 3);
    const patched = await tenant.agent.patch(`/api/invoices/${draft.id}`, { title: 'Nouveau', currency: 'EUR', lines: [{ description: 'Seule', quantity: '1', unitPrice: 1003 }] });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ title: 'Nouveau', currency: 'EUR', lines: [{ position: 1, description: 'Seule' }] });
    // EUR: no 5-cent rounding; 10.03 + 8.1 % = 10.84
    expect(patched.json()).toMatchObject({ totalNet: 1003, totalTva: 81, totalPayable: 1084, roundingAdjustment: 0 });
    const kept = await tenant.agent.patch(`/api/invoices/${draft.id}`, { clientReference: 'PO-7' });
    expect(kept.json().lines[0].id).toBe(patched.json().lines[0].id);
    expect((await tenant.agent.delete(`/api/invoices/${draft.id}`)).statusCode).toBe(204);
    expect((await tenant.agent.get(`/api/invoices/${draft.id}`)).statusCode).toBe(404);
  });

  it('duplicates an invoice into a new draft without its dates', async () => {
    const source = await createDraft(tenant, { supplyDate: '2025-01-15', title: 'Maintenance', lines: [{ description: 'X', quantity: '1', unitPrice: 5000, supplyDate: '2025-01-15' }] });
    await tenant.agent.post(`/api/invoices/${source.id}/issue`, {});
    const copy = await tenant.agent.post(`/api/invoices/${source.id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ status: 'draft', number: null, title: 'Maintenance', supplyDate: null, lines: [{ description: 'X', supplyDate: null, unitPrice: 5000 }] });
    expect(copy.json().id).not.toBe(source.id);
  });

  it.each([
    [{ clientId: '01234567-0123-7123-8123-0123456789ab' }, 'CLIENT_NOT_FOUND', 'clientId'],
    [{ bankAccountId: '01234567-0123-7123-8123-0123456789ab' }, 'BANK_ACCOUNT_NOT_FOUND', 'bankAccountId'],
    [{ lines: [{ productId: '01234567-0123-7123-8123-0123456789ab', quantity: '1' }] }, 'PRODUCT_NOT_FOUND', 'lines[0].productId'],
    [{ lines: [{ description: 'x', quantity: '1.23456', unitPrice: 1 }] }, 'QUANTITY_INVALID', 'lines[0].quantity'],
    [{ lines: [{ description: 'x', quantity: '1e3', unitPrice: 1 }] }, 'QUANTITY_INVALID', 'lines[0].quantity'],
    [{ lines: [{ quantity: '1', unitPrice: 100 }] }, 'LINE_INCOMPLETE', 'lines[0].description'],
    [{ lines: [{ description: 'x', quantity: '1' }] }, 'LINE_INCOMPLETE', 'lines[0].unitPrice'],
    [{ supplyPeriodEnd: '2025-01-01' }, 'SUPPLY_PERIOD_INVALID', 'supplyPeriodEnd'],
    [{ supplyDate: '2025-02-01', supplyPeriodEnd: '2025-01-01' }, 'SUPPLY_PERIOD_INVALID', 'supplyPeriodEnd'],
    [{ supplyDate: '2010-06-01' }, 'TVA_RATE_NOT_FOUND', 'supplyDate'],
    [{ lines: [{ description: 'x', quantity: '99999999999999', unitPrice: 1e15 }] }, 'AMOUNT_TOO_LARGE', 'lines[0]'],
    [{ supplyDate: '2025-02-30' }, 'VALIDATION_FAILED', 'supplyDate'],
    [{ discountBp: 10001 }, 'VALIDATION_FAILED', 'discountBp'],
    [{ lines: [{ description: 'x', quantity: '1', unitPrice: 1.5 }] }, 'VALIDATION_FAILED', 'lines.0.unitPrice'],
    [{ currency: 'USD' }, 'VALIDATION_FAILED', 'currency'],
    [{ status: 'issued' }, 'VALIDATION_FAILED', undefined],
    [{ number: '2025-0001' }, 'VALIDATION_FAILED', undefined],
    [{ organisationId: '01234567-0123-7123-8123-0123456789ab' }, 'VALIDATION_FAILED', undefined],
    [{ totalPayable: 1 }, 'VALIDATION_FAILED', undefined],
  ])('refuses %j with %s', async (change, code, field) => {
    const res = await tenant.agent.post('/api/invoices', { ...draftBody(tenant), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    if (field) expect(res.json().error.field).toBe(field);
  });

  it('refuses to change or delete an issued invoice: 409 from the API, and the database trigger', async () => {
    const draft = await createDraft(tenant);
    const issued = (await tenant.agent.post(`/api/invoices/${draft.id}/issue`, {})).json();
    for (const res of [await tenant.agent.patch(`/api/invoices/${draft.id}`, { title: 'x' }), await tenant.agent.delete(`/api/invoices/${draft.id}`)]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('INVOICE_NOT_DRAFT');
    }
    const p = t.db.prisma;
    await expect(p.invoice.update({ where: { id: draft.id }, data: { title: 'rewritten' } })).rejects.toThrow(/issued and cannot be changed/);
    await expect(p.invoice.update({ where: { id: draft.id }, data: { totalPayable: 1n } })).rejects.toThrow(/issued and cannot be changed/);
    await expect(p.invoice.update({ where: { id: draft.id }, data: { status: 'draft' } })).rejects.toThrow(/cannot return to draft/);
    await expect(p.invoice.delete({ where: { id: draft.id } })).rejects.toThrow(/cannot be deleted/);
    await expect(p.invoiceLine.updateMany({ where: { invoiceId: draft.id }, data: { unitPrice: 1n } })).rejects.toThrow(/lines of an issued invoice/);
    await expect(p.invoiceLine.deleteMany({ where: { invoiceId: draft.id } })).rejects.toThrow(/lines of an issued invoice/);
    await expect(p.invoiceLine.create({ data: { invoiceId: draft.id, position: 99, description: 'x', quantity: '1', unitPrice: 1n } })).rejects.toThrow(/lines of an issued invoice/);
    expect((await tenant.agent.get(`/api/invoices/${draft.id}`)).json()).toMatchObject({ number: issued.number, totalPayable: issued.totalPayable, status: 'issued' });
  });

  it('lets an accountant read but not write', async () => {
    const other = await createTenant(t);
    const draft = await createDraft(other);
    await t.setRole(other.organisationId, 'accountant');
    expect((await other.agent.get(`/api/invoices/${draft.id}`)).statusCode).toBe(200);
    expect((await other.agent.get('/api/invoices')).statusCode).toBe(200);
    for (const res of [
      await other.agent.post('/api/invoices', draftBody(other)),
      await other.agent.patch(`/api/invoices/${draft.id}`, { title: 'x' }),
      await other.agent.post(`/api/invoices/${draft.id}/issue`, {}),
      await other.agent.delete(`/api/invoices/${draft.id}`),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });
});

describe('the invoice list', () => {
  it('filters by status (overdue derived), client, issue dates and text, and pages with a cursor', async () => {
    const org = await createTenant(t);
    const second = (await org.agent.post('/api/clients', { name: 'Zeta GmbH', postalCode: '8001', town: 'Zürich', country: 'CH' })).json();
    const late = await createDraft(org, { dueDate: '2020-02-01' });
    await org.agent.post(`/api/invoices/${late.id}/issue`, { issueDate: '2020-01-02' });
    const current = await createDraft(org, { clientId: second.id });
    const issuedCurrent = (await org.agent.post(`/api/invoices/${current.id}/issue`, {})).json();
    const draft = await createDraft(org);
    const ids = async (query: string) => (await org.agent.get(`/api/invoices?${query}`)).json().items.map((i: { id: string }) => i.id);

    expect(await ids('')).toEqual([draft.id, current.id, late.id]);
    expect(await ids('status=overdue')).toEqual([late.id]);
    expect((await org.agent.get(`/api/invoices/${late.id}`)).json()).toMatchObject({ status: 'issued', overdue: true });
    expect(await ids('status=issued')).toEqual([current.id, late.id]);
    expect(await ids('status=draft')).toEqual([draft.id]);
    expect(await ids(`clientId=${second.id}`)).toEqual([current.id]);
    expect(await ids('from=2020-01-01&to=2020-12-31')).toEqual([late.id]);
    expect(await ids('q=zeta')).toEqual([current.id]);
    expect(await ids(`q=${issuedCurrent.number}`)).toEqual([current.id]);
    expect(await ids('q=%25')).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await org.agent.get(`/api/invoices?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { id: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([draft.id, current.id, late.id]);
    expect((await org.agent.get('/api/invoices?cursor=bm9wZQ')).json().error.code).toBe('CURSOR_INVALID');
    // A cursor of the right shape whose id is not a uuid is the caller's mistake too, not a 500.
    const forged = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', "x' OR 1=1"])).toString('base64url');
    expect((await org.agent.get(`/api/invoices?cursor=${forged}`)).json().error.code).toBe('CURSOR_INVALID');
    expect((await org.agent.get('/api/invoices?status=late')).statusCode).toBe(400);
  });

  it('writes each row as the schema says, agreeing field by field with the invoice itself', async () => {
    const org = await createTenant(t);
    const late = await createDraft(org, { dueDate: '2020-02-01', title: 'Réfection « toiture » \\ 2020' });
    await org.agent.post(`/api/invoices/${late.id}/issue`, { issueDate: '2020-01-02' });
    await org.agent.post(`/api/invoices/${late.id}/payments`, { amount: 1000, paidOn: '2020-03-01' });
    await createDraft(org);
    const res = await org.agent.get('/api/invoices');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    // On the wire the schema's dates are ISO strings.
    const page = zPage(ZInvoiceSummary.extend({ createdAt: z.iso.datetime() }).strict()).parse(res.json());
    expect(page.nextCursor).toBeNull();
    for (const item of page.items) {
      const full = (await org.agent.get(`/api/invoices/${item.id}`)).json();
      const { createdAt, ...rest } = item;
      expect(rest).toEqual(Object.fromEntries(Object.keys(rest).map((k) => [k, full[k]])));
      expect(createdAt).toBe(full.createdAt);
    }
    expect(page.items.find((i) => i.id === late.id)).toMatchObject({ status: 'partially_paid', overdue: true, amountPaid: 1000, title: 'Réfection « toiture » \\ 2020' });
  });
});
