// Gap-free, unique numbers under concurrency, and nothing left behind by a failed issue; issue
// dates never after today in Switzerland and, within one run of numbers, never before the latest
// date already used, so that the numbers of a series follow their dates.
import { createInvoiceDraft, createQuote, createTvaRateCache, issueInvoice, sendQuote, swissToday } from '@simplifaq/invoicing';
import type { Actor } from '@simplifaq/invoicing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app';
import type { TestApp } from '../../../test/test-app';
import { createDraft, createTenant } from './invoicing-fixtures';
import { auditSink } from './invoice-service';
import type { Tenant } from './invoicing-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const rates = createTvaRateCache();
const actorOf = (tenant: Tenant): Actor => ({ organisationId: tenant.organisationId, userId: tenant.userId });

async function drafts(tenant: Tenant, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = await createInvoiceDraft(t.db.prisma, actorOf(tenant), { clientId: tenant.clientId, lines: [{ description: `Ligne ${i}`, quantity: '1', unitPrice: 10000n + BigInt(i) }] }, { rates });
    ids.push(d.id);
  }
  return ids;
}

async function issuedSequences(organisationId: string) {
  const rows = await t.db.prisma.invoice.findMany({ where: { organisationId, status: 'issued' }, select: { sequence: true, number: true, reference: true } });
  return {
    sequences: rows.map((r) => r.sequence as number).sort((a, b) => a - b),
    numbers: new Set(rows.map((r) => r.number)),
    references: new Set(rows.map((r) => r.reference)),
  };
}

const ROUNDS = Number(process.env.NUMBERING_ROUNDS ?? 10);

async function expectNumbers(tenant: Tenant, count: number) {
  const { sequences, numbers, references } = await issuedSequences(tenant.organisationId);
  expect(sequences).toEqual(range(count));
  expect(numbers.size).toBe(count);
  expect(references.size).toBe(count);
  const seq = await t.db.prisma.numberSequence.findMany({ where: { organisationId: tenant.organisationId } });
  expect(seq.map((s) => [s.series, s.next])).toEqual([['invoice', count + 1]]);
}
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('numbering', () => {
  // Issued through the use case (no PDF, so ten rounds stay quick); the next test goes through HTTP.
  it('gives exactly 1..50 to 50 concurrent issues in each of two organisations, ten times over', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [a, b] = [await createTenant(t), await createTenant(t)];
      const [idsA, idsB] = [await drafts(a, 50), await drafts(b, 50)];
      const calls = [...idsA.map((id) => [a, id] as const), ...idsB.map((id) => [b, id] as const)].sort(() => Math.random() - 0.5);
      const results = await Promise.allSettled(calls.map(([tenant, id]) => issueInvoice(t.db.prisma, actorOf(tenant), id, { audit: auditSink, rates })));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      for (const tenant of [a, b]) await expectNumbers(tenant, 50);
    }
  }, 600_000);

  it('gives 1..50 to 50 concurrent issue requests over HTTP (with the archived PDF) in each of two organisations', async () => {
    const [a, b] = [await createTenant(t), await createTenant(t)];
    const [idsA, idsB] = [await drafts(a, 50), await drafts(b, 50)];
    const calls = [...idsA.map((id) => [a, id] as const), ...idsB.map((id) => [b, id] as const)].sort(() => Math.random() - 0.5);
    const responses = await Promise.all(calls.map(([tenant, id]) => tenant.agent.post(`/api/invoices/${id}/issue`, {})));
    expect(responses.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    for (const tenant of [a, b]) await expectNumbers(tenant, 50);
  }, 600_000);

  it('leaves no number used and no half-issued invoice when the PDF renderer fails, even among concurrent issues', async () => {
    const tenant = await createTenant(t);
    const ids = await drafts(tenant, 20);
    const failing = new Set(ids.filter((_, i) => i % 4 === 1));
    const results = await Promise.allSettled(
      ids.map((id) =>
        issueInvoice(t.db.prisma, actorOf(tenant), id, {
          audit: auditSink,
          renderPdf: async (issued) => {
            if (failing.has(issued.invoice.id)) throw new Error('renderer crashed');
            return new TextEncoder().encode(`%PDF ${issued.invoice.number}`);
          },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(failing.size);
    const { sequences } = await issuedSequences(tenant.organisationId);
    expect(sequences).toEqual(range(20 - failing.size));
    const left = await t.db.prisma.invoice.findMany({ where: { id: { in: [...failing] } } });
    expect(left.every((i) => i.status === 'draft' && i.number === null && i.reference === null && i.issuedAt === null && i.pdf === null)).toBe(true);
    const withPdf = await t.db.prisma.invoice.findFirstOrThrow({ where: { organisationId: tenant.organisationId, sequence: 1 } });
    expect(Buffer.from(withPdf.pdf as Uint8Array).toString()).toBe(`%PDF ${withPdf.number}`);
    expect(withPdf.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.db.prisma.auditEvent.count({ where: { organisationId: tenant.organisationId, action: 'invoice.issued' } })).toBe(20 - failing.size);
  }, 120_000);

  it('refuses what the QR-bill would refuse (charset, postal code, amount) with the Swiss rule and leaves the number for the next invoice', async () => {
    const tenant = await createTenant(t);
    const [bad, good] = await drafts(tenant, 2);
    await t.db.prisma.client.update({ where: { id: tenant.clientId }, data: { town: 'Zürich ✈ Kloten' } });
    const refused = await tenant.agent.post(`/api/invoices/${bad}/issue`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'CHARSET_INVALID', field: 'debtor.town' });
    expect((await t.db.prisma.invoice.findUniqueOrThrow({ where: { id: bad as string } })).status).toBe('draft');
    expect(await t.db.prisma.numberSequence.count({ where: { organisationId: tenant.organisationId } })).toBe(0);

    await t.db.prisma.client.update({ where: { id: tenant.clientId }, data: { town: 'Zürich' } });
    await t.db.prisma.organisation.update({ where: { id: tenant.organisationId }, data: { postalCode: '999' } });
    expect((await tenant.agent.post(`/api/invoices/${bad}/issue`, {})).json().error).toMatchObject({ code: 'POSTAL_CODE_INVALID', field: 'creditor.postalCode' });
    await t.db.prisma.organisation.update({ where: { id: tenant.organisationId }, data: { postalCode: '1204' } });
    await tenant.agent.patch(`/api/invoices/${bad}`, { lines: [{ description: 'Offert', quantity: '1', unitPrice: 0 }] });
    expect((await tenant.agent.post(`/api/invoices/${bad}/issue`, {})).json().error).toMatchObject({ code: 'AMOUNT_OUT_OF_RANGE', field: 'amount' });
    expect(await t.db.prisma.numberSequence.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
    const issued = await tenant.agent.post(`/api/invoices/${good}/issue`, {});
    expect(issued.json().sequence).toBe(1);
  });

  it('refuses to issue without a bank account, without lines, or twice', async () => {
    const tenant = await createTenant(t);
    const [empty] = [await createInvoiceDraft(t.db.prisma, actorOf(tenant), { clientId: tenant.clientId }, { rates })];
    expect((await tenant.agent.post(`/api/invoices/${empty.id}/issue`, {})).json().error).toMatchObject({ code: 'INVOICE_EMPTY', field: 'lines' });
    const [id] = await drafts(tenant, 1);
    await t.db.prisma.bankAccount.deleteMany({ where: { organisationId: tenant.organisationId } });
    expect((await tenant.agent.post(`/api/invoices/${id}/issue`, {})).json().error).toMatchObject({ code: 'NO_BANK_ACCOUNT' });
    await tenant.agent.post('/api/bank-accounts', { label: 'QR', iban: 'CH44 3199 9123 0008 8901 2', qrrPrefix: '123456' });
    const issued = await tenant.agent.post(`/api/invoices/${id}/issue`, { issueDate: '2026-03-02' });
    expect(issued.json()).toMatchObject({ referenceType: 'QRR', number: '2026-0001', issueDate: '2026-03-02', dueDate: '2026-04-01' });
    expect(issued.json().reference).toMatch(/^123456\d{21}$/);
    const again = await tenant.agent.post(`/api/invoices/${id}/issue`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVOICE_NOT_DRAFT');
  });

  it('gives a SCOR reference on an ordinary IBAN, none when asked, and refuses QRR there (IG QR-bill 2.3 "Tp")', async () => {
    const tenant = await createTenant(t);
    const [scor, non, qrr] = await drafts(tenant, 3);
    expect((await tenant.agent.post(`/api/invoices/${scor}/issue`, {})).json()).toMatchObject({ referenceType: 'SCOR', reference: expect.stringMatching(/^RF\d{2}/) });
    await tenant.agent.patch(`/api/invoices/${non}`, { referenceType: 'NON' });
    expect((await tenant.agent.post(`/api/invoices/${non}/issue`, {})).json()).toMatchObject({ referenceType: 'NON', reference: null });
    await tenant.agent.patch(`/api/invoices/${qrr}`, { referenceType: 'QRR' });
    const refused = await tenant.agent.post(`/api/invoices/${qrr}/issue`, {});
    expect([refused.statusCode, refused.json().error.code, refused.json().error.field]).toEqual([400, 'REFERENCE_TYPE_MISMATCH', 'referenceType']);
    expect(await issuedSequences(tenant.organisationId)).toMatchObject({ sequences: [1, 2] });
  });
});

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const issue = (tenant: Tenant, id: string, issueDate: string) => tenant.agent.post(`/api/invoices/${id}/issue`, { issueDate });
const draftOf = async (tenant: Tenant) => (await createDraft(tenant)).id;
const draftUseCase = async (tenant: Tenant) => (await drafts(tenant, 1))[0] as string;

async function errorOf(p: Promise<unknown>) {
  return p.then(
    () => null,
    (err: unknown) => err as { code: string; field?: string; params: Record<string, unknown>; message: string },
  );
}

describe('issue dates', () => {
  it('refuses an issue date after today (400 ISSUE_DATE_IN_FUTURE) and leaves the draft and the sequence untouched', async () => {
    const tenant = await createTenant(t);
    const today = swissToday();
    const id = await draftOf(tenant);
    for (const issueDate of [addDays(today, 1), addDays(today, 400)]) {
      const res = await issue(tenant, id, issueDate);
      expect([res.statusCode, res.json().error.code, res.json().error.field], issueDate).toEqual([400, 'ISSUE_DATE_IN_FUTURE', 'issueDate']);
      expect(res.json().error.details).toEqual({ today });
    }
    expect((await tenant.agent.get(`/api/invoices/${id}`)).json()).toMatchObject({ status: 'draft', number: null });
    expect(await t.db.prisma.numberSequence.count({ where: { organisationId: tenant.organisationId } })).toBe(0);
    const res = await issue(tenant, id, today);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ issueDate: today, number: `${today.slice(0, 4)}-0001` });
  });

  it('takes "today" in Switzerland at the injected time', async () => {
    const tenant = await createTenant(t);
    const id = await draftUseCase(tenant);
    // 22:30 UTC on 1 March is 23:30 in Zurich: 2 March is still tomorrow; an hour later it is today.
    const err = await errorOf(issueInvoice(t.db.prisma, actorOf(tenant), id, { issueDate: '2026-03-02', now: new Date('2026-03-01T22:30:00Z'), rates }));
    expect(err).toMatchObject({ code: 'ISSUE_DATE_IN_FUTURE', field: 'issueDate', params: { today: '2026-03-01' } });
    const issued = await issueInvoice(t.db.prisma, actorOf(tenant), id, { issueDate: '2026-03-02', now: new Date('2026-03-01T23:30:00Z'), rates });
    expect(issued).toMatchObject({ number: '2026-0001', sequence: 1 });
  });

  it('refuses an issue date before the latest of the series (409 ISSUE_DATE_BEFORE_LAST, with that date), so numbers follow dates', async () => {
    const tenant = await createTenant(t);
    const [a, b, c] = [await draftOf(tenant), await draftOf(tenant), await draftOf(tenant)];
    expect((await issue(tenant, a, '2025-06-10')).json()).toMatchObject({ number: '2025-0001', issueDate: '2025-06-10' });
    const back = await issue(tenant, b, '2025-06-09');
    expect([back.statusCode, back.json().error.code, back.json().error.field]).toEqual([409, 'ISSUE_DATE_BEFORE_LAST', 'issueDate']);
    expect(back.json().error.details).toEqual({ lastIssueDate: '2025-06-10' });
    expect(back.json().error.message).toContain('2025-06-10');
    expect((await tenant.agent.get(`/api/invoices/${b}`)).json()).toMatchObject({ status: 'draft', number: null });
    // The refusal gave the number back: the same day is fine and takes 0002, a later day 0003.
    expect((await issue(tenant, b, '2025-06-10')).json()).toMatchObject({ number: '2025-0002' });
    expect((await issue(tenant, c, '2025-07-01')).json()).toMatchObject({ number: '2025-0003' });
    // Credit notes are their own series, dated today: the invoice dates do not hold them back.
    const credit = await tenant.agent.post(`/api/invoices/${a}/credit-note`, {});
    expect(credit.statusCode).toBe(201);
    expect(credit.json().number).toMatch(/^NC-\d{4}-0001$/);
  });

  it('starts a new run each year with a yearly pattern, and keeps one run for all years without one', async () => {
    const yearly = await createTenant(t);
    expect((await issue(yearly, await draftOf(yearly), '2025-06-10')).json()).toMatchObject({ number: '2025-0001' });
    // 2024's numbers are their own run: its first number dated 2024 is still in date order.
    expect((await issue(yearly, await draftOf(yearly), '2024-12-31')).json()).toMatchObject({ number: '2024-0001' });
    const late2025 = await issue(yearly, await draftOf(yearly), '2025-01-02');
    expect([late2025.statusCode, late2025.json().error.details]).toEqual([409, { lastIssueDate: '2025-06-10' }]);

    const endless = await createTenant(t);
    await t.db.prisma.organisation.update({ where: { id: endless.organisationId }, data: { numberingPattern: 'F{seq:5}' } });
    expect((await issue(endless, await draftOf(endless), '2025-06-10')).json()).toMatchObject({ number: 'F00001' });
    const res = await issue(endless, await draftOf(endless), '2024-12-31');
    expect([res.statusCode, res.json().error.code, res.json().error.details]).toEqual([409, 'ISSUE_DATE_BEFORE_LAST', { lastIssueDate: '2025-06-10' }]);
  });

  it('keeps numbers in date order under concurrent issues with mixed dates', async () => {
    const tenant = await createTenant(t);
    const dates = Array.from({ length: 24 }, (_, i) => `2025-03-${String(1 + (i % 8)).padStart(2, '0')}`);
    const ids = await Promise.all(dates.map(() => draftUseCase(tenant)));
    const results = await Promise.allSettled(ids.map((id, i) => issueInvoice(t.db.prisma, actorOf(tenant), id, { issueDate: dates[i], audit: auditSink, rates })));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []));
    expect(new Set(refused)).toEqual(new Set(refused.length ? ['ISSUE_DATE_BEFORE_LAST'] : []));
    const rows = await t.db.prisma.invoice.findMany({ where: { organisationId: tenant.organisationId, status: 'issued' }, orderBy: { sequence: 'asc' }, select: { sequence: true, issueDate: true } });
    expect(rows.length + refused.length).toBe(dates.length);
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
    const issued = rows.map((r) => r.issueDate?.toISOString().slice(0, 10) ?? '');
    expect(issued).toEqual([...issued].sort());
    // The sequence row remembers the latest date given.
    const seq = await t.db.prisma.numberSequence.findUniqueOrThrow({ where: { organisationId_series_year: { organisationId: tenant.organisationId, series: 'invoice', year: 2025 } } });
    expect(seq.lastDate?.toISOString().slice(0, 10)).toBe(issued.at(-1));
  });

  it('applies the same two rules to quotes, in their own series', async () => {
    const tenant = await createTenant(t);
    const actor = actorOf(tenant);
    const quote = async () => (await createQuote(t.db.prisma, actor, { clientId: tenant.clientId, lines: [{ description: 'Offre', quantity: '1', unitPrice: 10000n }] }, { rates })).id;
    // An invoice dated later does not hold back the quote series.
    expect((await issue(tenant, await draftOf(tenant), '2025-09-01')).statusCode).toBe(200);
    const now = new Date('2025-06-15T10:00:00Z');
    const first = await quote();
    expect(await errorOf(sendQuote(t.db.prisma, actor, first, { issueDate: '2025-06-16', now }))).toMatchObject({ code: 'ISSUE_DATE_IN_FUTURE', field: 'issueDate' });
    expect(await sendQuote(t.db.prisma, actor, first, { issueDate: '2025-06-10', now })).toMatchObject({ number: 'OF-2025-0001' });
    const second = await quote();
    expect(await errorOf(sendQuote(t.db.prisma, actor, second, { issueDate: '2025-06-01', now }))).toMatchObject({ code: 'ISSUE_DATE_BEFORE_LAST', params: { lastIssueDate: '2025-06-10' } });
    expect(await sendQuote(t.db.prisma, actor, second, { now })).toMatchObject({ number: 'OF-2025-0002' });
  });
});
