import { foldSearchText } from '@simplifaq/db';
import type { Prisma, QuoteStatus } from '@simplifaq/db';
import { assertClient, loadOrganisationDefaults } from '../invoices/create-invoice-draft';
import type { DraftDeps } from '../invoices/create-invoice-draft';
import { calculateDocument, toLineRows, toStoredTotals } from '../lines/calculate-document';
import { fromStoredLine, resolveLines } from '../lines/resolve-lines';
import type { Actor } from '../shared/actor';
import { fromIsoDateOrNull, swissToday, toIsoDateOrNull } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { lockDocument, updateLineAmounts } from '../shared/sql-lines';
import type { QuoteDraftInput, QuoteRecord } from './quote-types';
import { quoteInclude } from './quote-types';

const pick = <T>(patch: T | undefined, current: T): T => (patch === undefined ? current : patch);

/** POST /api/quotes: a draft offer with lines from products or free text, priced for today. */
export async function createQuote(db: DbClient, actor: Actor, input: QuoteDraftInput & { clientId: string }, deps: DraftDeps): Promise<QuoteRecord> {
  const { organisationId } = actor;
  const [org, client] = await Promise.all([loadOrganisationDefaults(db, organisationId), assertClient(db, organisationId, input.clientId)]);
  const priceMode = input.priceMode ?? 'net';
  const rates = await deps.rates.get(db);
  const today = swissToday(deps.now);
  const lines = await resolveLines(db, organisationId, input.lines ?? [], { priceMode, vatRegistered: org.vatRegistered, rates, supplyDate: input.supplyDate ?? today });
  const header = {
    priceMode,
    currency: input.currency ?? org.currency,
    discountBp: input.discountBp ?? 0,
    supplyDate: input.supplyDate ?? null,
    supplyPeriodEnd: null,
  };
  const calc = calculateDocument(header, lines, { vatRegistered: org.vatRegistered, rates, documentDate: today });
  return db.quote.create({
    data: {
      organisationId,
      clientId: client.id,
      currency: header.currency,
      priceMode,
      language: input.language ?? client.language,
      validUntil: fromIsoDateOrNull(input.validUntil),
      supplyDate: fromIsoDateOrNull(input.supplyDate),
      title: input.title ?? null,
      introText: input.introText ?? null,
      footerText: input.footerText ?? null,
      discountBp: header.discountBp,
      ...toStoredTotals(calc),
      lines: { createMany: { data: toLineRows(lines, calc) } },
    },
    include: quoteInclude,
  });
}

/** PATCH /api/quotes/:id: drafts only (QUOTE_NOT_DRAFT once sent: the client has seen it). */
export async function updateQuote(db: DbClient, actor: Actor, quoteId: string, patch: QuoteDraftInput, deps: DraftDeps): Promise<QuoteRecord> {
  const { organisationId } = actor;
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'quote', organisationId, quoteId);
    if (!locked) throw notFound('quote');
    if (locked.status !== 'draft') throw new InvoicingError('QUOTE_NOT_DRAFT');
    const current = await tx.quote.findUniqueOrThrow({ where: { id: quoteId }, include: { lines: { orderBy: { position: 'asc' } } } });
    if (patch.clientId !== undefined) await assertClient(tx, organisationId, patch.clientId);
    const org = await loadOrganisationDefaults(tx, organisationId);
    const rates = await deps.rates.get(tx);
    const today = swissToday(deps.now);
    const header = {
      priceMode: pick(patch.priceMode, current.priceMode),
      currency: pick(patch.currency, current.currency),
      discountBp: pick(patch.discountBp, current.discountBp),
      supplyDate: pick(patch.supplyDate, toIsoDateOrNull(current.supplyDate)),
      supplyPeriodEnd: null,
    };
    const lines = patch.lines
      ? await resolveLines(tx, organisationId, patch.lines, { priceMode: header.priceMode, vatRegistered: org.vatRegistered, rates, supplyDate: header.supplyDate ?? today })
      : current.lines.map(fromStoredLine);
    const calc = calculateDocument(header, lines, { vatRegistered: org.vatRegistered, rates, documentDate: today });
    await tx.quote.update({
      where: { id: quoteId },
      data: {
        clientId: pick(patch.clientId, current.clientId),
        currency: header.currency,
        priceMode: header.priceMode,
        language: pick(patch.language, current.language),
        validUntil: patch.validUntil === undefined ? current.validUntil : fromIsoDateOrNull(patch.validUntil),
        supplyDate: fromIsoDateOrNull(header.supplyDate),
        title: pick(patch.title, current.title),
        introText: pick(patch.introText, current.introText),
        footerText: pick(patch.footerText, current.footerText),
        discountBp: header.discountBp,
        ...toStoredTotals(calc),
      },
    });
    if (patch.lines) {
      await tx.quoteLine.deleteMany({ where: { quoteId } });
      await tx.quoteLine.createMany({ data: toLineRows(lines, calc).map((row) => ({ ...row, quoteId })) });
    } else {
      await updateLineAmounts(tx, 'quote_line', current.lines, calc);
    }
    return tx.quote.findUniqueOrThrow({ where: { id: quoteId }, include: quoteInclude });
  });
}

export async function deleteQuote(db: DbClient, actor: Actor, quoteId: string): Promise<void> {
  const { count } = await db.quote.deleteMany({ where: { id: quoteId, organisationId: actor.organisationId, status: 'draft' } });
  if (count > 0) return;
  const exists = await db.quote.count({ where: { id: quoteId, organisationId: actor.organisationId } });
  throw exists ? new InvoicingError('QUOTE_NOT_DRAFT') : notFound('quote');
}

export async function getQuote(db: DbClient, actor: Actor, quoteId: string): Promise<QuoteRecord> {
  const quote = await db.quote.findFirst({ where: { id: quoteId, organisationId: actor.organisationId }, include: quoteInclude });
  if (!quote) throw notFound('quote');
  return quote;
}

export interface QuoteListQuery {
  limit: number;
  after?: { createdAt: Date; id: string };
  status?: QuoteStatus;
  clientId?: string;
  /** Quote date range, inclusive. */
  from?: string;
  to?: string;
  q?: string;
}

/** Newest first, `limit + 1` rows. */
export async function listQuotes(db: DbClient, actor: Actor, query: QuoteListQuery) {
  const and: Prisma.QuoteWhereInput[] = [];
  if (query.status) and.push({ status: query.status });
  if (query.clientId) and.push({ clientId: query.clientId });
  if (query.from) and.push({ issueDate: { gte: fromIsoDateOrNull(query.from) as Date } });
  if (query.to) and.push({ issueDate: { lte: fromIsoDateOrNull(query.to) as Date } });
  if (query.q) {
    const contains = { contains: query.q, mode: 'insensitive' as const };
    and.push({ OR: [{ number: contains }, { title: contains }, { client: { searchText: { contains: foldSearchText(query.q) } } }] });
  }
  if (query.after) {
    const { createdAt, id } = query.after;
    and.push({ OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] });
  }
  return db.quote.findMany({
    where: { organisationId: actor.organisationId, AND: and },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
    include: { client: { select: { name: true } } },
  });
}
