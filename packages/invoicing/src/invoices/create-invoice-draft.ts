import type { Currency, IsoDate, Language, PriceMode, ReferenceType, TvaRateRow } from '@simplifaq/swiss';
import { calculateDocument, toLineRows, toStoredTotals } from '../lines/calculate-document';
import type { DocumentLine } from '../lines/document-line';
import { fromStoredLine, resolveLines } from '../lines/resolve-lines';
import type { Actor } from '../shared/actor';
import { fromIsoDateOrNull, swissToday } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import type { TvaRateSource } from '../shared/tva-rates';
import { insertInvoiceRow, loadDraftContext } from './invoice-sql';
import type { InvoiceDraftInput, InvoiceRecord } from './invoice-types';
import { invoiceInclude, invoiceOmit } from './invoice-types';

export interface DraftDeps {
  rates: TvaRateSource;
  now?: Date;
}

/** The organisation's settings a draft takes its defaults from. */
export async function loadOrganisationDefaults(db: DbClient, organisationId: string) {
  const org = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { vatRegistered: true, currency: true, paymentTermDays: true },
  });
  if (!org) throw notFound('organisation');
  return org;
}

export async function assertClient(db: DbClient, organisationId: string, clientId: string) {
  const client = await db.client.findFirst({ where: { id: clientId, organisationId }, select: { id: true, language: true } });
  if (!client) throw new InvoicingError('CLIENT_NOT_FOUND', 'clientId');
  return client;
}

export async function assertBankAccount(db: DbClient, organisationId: string, bankAccountId: string | null | undefined) {
  if (!bankAccountId) return;
  const found = await db.bankAccount.count({ where: { id: bankAccountId, organisationId } });
  if (!found) throw new InvoicingError('BANK_ACCOUNT_NOT_FOUND', 'bankAccountId');
}

/** A draft's header with every default decided; dates as `YYYY-MM-DD`. */
export interface DraftHeader {
  clientId: string;
  clientName: string;
  bankAccountId: string | null;
  currency: Currency;
  priceMode: PriceMode;
  language: Language;
  supplyDate: IsoDate | null;
  supplyPeriodEnd: IsoDate | null;
  dueDate: IsoDate | null;
  paymentTermDays: number;
  referenceType: ReferenceType;
  clientReference: string | null;
  title: string | null;
  introText: string | null;
  footerText: string | null;
  discountBp: number;
}

/** Inserts a draft with its lines, totals computed for `today` (the expected issue date). */
export async function insertInvoiceDraft(
  db: DbClient,
  organisationId: string,
  header: DraftHeader,
  lines: readonly DocumentLine[],
  ctx: { vatRegistered: boolean; rates: readonly TvaRateRow[]; today: IsoDate },
): Promise<InvoiceRecord> {
  const calc = calculateDocument(header, lines, { vatRegistered: ctx.vatRegistered, rates: ctx.rates, documentDate: ctx.today });
  const { clientName, ...fields } = header;
  return insertInvoiceRow(
    db,
    {
      ...EMPTY_INVOICE,
      ...fields,
      organisationId,
      supplyDate: fromIsoDateOrNull(header.supplyDate),
      supplyPeriodEnd: fromIsoDateOrNull(header.supplyPeriodEnd),
      dueDate: fromIsoDateOrNull(header.dueDate),
      ...toStoredTotals(calc),
      client: { name: clientName },
    },
    toLineRows(lines, calc),
  );
}

/** The columns of a new draft that no input sets. */
const EMPTY_INVOICE = {
  kind: 'invoice',
  status: 'draft',
  number: null,
  sequence: null,
  creditedInvoiceId: null,
  issueDate: null,
  reference: null,
  amountPaid: 0n,
  creditorSnapshot: null,
  debtorSnapshot: null,
  bankAccountSnapshot: null,
  pdfSha256: null,
  issuedAt: null,
  cancelledAt: null,
} as const;

/** POST /api/invoices: a draft from a client and lines (from products or free text). */
export async function createInvoiceDraft(db: DbClient, actor: Actor, input: InvoiceDraftInput & { clientId: string }, deps: DraftDeps): Promise<InvoiceRecord> {
  const { organisationId } = actor;
  const ctx = await loadDraftContext(db, organisationId, input.clientId);
  if (!ctx) throw new InvoicingError('CLIENT_NOT_FOUND', 'clientId');
  await assertBankAccount(db, organisationId, input.bankAccountId);
  const org = ctx;
  const priceMode = input.priceMode ?? 'net';
  const rates = await deps.rates.get(db);
  const today = swissToday(deps.now);
  const lines = await resolveLines(db, organisationId, input.lines ?? [], {
    priceMode,
    vatRegistered: org.vatRegistered,
    rates,
    supplyDate: input.supplyDate ?? today,
  });
  return insertInvoiceDraft(
    db,
    organisationId,
    {
      clientId: input.clientId,
      clientName: ctx.clientName,
      bankAccountId: input.bankAccountId ?? null,
      currency: input.currency ?? org.currency,
      priceMode,
      language: input.language ?? ctx.clientLanguage,
      supplyDate: input.supplyDate ?? null,
      supplyPeriodEnd: input.supplyPeriodEnd ?? null,
      dueDate: input.dueDate ?? null,
      paymentTermDays: input.paymentTermDays ?? org.paymentTermDays,
      referenceType: input.referenceType ?? 'SCOR',
      clientReference: input.clientReference ?? null,
      title: input.title ?? null,
      introText: input.introText ?? null,
      footerText: input.footerText ?? null,
      discountBp: input.discountBp ?? 0,
    },
    lines,
    { vatRegistered: org.vatRegistered, rates, today },
  );
}

/**
 * POST /api/invoices/:id/duplicate: a new draft with the same client, texts and lines. Dates are
 * not copied — a copy is a new supply — so rates follow the new supply date.
 */
export async function duplicateInvoice(db: DbClient, actor: Actor, invoiceId: string, deps: DraftDeps): Promise<InvoiceRecord> {
  const source = await db.invoice.findFirst({ where: { id: invoiceId, organisationId: actor.organisationId }, omit: invoiceOmit, include: invoiceInclude });
  if (!source) throw notFound('invoice');
  if (source.kind === 'credit_note') throw new InvoicingError('INVOICE_IS_CREDIT_NOTE');
  const org = await loadOrganisationDefaults(db, actor.organisationId);
  const lines = source.lines.map((l) => ({ ...fromStoredLine(l), supplyDate: null }));
  return insertInvoiceDraft(
    db,
    actor.organisationId,
    {
      clientId: source.clientId,
      clientName: source.client.name,
      bankAccountId: source.bankAccountId,
      currency: source.currency,
      priceMode: source.priceMode,
      language: source.language,
      supplyDate: null,
      supplyPeriodEnd: null,
      dueDate: null,
      paymentTermDays: source.paymentTermDays,
      referenceType: source.referenceType,
      clientReference: source.clientReference,
      title: source.title,
      introText: source.introText,
      footerText: source.footerText,
      discountBp: source.discountBp,
    },
    lines,
    { vatRegistered: org.vatRegistered, rates: await deps.rates.get(db), today: swissToday(deps.now) },
  );
}
