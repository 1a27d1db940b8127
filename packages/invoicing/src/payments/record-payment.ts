import type { Payment, PaymentSource } from '@simplifaq/db';
import type { IsoDate } from '@simplifaq/swiss';
import { creditedSoFar } from '../invoices/create-credit-note';
import { reminderFeesSoFar } from '../reminders/reminder-fees';
import type { Actor, AuditSink } from '../shared/actor';
import { auditOf } from '../shared/actor';
import { fromIsoDate, swissToday } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { lockDocument } from '../shared/sql-lines';

export interface PaymentInput {
  /** Minor units, positive. */
  amount: bigint;
  /** Value date; default today in Switzerland (at `now`), never after it (`PAYMENT_DATE_IN_FUTURE`). */
  paidOn?: IsoDate;
  note?: string | null;
  bankReference?: string | null;
  source?: PaymentSource;
}

export interface PaymentResult {
  payment: Payment;
  invoice: { id: string; status: 'partially_paid' | 'paid'; amountPaid: bigint; amountDue: bigint };
  /** Paid in total beyond what is due (0 when not over-paid): accepted, but to be refunded or set off. */
  overpaidBy: bigint;
}

/**
 * POST /api/invoices/:id/payments: records a payment and moves the invoice to partially paid or
 * paid. What is due is the payable total less the credit notes issued against it, plus the fees of
 * its reminders. Over-payment
 * is accepted (the money arrived) and reported in the result and the audit event.
 */
export async function recordPayment(db: DbClient, actor: Actor, invoiceId: string, input: PaymentInput, options: { audit?: AuditSink; now?: Date } = {}): Promise<PaymentResult> {
  if (typeof input.amount !== 'bigint' || input.amount <= 0n) throw new InvoicingError('PAYMENT_AMOUNT_INVALID', 'amount');
  // Money is recorded once it has arrived: a value date still to come is a typo or a promise. A date
  // before the invoice's own is allowed: deposits are paid before the invoice is issued.
  const today = swissToday(options.now);
  const paidOn = input.paidOn ?? today;
  if (paidOn > today) throw new InvoicingError('PAYMENT_DATE_IN_FUTURE', 'paidOn', { today }, `The value date ${paidOn} is after today (${today}).`);
  const { organisationId } = actor;
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'invoice', organisationId, invoiceId);
    if (!locked) throw notFound('invoice');
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      select: { id: true, kind: true, status: true, currency: true, totalPayable: true, amountPaid: true, number: true },
    });
    if (invoice.kind === 'credit_note') throw new InvoicingError('INVOICE_IS_CREDIT_NOTE');
    if (invoice.status === 'draft') throw new InvoicingError('INVOICE_NOT_ISSUED');
    if (invoice.status === 'cancelled') throw new InvoicingError('INVOICE_CANCELLED');
    // Reminder fees are owed with the invoice: paying a reminder's amount due settles both.
    const due = invoice.totalPayable + (await creditedSoFar(tx, invoiceId)) + (await reminderFeesSoFar(tx, organisationId, invoiceId));
    const amountPaid = invoice.amountPaid + input.amount;
    const status = amountPaid >= due ? 'paid' : 'partially_paid';
    const overpaidBy = amountPaid > due ? amountPaid - due : 0n;
    const payment = await tx.payment.create({
      data: {
        organisationId,
        invoiceId,
        amount: input.amount,
        currency: invoice.currency,
        paidOn: fromIsoDate(paidOn),
        source: input.source ?? 'manual',
        bankReference: input.bankReference ?? null,
        note: input.note ?? null,
        createdById: actor.userId,
      },
    });
    await tx.invoice.update({ where: { id: invoiceId }, data: { status, amountPaid } });
    await options.audit?.(
      tx,
      auditOf(actor, 'invoice.payment_recorded', 'invoice', invoiceId, {
        paymentId: payment.id,
        number: invoice.number,
        amount: input.amount.toString(),
        currency: invoice.currency,
        amountPaid: amountPaid.toString(),
        status,
        overpaid: overpaidBy > 0n,
        overpaidBy: overpaidBy.toString(),
      }),
    );
    return { payment, invoice: { id: invoiceId, status, amountPaid, amountDue: due > amountPaid ? due - amountPaid : 0n }, overpaidBy };
  });
}

/** GET /api/invoices/:id/payments: oldest first; null when the invoice is not the organisation's. */
export async function listPayments(db: DbClient, actor: Actor, invoiceId: string, query: { limit: number; after?: { createdAt: Date; id: string } }) {
  const exists = await db.invoice.count({ where: { id: invoiceId, organisationId: actor.organisationId } });
  if (!exists) throw notFound('invoice');
  const after = query.after;
  return db.payment.findMany({
    where: {
      organisationId: actor.organisationId,
      invoiceId,
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: query.limit + 1,
  });
}
