import type { IsoDate } from '@simplifaq/swiss';
import type { DraftDeps } from '../invoices/create-invoice-draft';
import { insertInvoiceDraft, loadOrganisationDefaults } from '../invoices/create-invoice-draft';
import type { InvoiceRecord } from '../invoices/invoice-types';
import { calculateDocument, toStoredTotals } from '../lines/calculate-document';
import { fromStoredLine } from '../lines/resolve-lines';
import { allocateDocumentNumber, checkDocumentDate } from '../numbering/allocate-document-number';
import type { Actor, AuditSink } from '../shared/actor';
import { auditOf } from '../shared/actor';
import { addDays, fromIsoDate, swissToday, toIsoDateOrNull } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { lockDocument, updateLineAmounts } from '../shared/sql-lines';
import { loadTvaRates } from '../shared/tva-rates';
import type { QuoteRecord } from './quote-types';
import { QUOTE_VALIDITY_DAYS, quoteInclude } from './quote-types';

interface LifecycleOptions {
  audit?: AuditSink;
  now?: Date;
}

/**
 * POST /api/quotes/:id/send: the quote gets its number from the quote series (gap-free, like
 * invoices), its date, a validity (default 30 days) and totals priced at that date; it can no
 * longer be edited.
 */
export async function sendQuote(db: DbClient, actor: Actor, quoteId: string, options: LifecycleOptions & { issueDate?: IsoDate } = {}): Promise<QuoteRecord> {
  const { organisationId } = actor;
  const now = options.now ?? new Date();
  const issueDate = options.issueDate ?? swissToday(now);
  checkDocumentDate(issueDate, swissToday(now));
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'quote', organisationId, quoteId);
    if (!locked) throw notFound('quote');
    if (locked.status !== 'draft') throw new InvoicingError('QUOTE_NOT_DRAFT');
    const quote = await tx.quote.findUniqueOrThrow({ where: { id: quoteId }, include: { lines: { orderBy: { position: 'asc' } } } });
    if (quote.lines.length === 0) throw new InvoicingError('QUOTE_EMPTY', 'lines');
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { vatRegistered: true, quotePattern: true } });
    const calc = calculateDocument({ ...quote, supplyDate: toIsoDateOrNull(quote.supplyDate), supplyPeriodEnd: null }, quote.lines.map(fromStoredLine), {
      vatRegistered: org.vatRegistered,
      rates: await loadTvaRates(tx),
      documentDate: issueDate,
    });
    await updateLineAmounts(tx, 'quote_line', quote.lines, calc);
    const { number, sequence } = await allocateDocumentNumber(tx, { organisationId, series: 'quote', pattern: org.quotePattern, date: issueDate });
    const sent = await tx.quote.update({
      where: { id: quoteId },
      data: {
        status: 'sent',
        number,
        sequence,
        issueDate: fromIsoDate(issueDate),
        validUntil: quote.validUntil ?? fromIsoDate(addDays(issueDate, QUOTE_VALIDITY_DAYS)),
        sentAt: now,
        ...toStoredTotals(calc),
      },
      include: quoteInclude,
    });
    await options.audit?.(tx, auditOf(actor, 'quote.sent', 'quote', quoteId, { number }));
    return sent;
  });
}

/** POST /api/quotes/:id/accept | /decline: the client's answer to a sent quote. */
export async function decideQuote(db: DbClient, actor: Actor, quoteId: string, decision: 'accepted' | 'declined', options: LifecycleOptions = {}): Promise<QuoteRecord> {
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'quote', actor.organisationId, quoteId);
    if (!locked) throw notFound('quote');
    if (locked.status !== 'sent') throw new InvoicingError('QUOTE_NOT_SENT');
    const quote = await tx.quote.update({ where: { id: quoteId }, data: { status: decision, decidedAt: options.now ?? new Date() }, include: quoteInclude });
    await options.audit?.(tx, auditOf(actor, `quote.${decision}`, 'quote', quoteId, { number: quote.number }));
    return quote;
  });
}

/**
 * POST /api/quotes/:id/convert: an invoice draft with the quote's client, texts and lines, once
 * (the quote then points at it and is `converted`). A sent quote converts too: ordering is accepting.
 */
export async function convertQuote(db: DbClient, actor: Actor, quoteId: string, deps: DraftDeps & LifecycleOptions): Promise<InvoiceRecord> {
  const { organisationId } = actor;
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'quote', organisationId, quoteId);
    if (!locked) throw notFound('quote');
    if (locked.status === 'converted') throw new InvoicingError('QUOTE_ALREADY_CONVERTED');
    if (locked.status !== 'sent' && locked.status !== 'accepted') throw new InvoicingError('QUOTE_NOT_CONVERTIBLE');
    const quote = await tx.quote.findUniqueOrThrow({ where: { id: quoteId }, include: quoteInclude });
    const org = await loadOrganisationDefaults(tx, organisationId);
    const invoice = await insertInvoiceDraft(
      tx,
      organisationId,
      {
        clientId: quote.clientId,
        clientName: quote.client.name,
        bankAccountId: null,
        currency: quote.currency,
        priceMode: quote.priceMode,
        language: quote.language,
        supplyDate: toIsoDateOrNull(quote.supplyDate),
        supplyPeriodEnd: null,
        dueDate: null,
        paymentTermDays: org.paymentTermDays,
        referenceType: 'SCOR',
        clientReference: quote.number,
        title: quote.title,
        introText: quote.introText,
        footerText: quote.footerText,
        discountBp: quote.discountBp,
      },
      quote.lines.map(fromStoredLine),
      { vatRegistered: org.vatRegistered, rates: await deps.rates.get(tx), today: swissToday(deps.now) },
    );
    await tx.quote.update({ where: { id: quoteId }, data: { status: 'converted', convertedInvoiceId: invoice.id, decidedAt: quote.decidedAt ?? deps.now ?? new Date() } });
    await deps.audit?.(tx, auditOf(actor, 'quote.converted', 'quote', quoteId, { number: quote.number, invoiceId: invoice.id }));
    return invoice;
  });
}
