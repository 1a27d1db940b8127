import { Prisma } from '@simplifaq/db';
import type { Currency, InvoiceKind, InvoiceStatus } from '@simplifaq/db';
import type { IsoDate } from '@simplifaq/swiss';
import type { Actor } from '../shared/actor';
import { swissToday } from '../shared/calendar';
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

/** One row of the list: enough for a table, no lines. */
export interface InvoiceSummaryRow {
  id: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  number: string | null;
  clientId: string;
  client: { name: string };
  creditedInvoiceId: string | null;
  currency: Currency;
  issueDate: Date | null;
  dueDate: Date | null;
  title: string | null;
  totalPayable: bigint;
  amountPaid: bigint;
  createdAt: Date;
}

/** `%` and `_` are wildcards of LIKE: a search for "10_2" means those characters. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Newest first; `limit + 1` rows so the caller knows whether another page follows. One SQL
 * statement (the list is the busiest read of the app); the keyset (created_at, id) walks the
 * (organisation_id, created_at) index backwards, so page 2 000 costs what page 1 does.
 */
export async function listInvoices(db: DbClient, actor: Actor, query: InvoiceListQuery, now?: Date): Promise<InvoiceSummaryRow[]> {
  const where: Prisma.Sql[] = [Prisma.sql`i.organisation_id = ${actor.organisationId}::uuid`];
  if (query.status === 'overdue') {
    where.push(Prisma.sql`i.status IN ('issued', 'partially_paid') AND i.due_date < ${swissToday(now)}::date`);
  } else if (query.status) {
    where.push(Prisma.sql`i.status = ${query.status}::"InvoiceStatus"`);
  }
  if (query.kind) where.push(Prisma.sql`i.kind = ${query.kind}::"InvoiceKind"`);
  if (query.clientId) where.push(Prisma.sql`i.client_id = ${query.clientId}::uuid`);
  if (query.from) where.push(Prisma.sql`i.issue_date >= ${query.from}::date`);
  if (query.to) where.push(Prisma.sql`i.issue_date <= ${query.to}::date`);
  if (query.q) where.push(Prisma.sql`(i.number ILIKE ${likePattern(query.q)} OR c.name ILIKE ${likePattern(query.q)})`);
  if (query.after) {
    const { createdAt, id } = query.after;
    where.push(Prisma.sql`(i.created_at, i.id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db.$queryRaw<(Omit<InvoiceSummaryRow, 'client'> & { clientName: string })[]>`
    SELECT i.id, i.kind::text AS kind, i.status::text AS status, i.number, i.client_id AS "clientId", c.name AS "clientName",
           i.credited_invoice_id AS "creditedInvoiceId", i.currency::text AS currency, i.issue_date AS "issueDate", i.due_date AS "dueDate",
           i.title, i.total_payable AS "totalPayable", i.amount_paid AS "amountPaid", i.created_at AS "createdAt"
    FROM invoice i JOIN client c ON c.id = i.client_id
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY i.created_at DESC, i.id DESC
    LIMIT ${query.limit + 1}::int`;
  return rows.map(({ clientName, ...row }) => ({ ...row, client: { name: clientName } }));
}
