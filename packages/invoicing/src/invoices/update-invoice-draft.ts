import { calculateDocument, toLineRows, toStoredTotals } from '../lines/calculate-document';
import { fromStoredLine, resolveLines } from '../lines/resolve-lines';
import type { Actor } from '../shared/actor';
import { fromIsoDateOrNull, swissToday, toIsoDateOrNull } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { inTransaction } from '../shared/db-client';
import { InvoicingError, notFound } from '../shared/invoicing-error';
import { lockDocument, updateLineAmounts } from '../shared/sql-lines';
import type { DraftDeps, DraftHeader } from './create-invoice-draft';
import { assertBankAccount, assertClient, loadOrganisationDefaults } from './create-invoice-draft';
import type { InvoiceDraftInput, InvoiceRecord } from './invoice-types';
import { invoiceInclude, invoiceOmit } from './invoice-types';

const pick = <T>(patch: T | undefined, current: T): T => (patch === undefined ? current : patch);

/**
 * PATCH /api/invoices/:id: changes what the patch names and recalculates. Drafts only — the row
 * is locked first so that an issue running at the same time either sees the change or wins and
 * makes this answer INVOICE_NOT_DRAFT (the database trigger refuses it as well).
 */
export async function updateInvoiceDraft(db: DbClient, actor: Actor, invoiceId: string, patch: InvoiceDraftInput, deps: DraftDeps): Promise<InvoiceRecord> {
  const { organisationId } = actor;
  return inTransaction(db, async (tx) => {
    const locked = await lockDocument(tx, 'invoice', organisationId, invoiceId);
    if (!locked) throw notFound('invoice');
    if (locked.status !== 'draft') throw new InvoicingError('INVOICE_NOT_DRAFT');
    const current = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { lines: { orderBy: { position: 'asc' } } } });
    if (patch.clientId !== undefined) await assertClient(tx, organisationId, patch.clientId);
    if (patch.bankAccountId) await assertBankAccount(tx, organisationId, patch.bankAccountId);
    const org = await loadOrganisationDefaults(tx, organisationId);
    const header: Omit<DraftHeader, 'clientName'> = {
      clientId: pick(patch.clientId, current.clientId),
      bankAccountId: pick(patch.bankAccountId, current.bankAccountId),
      currency: pick(patch.currency, current.currency),
      priceMode: pick(patch.priceMode, current.priceMode),
      language: pick(patch.language, current.language),
      supplyDate: pick(patch.supplyDate, toIsoDateOrNull(current.supplyDate)),
      supplyPeriodEnd: pick(patch.supplyPeriodEnd, toIsoDateOrNull(current.supplyPeriodEnd)),
      dueDate: pick(patch.dueDate, toIsoDateOrNull(current.dueDate)),
      paymentTermDays: pick(patch.paymentTermDays, current.paymentTermDays),
      referenceType: pick(patch.referenceType, current.referenceType),
      clientReference: pick(patch.clientReference, current.clientReference),
      title: pick(patch.title, current.title),
      introText: pick(patch.introText, current.introText),
      footerText: pick(patch.footerText, current.footerText),
      discountBp: pick(patch.discountBp, current.discountBp),
    };
    const rates = await deps.rates.get(tx);
    const today = swissToday(deps.now);
    const lines = patch.lines
      ? await resolveLines(tx, organisationId, patch.lines, { priceMode: header.priceMode, vatRegistered: org.vatRegistered, rates, supplyDate: header.supplyDate ?? today })
      : current.lines.map(fromStoredLine);
    const calc = calculateDocument(header, lines, { vatRegistered: org.vatRegistered, rates, documentDate: today });
    await tx.invoice.update({
      where: { id: invoiceId },
      data: {
        ...header,
        supplyDate: fromIsoDateOrNull(header.supplyDate),
        supplyPeriodEnd: fromIsoDateOrNull(header.supplyPeriodEnd),
        dueDate: fromIsoDateOrNull(header.dueDate),
        ...toStoredTotals(calc),
      },
    });
    if (patch.lines) {
      await tx.invoiceLine.deleteMany({ where: { invoiceId } });
      await tx.invoiceLine.createMany({ data: toLineRows(lines, calc).map((row) => ({ ...row, invoiceId })) });
    } else {
      await updateLineAmounts(tx, 'invoice_line', current.lines, calc);
    }
    return tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, omit: invoiceOmit, include: invoiceInclude });
  });
}

/** DELETE /api/invoices/:id: drafts only; an issued invoice is a record kept 10 years (CO art. 958f). */
export async function deleteInvoiceDraft(db: DbClient, actor: Actor, invoiceId: string): Promise<void> {
  const { count } = await db.invoice.deleteMany({ where: { id: invoiceId, organisationId: actor.organisationId, status: 'draft' } });
  if (count > 0) return;
  const exists = await db.invoice.count({ where: { id: invoiceId, organisationId: actor.organisationId } });
  throw exists ? new InvoicingError('INVOICE_NOT_DRAFT') : notFound('invoice');
}
