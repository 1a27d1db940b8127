import type { Payment, PrismaClient } from '@simplifaq/db';
import type { Actor } from '@simplifaq/invoicing';
import { listPayments, recordPayment, toIsoDate } from '@simplifaq/invoicing';
import { fromMinor, toMinor } from '../../lib/money-json';
import { toPage } from '../../lib/pagination';
import { auditSink, decodeCreatedCursor } from '../invoices/invoice-service';
import type { TPaymentInput } from './payment-schemas';

function toPaymentJson(p: Payment) {
  return {
    id: p.id,
    invoiceId: p.invoiceId,
    amount: toMinor(p.amount),
    currency: p.currency,
    paidOn: toIsoDate(p.paidOn),
    source: p.source,
    bankReference: p.bankReference,
    note: p.note,
    createdAt: p.createdAt,
  };
}

export function createPaymentService({ prisma }: { prisma: PrismaClient }) {
  return {
    async record(actor: Actor, invoiceId: string, body: TPaymentInput) {
      const result = await recordPayment(prisma, actor, invoiceId, { ...body, amount: fromMinor(body.amount) }, { audit: auditSink });
      return {
        payment: toPaymentJson(result.payment),
        invoice: { ...result.invoice, amountPaid: toMinor(result.invoice.amountPaid), amountDue: toMinor(result.invoice.amountDue) },
        overpaid: result.overpaidBy > 0n,
        overpaidBy: toMinor(result.overpaidBy),
      };
    },
    async list(actor: Actor, invoiceId: string, query: { limit: number; cursor?: string }) {
      const rows = await listPayments(prisma, actor, invoiceId, { limit: query.limit, after: decodeCreatedCursor(query.cursor) });
      const page = toPage(rows, query.limit, (p) => [p.createdAt.toISOString(), p.id]);
      return { items: page.items.map(toPaymentJson), nextCursor: page.nextCursor };
    },
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
