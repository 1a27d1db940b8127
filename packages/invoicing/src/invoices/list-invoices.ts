import type { InvoiceKind, InvoiceStatus, Prisma } from '@simplifaq/db';
import type { IsoDate } from '@simplifaq/swiss';
import type { Actor } from '../shared/actor';
import { fromIsoDate, swissToday } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';

export interface InvoiceListQuery {
  limit: number;
  /** Keyset: the (createdAt, id) of the last row of the previous page. */
  after?: { createdAt: Date; id: string };
  /** A stored status, or `overdue`: issued or partially paid and past the due date (never stored). */
  status?: InvoiceStatus | 'overdue';
  kind?: InvoiceKind;
  clientId?: string;
  /** Issue date range, inclusive. */
  from?: IsoDate;
  to?: IsoDate;
  /** Matches the number or the client's name, case-insensitively. */
  q?: string;
}

export const invoiceSummarySelect = {
  id: true,
  kind: true,
  status: true,
  number: true,
  clientId: true,
  client: { select: { name: true } },
  creditedInvoiceId: true,
  currency: true,
  issueDate: true,
  dueDate: true,
  title: true,
  totalPayable: true,
  amountPaid: true,
  createdAt: true,
} as const;

export type InvoiceSummaryRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceSummarySelect }>;

/** Newest first; `limit + 1` rows so the caller knows whether another page follows. */
export async function listInvoices(db: DbClient, actor: Actor, query: InvoiceListQuery, now?: Date): Promise<InvoiceSummaryRow[]> {
  const and: Prisma.InvoiceWhereInput[] = [];
  if (query.status === 'overdue') {
    and.push({ status: { in: ['issued', 'partially_paid'] }, dueDate: { lt: fromIsoDate(swissToday(now)) } });
  } else if (query.status) {
    and.push({ status: query.status });
  }
  if (query.kind) and.push({ kind: query.kind });
  if (query.clientId) and.push({ clientId: query.clientId });
  if (query.from) and.push({ issueDate: { gte: fromIsoDate(query.from) } });
  if (query.to) and.push({ issueDate: { lte: fromIsoDate(query.to) } });
  if (query.q) {
    const contains = { contains: query.q, mode: 'insensitive' as const };
    and.push({ OR: [{ number: contains }, { client: { name: contains } }] });
  }
  if (query.after) {
    const { createdAt, id } = query.after;
    and.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  return db.invoice.findMany({
    where: { organisationId: actor.organisationId, AND: and },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    select: invoiceSummarySelect,
  });
}
