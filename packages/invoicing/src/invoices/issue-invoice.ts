import type { BankAccount } from '@simplifaq/db';
import type { IsoDate, ReferenceType } from '@simplifaq/swiss';
import { buildQrBillData, chooseReferenceType, createInvoiceQrReference, createInvoiceScorReference } from '@simplifaq/swiss';
import { calculateDocument } from '../lines/calculate-document';
import { fromStoredLine } from '../lines/resolve-lines';
import { allocateDocumentNumber, checkDocumentDate } from '../numbering/allocate-document-number';
import type { Actor, AuditSink } from '../shared/actor';
import { auditOf } from '../shared/actor';
import { addDays, swissToday, toIsoDateOrNull } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { updateLineAmounts } from '../shared/sql-lines';
import { loadTvaRates } from '../shared/tva-rates';
import type { TvaRateSource } from '../shared/tva-rates';
import { lockDraftForIssue, markIssued } from './issue-sql';
import type { InvoiceRecord } from './invoice-types';
import type { RenderPdf } from './issued-document';
import { bankAccountSnapshot, buildInvoiceQrBill, creditorSnapshot, debtorSnapshot, loadLogo, renderAndHash } from './issued-document';

export interface IssueOptions {
  /**
   * Default: today in Switzerland (at `now`). Not after today (`ISSUE_DATE_IN_FUTURE`), nor before
   * the latest date of the invoice series (`ISSUE_DATE_BEFORE_LAST`).
   */
  issueDate?: IsoDate;
  /**
   * The rate table; default: read in the transaction. The API passes its cache: rate rows are only
   * ever added, ahead of the date they take effect (a new rate is decided months before), so a
   * table at most a minute old prices the supply exactly as the stored one.
   */
  rates?: TvaRateSource;
  renderPdf?: RenderPdf;
  audit?: AuditSink;
  now?: Date;
}

/**
 * The reference of an issued invoice (IG QR-bill 2.3, §4.2.2 "Tp", "Ref"): a QR-IBAN requires a
 * QRR, built after the account's prefix (the bank's customer id); an ordinary IBAN gets a SCOR
 * (ISO 11649) unless the draft asked for NON. Both derive from the number, unique per organisation.
 */
function makeReference(account: BankAccount, requested: ReferenceType, number: string): { referenceType: ReferenceType; reference: string | null } {
  // `SCOR` is the draft default and means "a structured reference": a QR-IBAN turns it into QRR.
  const referenceType = chooseReferenceType(account.iban, requested === 'SCOR' ? null : requested, 'referenceType');
  if (referenceType === 'QRR') return { referenceType, reference: createInvoiceQrReference({ prefix: account.qrrPrefix ?? '', invoiceNumber: number }, 'number') };
  if (referenceType === 'SCOR') return { referenceType, reference: createInvoiceScorReference({ invoiceNumber: number }, 'number') };
  return { referenceType, reference: null };
}

/**
 * POST /api/invoices/:id/issue — in one transaction: lock the draft, recalculate it with the rate
 * table as it stands, take the next number of the invoice series, build the reference, freeze
 * creditor, debtor and bank account, check the complete QR-bill (any Swiss rule it breaks refuses
 * the issue with the rule's code and field), render and archive the PDF when a renderer is given,
 * and record the audit event. Any failure rolls everything back, the number included: no gap, no
 * half-issued invoice. From then on the row is a record (CO art. 958f) the database guards.
 */
export async function issueInvoice(db: DbClient, actor: Actor, invoiceId: string, options: IssueOptions = {}): Promise<InvoiceRecord> {
  const { organisationId } = actor;
  const now = options.now ?? new Date();
  const issueDate = options.issueDate ?? swissToday(now);
  checkDocumentDate(issueDate, swissToday(now));
  return inTransaction(db, async (tx) => {
    const draft = await lockDraftForIssue(tx, organisationId, invoiceId);
    if (!draft) throw notFound('invoice');
    const { invoice, lines, organisation: org } = draft;
    if (invoice.status !== 'draft') throw new InvoicingError('INVOICE_NOT_DRAFT');
    if (lines.length === 0) throw new InvoicingError('INVOICE_EMPTY', 'lines');
    const account = draft.bankAccount;
    if (!account) throw new InvoicingError(invoice.bankAccountId ? 'BANK_ACCOUNT_NOT_FOUND' : 'NO_BANK_ACCOUNT', 'bankAccountId');
    const rates = options.rates ? await options.rates.get(tx) : await loadTvaRates(tx);

    const supplyDate = toIsoDateOrNull(invoice.supplyDate);
    const supplyPeriodEnd = toIsoDateOrNull(invoice.supplyPeriodEnd);
    const calc = calculateDocument({ ...invoice, supplyDate, supplyPeriodEnd }, lines.map(fromStoredLine), {
      vatRegistered: org.vatRegistered,
      rates,
      documentDate: issueDate,
    });
    const dueDate = toIsoDateOrNull(invoice.dueDate) ?? addDays(issueDate, invoice.paymentTermDays);
    if (dueDate < issueDate) throw new InvoicingError('DUE_DATE_BEFORE_ISSUE_DATE', 'dueDate');
    const creditor = creditorSnapshot(org, invoice.language);
    const debtor = debtorSnapshot(draft.client);
    const bankAccount = bankAccountSnapshot(account);
    await updateLineAmounts(tx, 'invoice_line', lines, calc);

    // From here to the commit the organisation's invoice sequence is locked: keep it short.
    const { number, sequence } = await allocateDocumentNumber(tx, { organisationId, series: 'invoice', pattern: org.numberingPattern, date: issueDate });
    const { referenceType, reference } = makeReference(account, invoice.referenceType, number);
    const qrBill = buildInvoiceQrBill({ account: bankAccount, creditor, debtor, invoice: { ...invoice, number }, issueDate, dueDate, supplyDate, supplyPeriodEnd, referenceType, reference, calculation: calc });
    buildQrBillData(qrBill);

    const row = await markIssued(
      tx,
      draft,
      { number, sequence, issueDate, dueDate, referenceType, reference, bankAccountId: account.id, creditorSnapshot: creditor, debtorSnapshot: debtor, bankAccountSnapshot: bankAccount, issuedAt: now },
      calc,
    );
    let issued: InvoiceRecord = {
      ...row,
      client: { name: draft.client.name },
      lines: lines.map((l, i) => ({ ...l, amount: calc.lines[i]?.amount ?? l.amount, tvaRateBp: calc.lines[i]?.rateBp ?? null })),
    };
    if (options.renderPdf) {
      const logo = await loadLogo(tx, organisationId);
      const pdf = await renderAndHash(options.renderPdf, { invoice: issued, creditor, debtor, bankAccount, calculation: calc, qrBill, creditedInvoice: null, logo });
      // The one change the database allows on an issued invoice: archiving its PDF, once.
      const archived = await tx.invoice.update({ where: { id: invoiceId }, data: pdf, select: { pdfSha256: true, updatedAt: true } });
      issued = { ...issued, ...archived };
    }
    await options.audit?.(tx, auditOf(actor, 'invoice.issued', 'invoice', invoiceId, { number, totalPayable: calc.totalPayable.toString(), currency: invoice.currency, reference }));
    return issued;
  });
}
