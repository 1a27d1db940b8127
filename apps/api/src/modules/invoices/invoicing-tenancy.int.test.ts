// Every invoicing route that takes an id, called by a member of another organisation with ids of
// issued, paid and sent documents (the generic matrix in src/tenant-isolation.int.test.ts uses
// drafts): 404, never a 409 that would tell the document exists, and no list shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createDraft, createTenant, draftBody } from './invoicing-fixtures';
import type { Tenant } from './invoicing-fixtures';

let t: TestApp;
let victim: Tenant;
let intruder: Tenant;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  [victim, intruder] = [await createTenant(t), await createTenant(t)];
  const draft = await createDraft(victim);
  const issued = await createDraft(victim);
  const inv = (await victim.agent.post(`/api/invoices/${issued.id}/issue`, {})).json();
  await victim.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 1000 });
  const toCredit = await createDraft(victim);
  await victim.agent.post(`/api/invoices/${toCredit.id}/issue`, {});
  const cn = (await victim.agent.post(`/api/invoices/${toCredit.id}/credit-note`, {})).json();
  const quote = (await victim.agent.post('/api/quotes', { clientId: victim.clientId, lines: [{ description: 'Q', quantity: '1', unitPrice: 100 }] })).json();
  const sent = (await victim.agent.post('/api/quotes', { clientId: victim.clientId, lines: [{ description: 'Q', quantity: '1', unitPrice: 100 }] })).json();
  await victim.agent.post(`/api/quotes/${sent.id}/send`);
  Object.assign(ids, { draft: draft.id, issued: inv.id, creditNote: cn.id, quote: quote.id, sentQuote: sent.id });
});
afterAll(() => t?.close());

describe('invoicing across organisations', () => {
  it('answers 404 to another organisation on every route with an id', async () => {
    const a = intruder.agent;
    const invoiceIds = [ids.draft, ids.issued, ids.creditNote] as string[];
    const quoteIds = [ids.quote, ids.sentQuote] as string[];
    const calls = [
      ...invoiceIds.flatMap((id) => [
        () => a.get(`/api/invoices/${id}`),
        () => a.patch(`/api/invoices/${id}`, { title: 'x' }),
        () => a.delete(`/api/invoices/${id}`),
        () => a.post(`/api/invoices/${id}/duplicate`),
        () => a.post(`/api/invoices/${id}/issue`, {}),
        () => a.post(`/api/invoices/${id}/credit-note`, {}),
        () => a.post(`/api/invoices/${id}/payments`, { amount: 100 }),
        () => a.get(`/api/invoices/${id}/payments`),
      ]),
      ...quoteIds.flatMap((id) => [
        () => a.get(`/api/quotes/${id}`),
        () => a.patch(`/api/quotes/${id}`, { title: 'x' }),
        () => a.delete(`/api/quotes/${id}`),
        () => a.post(`/api/quotes/${id}/send`),
        () => a.post(`/api/quotes/${id}/accept`),
        () => a.post(`/api/quotes/${id}/decline`),
        () => a.post(`/api/quotes/${id}/convert`),
      ]),
    ];
    const wrong: string[] = [];
    for (const call of calls) {
      const res = await call();
      if (res.statusCode !== 404 || res.body.includes('Acme')) wrong.push(`${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(wrong).toEqual([]);
    // Nor can another organisation's client, product or bank account be put on one's own draft.
    const mine = await createDraft(intruder);
    for (const [body, code] of [
      [draftBody(victim), 'CLIENT_NOT_FOUND'],
      [{ ...draftBody(intruder), lines: [{ productId: victim.productId, quantity: '1' }] }, 'PRODUCT_NOT_FOUND'],
      [{ ...draftBody(intruder), bankAccountId: victim.bankAccountId }, 'BANK_ACCOUNT_NOT_FOUND'],
    ] as const) {
      expect((await a.post('/api/invoices', body)).json().error.code).toBe(code);
    }
    expect((await a.patch(`/api/invoices/${mine.id}`, { clientId: victim.clientId })).json().error.code).toBe('CLIENT_NOT_FOUND');
    expect((await a.post('/api/quotes', { clientId: victim.clientId })).json().error.code).toBe('CLIENT_NOT_FOUND');
    // The victim's documents are untouched.
    expect((await victim.agent.get(`/api/invoices/${ids.issued}`)).json()).toMatchObject({ status: 'partially_paid', amountPaid: 1000 });
  });

  it('lists none of them, whatever the filter', async () => {
    for (const url of ['/api/invoices', `/api/invoices?clientId=${victim.clientId}`, '/api/invoices?q=Acme', '/api/invoices?status=issued', '/api/invoices?kind=credit_note', '/api/quotes', `/api/quotes?clientId=${victim.clientId}`, '/api/quotes?status=sent']) {
      const res = await intruder.agent.get(url);
      expect(res.statusCode).toBe(200);
      for (const id of Object.values(ids)) expect(res.body).not.toContain(id);
    }
    expect((await victim.agent.get('/api/invoices')).json().items).toHaveLength(4);
  });
});
