import type { PrismaClient, SqlExecutor } from '@simplifaq/db';
import type { Actor, AuditSink, InvoiceDraftInput, KeyedLimiter, LineInput, RenderPdf, TvaRateSource } from '@simplifaq/invoicing';
import {
  createCreditNote,
  createKeyedLimiter,
  createInvoiceDraft,
  deleteInvoiceDraft,
  duplicateInvoice,
  getInvoice,
  issueInvoice,
  listInvoiceSummaries,
  updateInvoiceDraft,
} from '@simplifaq/invoicing';
import { badRequest } from '../../lib/app-error';
import { fromMinor } from '../../lib/money-json';
import { decodeCursor, toPage } from '../../lib/pagination';
import { recordAuditEvent } from '../audit/audit-repo';
import type { TLineInput } from './document-schemas';
import { toInvoiceJson } from './invoice-json';
import type { TInvoiceInput, TInvoiceListQuery, TInvoicePatch } from './invoice-schemas';

export interface InvoiceServiceDeps {
  prisma: PrismaClient;
  /** The driver under Prisma, for the list (one statement, JSON written by Postgres). */
  sql: SqlExecutor;
  rates: TvaRateSource;
  /** The PDF renderer (packages/documents, wired in app.ts); without it invoices are issued without a PDF. */
  renderPdf?: RenderPdf;
  /** Called after each committed issue (metrics). */
  onIssued?: (kind: 'invoice' | 'credit_note') => void;
  /** Gate of the numbering transactions per organisation and series (keyed-limiter.ts). */
  numbering?: KeyedLimiter;
}

/** Issues in flight per organisation and series in this process; the rest wait without a connection. */
export const NUMBERING_PERMITS = 4;

export const auditSink: AuditSink = (tx, event) => recordAuditEvent(tx, event);

export function toLineInputs(lines: readonly TLineInput[] | undefined): LineInput[] | undefined {
  return lines?.map((l) => ({ ...l, unitPrice: l.unitPrice === undefined ? undefined : fromMinor(l.unitPrice) }));
}

function toDraftInput<T extends TInvoicePatch>(body: T): InvoiceDraftInput & Pick<T, 'clientId'> {
  return { ...body, lines: toLineInputs(body.lines) };
}

/** Keyset cursor of the lists: the last row's (createdAt, id). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCreatedCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  const values = decodeCursor(cursor, 2);
  if (!values) return undefined;
  const createdAt = new Date(String(values[0]));
  if (Number.isNaN(createdAt.getTime()) || !UUID.test(String(values[1]))) throw badRequest('CURSOR_INVALID', 'The cursor is not one this API gave out.', 'cursor');
  return { createdAt, id: String(values[1]) };
}

/** Thin: turns API shapes into use-case input (minor units → bigint) and results into JSON. */
export function createInvoiceService(deps: InvoiceServiceDeps) {
  const { prisma, rates } = deps;
  const numbering = deps.numbering ?? createKeyedLimiter(NUMBERING_PERMITS);
  return {
    /** The page as JSON text, written by Postgres row by row (see listInvoiceSummaries). */
    async list(actor: Actor, query: TInvoiceListQuery): Promise<string> {
      const { cursor, limit, ...filters } = query;
      const rows = await listInvoiceSummaries(deps.sql, actor, { ...filters, limit, after: decodeCreatedCursor(cursor) });
      const page = toPage(rows, limit, (r) => [r.createdAt, r.id]);
      return `{"items":[${page.items.map((r) => r.json).join(',')}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
    },
    get: async (actor: Actor, id: string) => toInvoiceJson(await getInvoice(prisma, actor, id, { rates })),
    create: async (actor: Actor, body: TInvoiceInput) => toInvoiceJson(await createInvoiceDraft(prisma, actor, toDraftInput(body), { rates })),
    update: async (actor: Actor, id: string, body: TInvoicePatch) => toInvoiceJson(await updateInvoiceDraft(prisma, actor, id, toDraftInput(body), { rates })),
    remove: (actor: Actor, id: string) => deleteInvoiceDraft(prisma, actor, id),
    duplicate: async (actor: Actor, id: string) => toInvoiceJson(await duplicateInvoice(prisma, actor, id, { rates })),
    async issue(actor: Actor, id: string, body: { issueDate?: string }) {
      const issued = await numbering(`${actor.organisationId}:invoice`, () =>
        issueInvoice(prisma, actor, id, { issueDate: body.issueDate, renderPdf: deps.renderPdf, audit: auditSink, rates }),
      );
      deps.onIssued?.('invoice');
      return toInvoiceJson(issued);
    },
    async creditNote(actor: Actor, id: string, body: { lines?: { lineId: string; quantity?: string }[]; amount?: number; title?: string | null; introText?: string | null; footerText?: string | null }) {
      const { amount, ...rest } = body;
      const input = { ...rest, ...(amount === undefined ? {} : { amount: fromMinor(amount) }) };
      const result = await numbering(`${actor.organisationId}:credit_note`, () => createCreditNote(prisma, actor, id, input, { renderPdf: deps.renderPdf, audit: auditSink }));
      deps.onIssued?.('credit_note');
      return { ...toInvoiceJson(result.creditNote), creditedInvoice: result.original };
    },
  };
}

export type InvoiceService = ReturnType<typeof createInvoiceService>;
