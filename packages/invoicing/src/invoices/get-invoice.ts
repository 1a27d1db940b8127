import { isSwissRuleError } from '@simplifaq/swiss';
import { calculateDocument, toStoredTotals } from '../lines/calculate-document';
import { fromStoredLine } from '../lines/resolve-lines';
import type { Actor } from '../shared/actor';
import { creditedSoFar } from './create-credit-note';
import { reminderFeesSoFar } from '../reminders/reminder-fees';
import { swissToday, toIsoDateOrNull } from '../shared/calendar';
import type { DbClient } from '../shared/db-client';
import { isInvoicingError, notFound } from '../shared/invoicing-error';
import type { TvaRateSource } from '../shared/tva-rates';
import type { InvoiceRecord } from './invoice-types';
import { invoiceInclude, invoiceOmit } from './invoice-types';

/**
 * GET /api/invoices/:id. An issued invoice shows what was frozen at issue; a draft is recalculated
 * live (rates of today's table, today as the expected issue date), so what the user sees is what
 * issuing now would give.
 */
export async function getInvoice(db: DbClient, actor: Actor, invoiceId: string, deps: { rates: TvaRateSource; now?: Date }): Promise<InvoiceRecord> {
  const invoice = await db.invoice.findFirst({ where: { id: invoiceId, organisationId: actor.organisationId }, omit: invoiceOmit, include: invoiceInclude });
  if (!invoice) throw notFound('invoice');
  if (invoice.status !== 'draft') {
    if (invoice.kind !== 'invoice') return invoice;
    const [amountCredited, reminderFees] = await Promise.all([creditedSoFar(db, invoice.id), reminderFeesSoFar(db, actor.organisationId, invoice.id)]);
    return { ...invoice, amountCredited, reminderFees };
  }
  const [org, rates] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { vatRegistered: true } }),
    deps.rates.get(db),
  ]);
  try {
    const calc = calculateDocument(
      { ...invoice, supplyDate: toIsoDateOrNull(invoice.supplyDate), supplyPeriodEnd: toIsoDateOrNull(invoice.supplyPeriodEnd) },
      invoice.lines.map(fromStoredLine),
      { vatRegistered: org.vatRegistered, rates, documentDate: swissToday(deps.now) },
    );
    return {
      ...invoice,
      ...toStoredTotals(calc),
      lines: invoice.lines.map((l, i) => ({ ...l, amount: calc.lines[i]?.amount ?? l.amount, tvaRateBp: calc.lines[i]?.rateBp ?? null })),
      liveError: null,
    };
  } catch (err) {
    if (isSwissRuleError(err) || isInvoicingError(err)) return { ...invoice, liveError: { code: err.code, ...(err.field ? { field: err.field } : {}) } };
    throw err;
  }
}
