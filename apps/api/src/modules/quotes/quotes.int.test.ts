import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createTenant } from '../invoices/invoicing-fixtures';
import type { Tenant } from '../invoices/invoicing-fixtures';

let t: TestApp;
let tenant: Tenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t);
});
afterAll(() => t?.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  clientId: tenant.clientId,
  title: 'Offre',
  lines: [{ description: 'Atelier', quantity: '2', unitPrice: 45000, tvaCategory: 'normal' }],
  ...overrides,
});

describe('quotes', () => {
  it('creates, changes, lists, sends, declines and deletes only drafts', async () => {
    const a = tenant.agent;
    const q = (await a.post('/api/quotes', body())).json();
    expect(q).toMatchObject({ status: 'draft', number: null, totalNet: 90000, totalTva: 7290, totalPayable: 97290, validUntil: null });
    const patched = (await a.patch(`/api/quotes/${q.id}`, { discountBp: 1000, validUntil: '2030-01-31' })).json();
    expect(patched).toMatchObject({ discountBp: 1000, totalNet: 81000, validUntil: '2030-01-31' });
    expect((await a.get('/api/quotes?status=draft')).json().items.map((x: { id: string }) => x.id)).toContain(q.id);
    expect((await a.get('/api/quotes?q=offre')).json().items.length).toBeGreaterThan(0);

    expect((await a.post(`/api/quotes/${q.id}/accept`)).json().error.code).toBe('QUOTE_NOT_SENT');
    expect((await a.post(`/api/quotes/${q.id}/convert`)).json().error.code).toBe('QUOTE_NOT_CONVERTIBLE');
    const sent = (await a.post(`/api/quotes/${q.id}/send`)).json();
    expect(sent).toMatchObject({ status: 'sent', validUntil: '2030-01-31' });
    expect(sent.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await a.post(`/api/quotes/${q.id}/send`)).json().error.code).toBe('QUOTE_NOT_DRAFT');
    expect((await a.delete(`/api/quotes/${q.id}`)).json().error.code).toBe('QUOTE_NOT_DRAFT');
    expect((await a.post(`/api/quotes/${q.id}/decline`)).json().status).toBe('declined');
    expect((await a.post(`/api/quotes/${q.id}/convert`)).json().error.code).toBe('QUOTE_NOT_CONVERTIBLE');

    const other = (await a.post('/api/quotes', body())).json();
    expect((await a.delete(`/api/quotes/${other.id}`)).statusCode).toBe(204);
    expect((await a.get(`/api/quotes/${other.id}`)).statusCode).toBe(404);
  });

  it('numbers sent quotes in their own series and converts a sent quote once, with the same lines', async () => {
    const a = tenant.agent;
    const empty = (await a.post('/api/quotes', body({ lines: [] }))).json();
    expect((await a.post(`/api/quotes/${empty.id}/send`)).json().error).toMatchObject({ code: 'QUOTE_EMPTY', field: 'lines' });
    const q = (await a.post('/api/quotes', body({ lines: [{ productId: tenant.productId, quantity: '1.5', discountBp: 500 }, { description: 'Frais', quantity: '1', unitPrice: 2500, tvaCategory: 'exempt' }] }))).json();
    const sent = (await a.post(`/api/quotes/${q.id}/send`)).json();
    const [first, second] = await Promise.all([a.post(`/api/quotes/${q.id}/convert`), a.post(`/api/quotes/${q.id}/convert`)]);
    const codes = [first, second].map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409]);
    const invoice = (first.statusCode === 201 ? first : second).json();
    expect(invoice).toMatchObject({ status: 'draft', clientReference: sent.number, totalPayable: sent.totalPayable });
    expect(invoice.lines.map((l: { description: string; quantity: string; discountBp: number }) => [l.description, l.quantity, l.discountBp])).toEqual([
      ['Conseil', '1.5', 500],
      ['Frais', '1', 0],
    ]);
    expect(await t.db.prisma.invoice.count({ where: { organisationId: tenant.organisationId, clientReference: sent.number } })).toBe(1);
  });

  it.each([
    [{ clientId: '01234567-0123-7123-8123-0123456789ab' }, 400, 'CLIENT_NOT_FOUND'],
    [{ status: 'accepted' }, 400, 'VALIDATION_FAILED'],
    [{ number: 'OF-1' }, 400, 'VALIDATION_FAILED'],
    [{ lines: [{ description: 'x', quantity: 'abc', unitPrice: 1 }] }, 400, 'QUANTITY_INVALID'],
  ])('refuses %j', async (change, status, code) => {
    const res = await tenant.agent.post('/api/quotes', body(change));
    expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
  });
});
