import { foldSearchText } from '@simplifaq/db';
import type { InvoiceKind, InvoiceStatus, SqlExecutor } from '@simplifaq/db';
import type { IsoDate } from '@simplifaq/swiss';
import type { Actor } from '../shared/actor';
import { swissToday } from '../shared/calendar';

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
  /** Matches the number (ignoring case) or the client's name, town… (ignoring case and accents). */
  q?: string;
}

/**
 * One row of the list, as Postgres wrote it: `json` is the API's invoice summary (ZInvoiceSummary
 * of the API), `createdAt` and `id` the keyset of the row for the next page's cursor.
 */
export interface InvoiceSummaryJsonRow {
  json: string;
  createdAt: string;
  id: string;
}

/** `%` and `_` are wildcards of LIKE: a search for "10_2" means those characters. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Milliseconds, UTC, as Date#toISOString writes them (the columns are timestamptz(3)).
const ISO_INSTANT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Newest first; `limit + 1` rows so the caller knows whether another page follows.
 *
 * The list is the busiest read of the app, so it is one SQL statement on the driver, without the
 * ORM, and Postgres writes each row's JSON itself (exact integers for amounts, ISO dates): the API
 * joins the rows into the page and parses nothing. The keyset (created_at, id) walks the
 * (organisation_id, created_at) index backwards, so page 2 000 costs what page 1 does. Overdue is
 * derived here as in `isOverdue` of the API: issued or partially paid, due before today in
 * Switzerland.
 */
export async function listInvoiceSummaries(sql: SqlExecutor, actor: Actor, query: InvoiceListQuery, now?: Date): Promise<InvoiceSummaryJsonRow[]> {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const today = p(swissToday(now));
  const where = [`i.organisation_id = ${p(actor.organisationId)}::uuid`];
  if (query.status === 'overdue') where.push(`i.status IN ('issued', 'partially_paid') AND i.due_date < ${today}::date`);
  else if (query.status) where.push(`i.status = ${p(query.status)}::"InvoiceStatus"`);
  if (query.kind) where.push(`i.kind = ${p(query.kind)}::"InvoiceKind"`);
  if (query.clientId) where.push(`i.client_id = ${p(query.clientId)}::uuid`);
  if (query.from) where.push(`i.issue_date >= ${p(query.from)}::date`);
  if (query.to) where.push(`i.issue_date <= ${p(query.to)}::date`);
  if (query.q) where.push(`(i.number ILIKE ${p(likePattern(query.q))} OR c.search_text LIKE ${p(likePattern(foldSearchText(query.q)))})`);
  if (query.after) where.push(`(i.created_at, i.id) < (${p(query.after.createdAt.toISOString())}::timestamptz, ${p(query.after.id)}::uuid)`);
  return sql.query<InvoiceSummaryJsonRow>(
    `SELECT json_build_object(
              'id', i.id, 'kind', i.kind, 'status', i.status,
              'overdue', i.status IN ('issued', 'partially_paid') AND i.due_date IS NOT NULL AND i.due_date < ${today}::date,
              'number', i.number, 'clientId', i.client_id, 'clientName', c.name, 'creditedInvoiceId', i.credited_invoice_id,
              'currency', i.currency, 'title', i.title, 'issueDate', i.issue_date, 'dueDate', i.due_date,
              'totalPayable', i.total_payable, 'amountPaid', i.amount_paid,
              'createdAt', to_char(i.created_at AT TIME ZONE 'UTC', ${ISO_INSTANT}))::text AS json,
            to_char(i.created_at AT TIME ZONE 'UTC', ${ISO_INSTANT}) AS "createdAt", i.id::text AS id
     FROM invoice i JOIN client c ON c.id = i.client_id
     WHERE ${where.join(' AND ')}
     ORDER BY i.created_at DESC, i.id DESC
     LIMIT ${p(query.limit + 1)}::int`,
    params,
  );
}
