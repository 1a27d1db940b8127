import type { InvoiceStatus, Prisma } from '@simplifaq/db';
import type { IsoDate } from '@simplifaq/swiss';
import { calculateDocument, toLineRows, toStoredTotals } from '../lines/calculate-document';
import { fromStoredLine } from '../lines/resolve-lines';
import { allocateDocumentNumber } from '../numbering/allocate-document-number';
import type { Actor, AuditSink } from '../shared/actor';
import { auditOf } from '../shared/actor';
import { fromIsoDate, fromIsoDateOrNull, swissToday, toIsoDate, toIsoDateOrNull } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { lockDocument } from '../shared/sql-lines';
import { loadTvaRates } from '../shared/tva-rates';
import type { CreditNoteInput } from './credit-note-lines';
import { creditAllLines, creditAmount, creditChosenLines, originalHeader } from './credit-note-lines';
import type { InvoiceRecord } from './invoice-types';
import { invoiceInclude, invoiceOmit } from './invoice-types';
import type { DebtorSnapshot, RenderPdf } from './issued-document';
import { creditorSnapshot, loadLogo, renderAndHash } from './issued-document';

export interface CreditNoteOptions {
  renderPdf?: RenderPdf;
  audit?: AuditSink;
  now?: Date;
}

/** Σ totalPayable of the credit notes already issued against an invoice (≤ 0). */
export async function creditedSoFar(db: DbClient, invoiceId: string): Promise<bigint> {
  const rows = await db.$queryRaw<{ sum: bigint | null }[]>`
    SELECT SUM(total_payable)::bigint AS sum FROM invoice WHERE credited_invoice_id = ${invoiceId}::uuid AND kind = 'credit_note' AND status <> 'draft'`;
  return BigInt(rows[0]?.sum ?? 0n);
}

function buildCredit(original: Parameters<typeof creditAllLines>[0], input: CreditNoteInput, vatRegistered: boolean, rates: Awaited<ReturnType<typeof loadTvaRates>>, previous: bigint) {
  if (input.amount !== undefined) {
    const header = originalHeader(original);
    const originalCalc = calculateDocument(header, original.lines.map(fromStoredLine), { vatRegistered, rates, documentDate: header.supplyDate ?? swissToday() });
    return creditAmount(original, originalCalc, input.amount);
  }
  if (input.lines?.length) return creditChosenLines(original, input.lines);
  // "Everything" after earlier partial credits is what remains: credit it as an amount.
  if (previous !== 0n) {
    const header = originalHeader(original);
    const originalCalc = calculateDocument(header, original.lines.map(fromStoredLine), { vatRegistered, rates, documentDate: header.supplyDate ?? swissToday() });
    return creditAmount(original, originalCalc, originalCalc.totalPayable + previous);
  }
  return creditAllLines(original);
}

/**
 * POST /api/invoices/:id/credit-note — the only way to correct or cancel an issued invoice (CO art.
 * 958f: records are not edited). Issues, in one transaction, an invoice row of kind credit_note in
 * the credit-note series with negative amounts at the original's rates, referencing the original
 * and without a payment part. When it credits all that is still open (total − earlier credit
 * notes − payments), the original is cancelled: nothing more is to be collected.
 */
export async function createCreditNote(db: DbClient, actor: Actor, invoiceId: string, input: CreditNoteInput, options: CreditNoteOptions = {}) {
  const { organisationId } = actor;
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'invoice', organisationId, invoiceId);
    if (!locked) throw notFound('invoice');
    const original = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, omit: invoiceOmit, include: { lines: { orderBy: { position: 'asc' } } } });
    if (original.kind === 'credit_note') throw new InvoicingError('INVOICE_IS_CREDIT_NOTE');
    if (original.status === 'draft') throw new InvoicingError('INVOICE_NOT_ISSUED');
    if (original.status === 'cancelled') throw new InvoicingError('INVOICE_CANCELLED');
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, omit: { logo: true } });
    const vatRegistered = (original.creditorSnapshot as { vatRegistered?: boolean } | null)?.vatRegistered ?? org.vatRegistered;
    const rates = await loadTvaRates(tx);
    const previous = await creditedSoFar(tx, invoiceId);
    const creditable = original.totalPayable + previous;

    const { header, lines } = buildCredit(original, input, vatRegistered, rates, previous);
    if (lines.length === 0) throw new InvoicingError('CREDIT_NOTE_EMPTY');
    const calc = calculateDocument(header, lines, { vatRegistered, rates, documentDate: header.supplyDate ?? swissToday(now) });
    if (calc.totalPayable >= 0n) throw new InvoicingError('CREDIT_NOTE_EMPTY', input.amount !== undefined ? 'amount' : 'lines');
    if (-calc.totalPayable > creditable) {
      throw new InvoicingError('CREDIT_EXCEEDS_INVOICE', input.amount !== undefined ? 'amount' : 'lines', { creditable: creditable.toString() });
    }

    const issueDate: IsoDate = swissToday(now);
    const draft = await tx.invoice.create({
      data: {
        organisationId,
        kind: 'credit_note',
        status: 'draft',
        clientId: original.clientId,
        creditedInvoiceId: original.id,
        currency: original.currency,
        priceMode: header.priceMode,
        language: original.language,
        supplyDate: fromIsoDateOrNull(header.supplyDate),
        supplyPeriodEnd: fromIsoDateOrNull(header.supplyPeriodEnd),
        paymentTermDays: 0,
        referenceType: 'NON',
        clientReference: original.clientReference,
        title: input.title ?? null,
        introText: input.introText ?? null,
        footerText: input.footerText ?? null,
        discountBp: header.discountBp,
        ...toStoredTotals(calc),
        lines: { createMany: { data: toLineRows(lines, calc) } },
      },
      omit: invoiceOmit,
      include: invoiceInclude,
    });
    const creditor = creditorSnapshot(org, original.language);
    const debtor = original.debtorSnapshot as DebtorSnapshot;
    const { number, sequence } = await allocateDocumentNumber(tx, { organisationId, series: 'credit_note', pattern: org.creditNotePattern, date: issueDate });
    const issued = {
      status: 'issued' as const,
      number,
      sequence,
      issueDate: fromIsoDate(issueDate),
      creditorSnapshot: creditor,
      debtorSnapshot: debtor as unknown as Prisma.InputJsonValue,
      issuedAt: now,
    };
    const pdf = options.renderPdf
      ? await renderAndHash(options.renderPdf, {
          invoice: { ...draft, ...issued, debtorSnapshot: debtor },
          creditor,
          debtor,
          bankAccount: null,
          calculation: calc,
          qrBill: null,
          creditedInvoice: { id: original.id, number: original.number, issueDate: toIsoDateOrNull(original.issueDate) },
          logo: await loadLogo(tx, organisationId),
        })
      : {};
    const creditNote = await tx.invoice.update({ where: { id: draft.id }, data: { ...issued, ...pdf }, omit: invoiceOmit, include: invoiceInclude });

    // Still to be collected before this credit note; crediting all of it cancels the invoice.
    const open = creditable - original.amountPaid;
    const cancels = open > 0n && -calc.totalPayable >= open && (original.status === 'issued' || original.status === 'partially_paid');
    const originalStatus: InvoiceStatus = cancels ? 'cancelled' : original.status;
    if (cancels) await tx.invoice.update({ where: { id: invoiceId }, data: { status: 'cancelled', cancelledAt: now } });
    await options.audit?.(
      tx,
      auditOf(actor, 'invoice.credit_note_issued', 'invoice', invoiceId, { creditNoteId: creditNote.id, number, totalPayable: calc.totalPayable.toString(), originalStatus }),
    );
    if (originalStatus === 'cancelled') await options.audit?.(tx, auditOf(actor, 'invoice.cancelled', 'invoice', invoiceId, { creditNoteId: creditNote.id, number: original.number }));
    return { creditNote, original: { id: original.id, number: original.number, status: originalStatus, issueDate: toIsoDate(original.issueDate ?? now) } };
  });
}

export type CreditNoteResult = Awaited<ReturnType<typeof createCreditNote>>;
export type { InvoiceRecord };
