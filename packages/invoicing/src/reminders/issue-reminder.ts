import { createHash } from 'node:crypto';
import type { Reminder } from '@simplifaq/db';
import type { Currency, IsoDate } from '@simplifaq/swiss';
import { creditedSoFar } from '../invoices/create-credit-note';
import type { InvoiceRecord } from '../invoices/invoice-types';
import { invoiceInclude, invoiceOmit } from '../invoices/invoice-types';
import type { IssuedDocument } from '../invoices/issued-document';
import { loadLogo } from '../invoices/issued-document';
import type { Actor, AuditSink } from '../shared/actor';
import { auditOf } from '../shared/actor';
import { addDays, fromIsoDate, swissToday, toIsoDate } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { lockDocument } from '../shared/sql-lines';
import { checkReminderDate, checkReminderDays, checkReminderFee, DEFAULT_REMINDER_DAYS, nextReminderLevel } from './reminder-rules';

export interface ReminderInput {
  /** Minor units, 0–10000; in CHF a multiple of 5 Rappen. */
  fee: bigint;
  /** Default: today in Switzerland. */
  issuedOn?: IsoDate;
  /** Days the debtor gets to pay, 1–60; default 10. */
  dueInDays?: number;
}

/** A reminder as the use cases return it: without its PDF, with the currency of its invoice. */
export type ReminderRecord = Omit<Reminder, 'pdf'> & { currency: Currency };

/** Everything a renderer needs to draw a reminder as it was issued. */
export interface IssuedReminder {
  reminder: Pick<Reminder, 'level' | 'fee' | 'amountDue' | 'issuedOn' | 'dueDate'>;
  invoice: InvoiceRecord;
  /** Credit notes against the invoice when the reminder was issued (≤ 0). */
  credited: bigint;
  /** Fees of the earlier reminders of the invoice. */
  earlierFees: bigint;
  logo: IssuedDocument['logo'];
}

/** Renders the reminder's PDF inside the issuing transaction, so a failure issues nothing. */
export type RenderReminderPdf = (issued: IssuedReminder) => Promise<Uint8Array>;

export interface ReminderOptions {
  renderPdf?: RenderReminderPdf;
  audit?: AuditSink;
  now?: Date;
}

/**
 * POST /api/invoices/:id/reminders — in one transaction, with the invoice row locked (two
 * concurrent reminders queue on it, so they get levels 1 and 2, never two 1s): check that the
 * invoice is an issued or partially paid invoice past its due date, take the next level (at most
 * 3), compute what is due now — the outstanding amount after payments and credit notes, plus the
 * fees of all its reminders including this one — render and archive the PDF when a renderer is
 * given, and record the audit event `reminder.issued`.
 */
export async function issueReminder(db: DbClient, actor: Actor, invoiceId: string, input: ReminderInput, options: ReminderOptions = {}): Promise<ReminderRecord> {
  const { organisationId } = actor;
  const today = swissToday(options.now);
  const dueInDays = input.dueInDays ?? DEFAULT_REMINDER_DAYS;
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'invoice', organisationId, invoiceId);
    if (!locked) throw notFound('invoice');
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, omit: invoiceOmit, include: invoiceInclude });
    if (invoice.kind === 'credit_note') throw new InvoicingError('INVOICE_IS_CREDIT_NOTE');
    if (invoice.status === 'draft' || !invoice.issueDate || !invoice.dueDate) throw new InvoicingError('INVOICE_NOT_ISSUED');
    if (invoice.status === 'cancelled') throw new InvoicingError('INVOICE_CANCELLED');
    if (invoice.status === 'paid') throw new InvoicingError('INVOICE_PAID');
    checkReminderFee(input.fee, invoice.currency);
    checkReminderDays(dueInDays);

    const earlier = await tx.reminder.findMany({ where: { organisationId, invoiceId }, select: { level: true, fee: true, issuedOn: true, dueDate: true }, orderBy: { level: 'asc' } });
    const level = nextReminderLevel(earlier.map((r) => r.level));
    const issuedOn = input.issuedOn ?? today;
    const last = earlier.at(-1);
    checkReminderDate({
      issuedOn,
      today,
      invoiceIssueDate: toIsoDate(invoice.issueDate),
      invoiceDueDate: toIsoDate(invoice.dueDate),
      lastReminderOn: last ? toIsoDate(last.issuedOn) : null,
      lastReminderDueDate: last ? toIsoDate(last.dueDate) : null,
    });

    const credited = await creditedSoFar(tx, invoiceId);
    const earlierFees = earlier.reduce((sum, r) => sum + r.fee, 0n);
    const open = invoice.totalPayable + credited + earlierFees - invoice.amountPaid;
    if (open <= 0n) throw new InvoicingError('INVOICE_PAID');
    const reminder = { level, fee: input.fee, amountDue: open + input.fee, issuedOn: fromIsoDate(issuedOn), dueDate: fromIsoDate(addDays(issuedOn, dueInDays)) };

    let archive: { pdf: Uint8Array<ArrayBuffer>; pdfSha256: string } | Record<string, never> = {};
    if (options.renderPdf) {
      const pdf = new Uint8Array(await options.renderPdf({ reminder, invoice, credited, earlierFees, logo: await loadLogo(tx, organisationId) }));
      archive = { pdf, pdfSha256: createHash('sha256').update(pdf).digest('hex') };
    }
    const created = await tx.reminder.create({ data: { organisationId, invoiceId, ...reminder, ...archive }, omit: { pdf: true } });
    await options.audit?.(
      tx,
      auditOf(actor, 'reminder.issued', 'invoice', invoiceId, {
        reminderId: created.id,
        number: invoice.number,
        level,
        fee: input.fee.toString(),
        amountDue: reminder.amountDue.toString(),
        dueDate: toIsoDate(reminder.dueDate),
      }),
    );
    return { ...created, currency: invoice.currency };
  });
}
