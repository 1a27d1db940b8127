import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../../packages/documents/test/pdf-tools';
import { createDraft, createTenant, useTenantApp } from '../invoices/invoicing-fixtures';
import type { Tenant } from '../invoices/invoicing-fixtures';

const ctx = useTenantApp();

const squash = (s: string) => s.replace(/[ \u00a0]+/g, ' ');
const remind = (id: string, body: unknown = {}, who: Tenant = ctx.tenant) => who.agent.post(`/api/invoices/${id}/reminders`, body);

/** An invoice issued on 5 January 2026, due 30 days later: long overdue. 2.5 h at 150.00 + TVA = 405.40. */
async function overdueInvoice(overrides: Record<string, unknown> = {}, who: Tenant = ctx.tenant) {
  const draft = await createDraft(who, overrides);
  const res = await who.agent.post(`/api/invoices/${draft.id}/issue`, { issueDate: '2026-01-05' });
  if (res.statusCode !== 200) throw new Error(`issue: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; number: string; totalPayable: number; dueDate: string; currency: string };
}

async function pdfOf(pdfUrl: string) {
  const res = await ctx.tenant.agent.get(pdfUrl);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  return res;
}

describe('reminders', { timeout: 60_000 }, () => {
  it('reminds an overdue invoice at levels 1, 2 and 3, with fees owed with it, and refuses a fourth', async () => {
    const inv = await overdueInvoice();
    expect([inv.totalPayable, inv.dueDate]).toEqual([40540, '2026-02-04']);

    const first = await remind(inv.id, { issuedOn: '2026-02-10' });
    expect(first.statusCode).toBe(201);
    const r1 = first.json();
    expect(r1).toMatchObject({ invoiceId: inv.id, level: 1, fee: 0, amountDue: 40540, currency: 'CHF', issuedOn: '2026-02-10', dueDate: '2026-02-20', pdfUrl: `/api/reminders/${r1.id}/pdf` });

    const r2 = (await remind(inv.id, { fee: 2000, issuedOn: '2026-03-02', dueInDays: 14 })).json();
    expect(r2).toMatchObject({ level: 2, fee: 2000, amountDue: 42540, issuedOn: '2026-03-02', dueDate: '2026-03-16' });
    const r3 = (await remind(inv.id, { fee: 3000 })).json();
    expect(r3).toMatchObject({ level: 3, fee: 3000, amountDue: 45540 });
    const fourth = await remind(inv.id, { fee: 0 });
    expect([fourth.statusCode, fourth.json().error.code]).toEqual([409, 'REMINDER_LIMIT']);

    // Archived at issue, byte-identical on every download; the title and the amount due of each level.
    for (const [r, title, due] of [[r1, 'Rappel', '405.40 CHF'], [r2, 'Deuxième rappel', '425.40 CHF'], [r3, 'Dernier rappel', '455.40 CHF']] as const) {
      const row = await ctx.t.db.prisma.reminder.findUniqueOrThrow({ where: { id: r.id } });
      expect(row.pdf).not.toBeNull();
      const res = await pdfOf(r.pdfUrl);
      expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(row.pdfSha256);
      expect((await ctx.tenant.agent.get(r.pdfUrl)).rawPayload.equals(res.rawPayload)).toBe(true);
      const text = squash(pdfText(new Uint8Array(res.rawPayload)));
      expect(text).toContain(`${title} `);
      expect(text).toContain(`Facture ${inv.number}`);
      expect(text).toContain(`Montant à payer ${due}`);
    }
    const text3 = squash(pdfText(new Uint8Array((await ctx.tenant.agent.get(r3.pdfUrl)).rawPayload)));
    expect(text3).toContain('Frais des rappels précédents 20.00');
    expect(text3).toContain('Frais de rappel 30.00');

    const list = await ctx.tenant.agent.get(`/api/invoices/${inv.id}/reminders`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { level: number; amountDue: number }) => [r.level, r.amountDue])).toEqual([[1, 40540], [2, 42540], [3, 45540]]);
    expect((await ctx.tenant.agent.get(`/api/invoices/${inv.id}`)).json()).toMatchObject({ reminderFees: 5000, amountDue: 45540, overdue: true });
    const audit = await ctx.t.db.prisma.auditEvent.findMany({ where: { targetId: inv.id, action: 'reminder.issued' }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((e) => e.data)).toEqual([
      expect.objectContaining({ reminderId: r1.id, level: 1, fee: '0', amountDue: '40540' }),
      expect.objectContaining({ reminderId: r2.id, level: 2, fee: '2000', amountDue: '42540' }),
      expect.objectContaining({ reminderId: r3.id, level: 3, fee: '3000', amountDue: '45540', number: inv.number }),
    ]);

    // Paying the last reminder's amount due settles the invoice and its fees: paid, not over-paid.
    const paid = (await ctx.tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 45540 })).json();
    expect(paid).toMatchObject({ invoice: { status: 'paid', amountDue: 0 }, overpaid: false, overpaidBy: 0 });
  });

  it('counts payments and credit notes in the amount due and shows them on the reminder', async () => {
    const inv = await overdueInvoice();
    expect((await ctx.tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 10000, paidOn: '2026-02-01' })).statusCode).toBe(201);
    expect((await ctx.tenant.agent.post(`/api/invoices/${inv.id}/credit-note`, { amount: 5000 })).statusCode).toBe(201);
    const r = (await remind(inv.id, { fee: 1500, issuedOn: '2026-02-15' })).json();
    expect(r).toMatchObject({ level: 1, amountDue: 40540 - 10000 - 5000 + 1500 });
    const text = squash(pdfText(new Uint8Array((await pdfOf(r.pdfUrl)).rawPayload)));
    for (const s of ['Note de crédit -50.00', 'Déjà payé -100.00', 'Solde ouvert 255.40', 'Frais de rappel 15.00', 'Montant à payer 270.40 CHF']) expect(text).toContain(s);
    // Only the invoice's outstanding amount paid: the fee is still owed.
    const part = (await ctx.tenant.agent.post(`/api/invoices/${inv.id}/payments`, { amount: 25540 })).json();
    expect(part).toMatchObject({ invoice: { status: 'partially_paid', amountDue: 1500 } });
  });

  it('refuses invalid input with its code and writes nothing', async () => {
    const inv = await overdueInvoice();
    const cases: [unknown, number, string, string | undefined][] = [
      [{ fee: -5 }, 400, 'REMINDER_FEE_INVALID', 'fee'],
      [{ fee: 10005 }, 400, 'REMINDER_FEE_INVALID', 'fee'],
      [{ fee: 2002 }, 400, 'REMINDER_FEE_NOT_ROUNDED', 'fee'],
      [{ fee: 12.5 }, 400, 'VALIDATION_FAILED', 'fee'],
      [{ fee: '20' }, 400, 'VALIDATION_FAILED', 'fee'],
      [{ dueInDays: 0 }, 400, 'REMINDER_DUE_DAYS_INVALID', 'dueInDays'],
      [{ dueInDays: 61 }, 400, 'REMINDER_DUE_DAYS_INVALID', 'dueInDays'],
      [{ dueInDays: 1.5 }, 400, 'VALIDATION_FAILED', 'dueInDays'],
      [{ issuedOn: '2099-01-01' }, 400, 'REMINDER_DATE_INVALID', 'issuedOn'],
      [{ issuedOn: '2025-12-31' }, 400, 'REMINDER_DATE_INVALID', 'issuedOn'],
      [{ issuedOn: '2026-02-30' }, 400, 'VALIDATION_FAILED', 'issuedOn'],
      [{ issuedOn: '2026-02-04' }, 409, 'INVOICE_NOT_OVERDUE', undefined],
      [{ level: 2 }, 400, 'VALIDATION_FAILED', undefined],
      [{ amountDue: 1 }, 400, 'VALIDATION_FAILED', undefined],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await remind(inv.id, body);
      expect([res.statusCode, res.json().error.code], JSON.stringify(body)).toEqual([status, code]);
      if (field) expect(res.json().error.field, JSON.stringify(body)).toBe(field);
      expect(res.json().error.message).toBeTruthy();
    }
    expect((await ctx.tenant.agent.get(`/api/invoices/${inv.id}/reminders`)).json().items).toEqual([]);
    // A second reminder is not dated before the first.
    expect((await remind(inv.id, { issuedOn: '2026-03-01' })).statusCode).toBe(201);
    const earlier = await remind(inv.id, { issuedOn: '2026-02-20' });
    expect([earlier.statusCode, earlier.json().error.code, earlier.json().error.field]).toEqual([400, 'REMINDER_DATE_INVALID', 'issuedOn']);
  });

  it('takes any whole fee in EUR, where the 5-Rappen rule does not apply', async () => {
    const inv = await overdueInvoice({ currency: 'EUR' });
    const res = await remind(inv.id, { fee: 1999 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ currency: 'EUR', fee: 1999, amountDue: inv.totalPayable + 1999 });
  });

  it('reminds only an issued, unpaid, overdue invoice', async () => {
    // Issued today, in an organisation of its own: its invoice series may not go back to 2026-01-05 after it.
    const fresh = await createTenant(ctx.t);
    const notDue = (await fresh.agent.post(`/api/invoices/${(await createDraft(fresh)).id}/issue`, {})).json();
    const early = await remind(notDue.id, {}, fresh);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'INVOICE_NOT_OVERDUE']);

    const draft = await createDraft(ctx.tenant);
    expect((await remind(draft.id)).json().error.code).toBe('INVOICE_NOT_ISSUED');

    const paid = await overdueInvoice();
    await ctx.tenant.agent.post(`/api/invoices/${paid.id}/payments`, { amount: paid.totalPayable });
    const res = await remind(paid.id);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVOICE_PAID']);

    const cancelled = await overdueInvoice();
    const credit = (await ctx.tenant.agent.post(`/api/invoices/${cancelled.id}/credit-note`, {})).json();
    expect((await remind(cancelled.id)).json().error).toMatchObject({ code: 'INVOICE_CANCELLED' });
    expect((await remind(credit.id)).json().error).toMatchObject({ code: 'INVOICE_IS_CREDIT_NOTE' });
    const unknown = await remind('0193c4f0-0000-7000-8000-000000000000');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await ctx.t.db.prisma.reminder.count({ where: { invoiceId: { in: [notDue.id, draft.id, paid.id, cancelled.id, credit.id] } } })).toBe(0);
  });

  it('waits for the deadline of the previous reminder before the next level (409 REMINDER_TOO_EARLY)', async () => {
    const inv = await overdueInvoice();
    const list = async () => (await ctx.tenant.agent.get(`/api/invoices/${inv.id}/reminders`)).json();
    expect((await list()).nextReminderFrom).toBeNull();
    expect((await remind(inv.id, { issuedOn: '2026-02-10' })).json()).toMatchObject({ level: 1, dueDate: '2026-02-20' });
    expect((await list()).nextReminderFrom).toBe('2026-02-21');
    for (const issuedOn of ['2026-02-10', '2026-02-20']) {
      const early = await remind(inv.id, { fee: 2000, issuedOn });
      expect([early.statusCode, early.json().error.code, early.json().error.field], issuedOn).toEqual([409, 'REMINDER_TOO_EARLY', 'issuedOn']);
      expect(early.json().error.details).toEqual({ possibleFrom: '2026-02-21', lastReminderDueDate: '2026-02-20' });
      expect(early.json().error.message).toContain('2026-02-21');
    }
    expect((await list()).items).toHaveLength(1);
    expect((await remind(inv.id, { fee: 2000, issuedOn: '2026-02-21', dueInDays: 5 })).json()).toMatchObject({ level: 2, dueDate: '2026-02-26' });
    expect((await list()).nextReminderFrom).toBe('2026-02-27');
    const third = await remind(inv.id, { fee: 3000, issuedOn: '2026-02-26' });
    expect([third.statusCode, third.json().error.details?.possibleFrom]).toEqual([409, '2026-02-27']);
    expect((await remind(inv.id, { fee: 3000, issuedOn: '2026-02-27' })).json()).toMatchObject({ level: 3 });
    expect((await list()).nextReminderFrom).toBeNull();
  });

  it('lets only one of two concurrent reminders through: the other waits for its deadline, never two of one level', async () => {
    for (let round = 0; round < 3; round++) {
      const inv = await overdueInvoice();
      const results = await Promise.all([remind(inv.id, { fee: 0 }), remind(inv.id, { fee: 1000 })]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const refused = results.find((r) => r.statusCode === 409)?.json();
      // Refused for the deadline of the reminder just issued: the second request saw it (row lock).
      const issued = results.find((r) => r.statusCode === 201)?.json();
      expect(issued.level).toBe(1);
      expect(refused.error).toMatchObject({ code: 'REMINDER_TOO_EARLY', details: { lastReminderDueDate: issued.dueDate } });
      expect(await ctx.t.db.prisma.reminder.count({ where: { invoiceId: inv.id } })).toBe(1);
    }
  });

  it('replays an Idempotency-Key instead of issuing the next level', async () => {
    const inv = await overdueInvoice();
    const headers = { 'idempotency-key': `remind-${inv.id}` };
    const first = await ctx.tenant.agent.post(`/api/invoices/${inv.id}/reminders`, { fee: 500 }, headers);
    const again = await ctx.tenant.agent.post(`/api/invoices/${inv.id}/reminders`, { fee: 500 }, headers);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect((await ctx.tenant.agent.get(`/api/invoices/${inv.id}/reminders`)).json().items).toHaveLength(1);
  });

  it('lets an accountant read the reminders but not send one', async () => {
    const other = await createTenant(ctx.t);
    const inv = await overdueInvoice({}, other);
    expect((await remind(inv.id, { issuedOn: '2026-02-10' }, other)).statusCode).toBe(201);
    await ctx.t.setRole(other.organisationId, 'accountant');
    expect((await other.agent.get(`/api/invoices/${inv.id}/reminders`)).json().items).toHaveLength(1);
    const refused = await remind(inv.id, {}, other);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await ctx.t.db.prisma.reminder.count({ where: { invoiceId: inv.id } })).toBe(1);
  });

  it('counts the fees in what the dashboard shows due, and names the reminder in the activity', async () => {
    const other = await createTenant(ctx.t);
    const inv = await overdueInvoice({}, other);
    await remind(inv.id, { fee: 2000 }, other);
    const dashboard = (await other.agent.get('/api/dashboard')).json();
    expect(dashboard.followUp).toEqual([expect.objectContaining({ id: inv.id, amountDue: 42540 })]);
    expect(dashboard.activity[0]).toMatchObject({ action: 'reminder.issued', targetType: 'invoice', targetId: inv.id, number: inv.number, amount: 42540 });
  });

  it('answers 404 to another organisation on both routes and the PDF', async () => {
    const inv = await overdueInvoice();
    const r = (await remind(inv.id)).json();
    const other = await createTenant(ctx.t);
    for (const res of [await remind(inv.id, {}, other), await other.agent.get(`/api/invoices/${inv.id}/reminders`), await other.agent.get(r.pdfUrl)]) {
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
      expect(res.body).not.toContain(inv.number);
    }
    expect(await ctx.t.db.prisma.reminder.count({ where: { invoiceId: inv.id } })).toBe(1);
  });
});
