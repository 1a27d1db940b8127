import type { PrismaClient, Quote } from '@simplifaq/db';
import type { Actor, QuoteDraftInput, QuoteRecord, TvaRateSource, TvaSummaryEntry } from '@simplifaq/invoicing';
import { convertQuote, createKeyedLimiter, createQuote, decideQuote, deleteQuote, getQuote, listQuotes, sendQuote, toIsoDateOrNull, updateQuote } from '@simplifaq/invoicing';
import { toMinor } from '../../lib/money-json';
import { toPage } from '../../lib/pagination';
import { toInvoiceJson, toLineJson } from '../invoices/invoice-json';
import { auditSink, decodeCreatedCursor, NUMBERING_PERMITS, toLineInputs } from '../invoices/invoice-service';
import type { TQuoteInput, TQuoteListQuery, TQuotePatch } from './quote-schemas';

function toQuoteSummaryJson(q: Quote & { client: { name: string } }) {
  return {
    id: q.id,
    status: q.status,
    number: q.number,
    clientId: q.clientId,
    clientName: q.client.name,
    currency: q.currency,
    priceMode: q.priceMode,
    language: q.language,
    issueDate: toIsoDateOrNull(q.issueDate),
    validUntil: toIsoDateOrNull(q.validUntil),
    supplyDate: toIsoDateOrNull(q.supplyDate),
    title: q.title,
    discountBp: q.discountBp,
    totalNet: toMinor(q.totalNet),
    totalTva: toMinor(q.totalTva),
    totalGross: toMinor(q.totalGross),
    roundingAdjustment: toMinor(q.roundingAdjustment),
    totalPayable: toMinor(q.totalPayable),
    convertedInvoiceId: q.convertedInvoiceId,
    sentAt: q.sentAt,
    decidedAt: q.decidedAt,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
  };
}

function toQuoteJson(q: QuoteRecord) {
  return {
    ...toQuoteSummaryJson(q),
    introText: q.introText,
    footerText: q.footerText,
    lines: q.lines.map(toLineJson),
    tvaSummary: (Array.isArray(q.tvaSummary) ? q.tvaSummary : []) as TvaSummaryEntry[],
  };
}

const toDraftInput = <T extends TQuotePatch>(body: T): QuoteDraftInput & Pick<T, 'clientId'> => ({ ...body, lines: toLineInputs(body.lines) });

export function createQuoteService({ prisma, rates }: { prisma: PrismaClient; rates: TvaRateSource }) {
  const numbering = createKeyedLimiter(NUMBERING_PERMITS);
  return {
    async list(actor: Actor, query: TQuoteListQuery) {
      const { cursor, limit, ...filters } = query;
      const rows = await listQuotes(prisma, actor, { ...filters, limit, after: decodeCreatedCursor(cursor) });
      const page = toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
      return { items: page.items.map(toQuoteSummaryJson), nextCursor: page.nextCursor };
    },
    get: async (actor: Actor, id: string) => toQuoteJson(await getQuote(prisma, actor, id)),
    create: async (actor: Actor, body: TQuoteInput) => toQuoteJson(await createQuote(prisma, actor, toDraftInput(body), { rates })),
    update: async (actor: Actor, id: string, body: TQuotePatch) => toQuoteJson(await updateQuote(prisma, actor, id, toDraftInput(body), { rates })),
    remove: (actor: Actor, id: string) => deleteQuote(prisma, actor, id),
    send: async (actor: Actor, id: string) => toQuoteJson(await numbering(`${actor.organisationId}:quote`, () => sendQuote(prisma, actor, id, { audit: auditSink }))),
    accept: async (actor: Actor, id: string) => toQuoteJson(await decideQuote(prisma, actor, id, 'accepted', { audit: auditSink })),
    decline: async (actor: Actor, id: string) => toQuoteJson(await decideQuote(prisma, actor, id, 'declined', { audit: auditSink })),
    convert: async (actor: Actor, id: string) => toInvoiceJson(await convertQuote(prisma, actor, id, { rates, audit: auditSink })),
  };
}

export type QuoteService = ReturnType<typeof createQuoteService>;
