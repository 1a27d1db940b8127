import type { InvoiceRecord, TvaSummaryEntry } from '@simplifaq/invoicing';
import { swissToday, toIsoDateOrNull } from '@simplifaq/invoicing';
import { applyBasisPoints } from '@simplifaq/swiss';
import type { z } from 'zod';
import { toMinor } from '../../lib/money-json';
import type { ZInvoice } from './invoice-schemas';

/** Overdue is derived, never stored: issued or partially paid, and the due date has passed (in Switzerland). */
export function isOverdue(row: { status: string; dueDate: Date | null }, today: string): boolean {
  // DATE columns are UTC midnight: comparing with today's UTC midnight compares the calendar days.
  return (row.status === 'issued' || row.status === 'partially_paid') && row.dueDate !== null && row.dueDate.getTime() < Date.parse(today);
}

export function toLineJson(l: Omit<InvoiceRecord['lines'][number], 'invoiceId'>) {
  return {
    id: l.id,
    position: l.position,
    productId: l.productId,
    description: l.description,
    quantity: l.quantity.toString(),
    unit: l.unit,
    unitPrice: toMinor(l.unitPrice),
    discountBp: l.discountBp,
    tvaCategory: l.tvaCategory,
    tvaRateBp: l.tvaRateBp,
    supplyDate: toIsoDateOrNull(l.supplyDate),
    amount: toMinor(l.amount),
  };
}

const snapshot = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : null);

export function toInvoiceJson(inv: InvoiceRecord & { amountCredited?: bigint }, now?: Date): z.input<typeof ZInvoice> {
  const subtotal = inv.lines.reduce((sum, l) => sum + l.amount, 0n);
  const credited = inv.amountCredited ?? 0n;
  const fees = inv.reminderFees ?? 0n;
  const due = inv.status === 'draft' || inv.status === 'cancelled' || inv.kind === 'credit_note' ? 0n : inv.totalPayable + credited + fees - inv.amountPaid;
  return {
    id: inv.id,
    kind: inv.kind,
    status: inv.status,
    overdue: isOverdue(inv, swissToday(now)),
    number: inv.number,
    sequence: inv.sequence,
    clientId: inv.clientId,
    clientName: inv.client.name,
    bankAccountId: inv.bankAccountId,
    creditedInvoiceId: inv.creditedInvoiceId,
    currency: inv.currency,
    priceMode: inv.priceMode,
    language: inv.language,
    issueDate: toIsoDateOrNull(inv.issueDate),
    supplyDate: toIsoDateOrNull(inv.supplyDate),
    supplyPeriodEnd: toIsoDateOrNull(inv.supplyPeriodEnd),
    dueDate: toIsoDateOrNull(inv.dueDate),
    paymentTermDays: inv.paymentTermDays,
    referenceType: inv.referenceType,
    reference: inv.reference,
    clientReference: inv.clientReference,
    title: inv.title,
    introText: inv.introText,
    footerText: inv.footerText,
    discountBp: inv.discountBp,
    lines: inv.lines.map(toLineJson),
    subtotal: toMinor(subtotal),
    // The same rounding as the calculation's step 3 (one rounding of subtotal × discount).
    discount: toMinor(applyBasisPoints(subtotal, inv.discountBp)),
    totalNet: toMinor(inv.totalNet),
    totalTva: toMinor(inv.totalTva),
    totalGross: toMinor(inv.totalGross),
    roundingAdjustment: toMinor(inv.roundingAdjustment),
    totalPayable: toMinor(inv.totalPayable),
    amountPaid: toMinor(inv.amountPaid),
    amountCredited: toMinor(credited),
    reminderFees: toMinor(fees),
    amountDue: toMinor(due > 0n ? due : 0n),
    tvaSummary: (Array.isArray(inv.tvaSummary) ? inv.tvaSummary : []) as TvaSummaryEntry[],
    creditor: snapshot(inv.creditorSnapshot),
    debtor: snapshot(inv.debtorSnapshot),
    bankAccount: snapshot(inv.bankAccountSnapshot),
    pdfSha256: inv.pdfSha256,
    issuedAt: inv.issuedAt,
    cancelledAt: inv.cancelledAt,
    createdAt: inv.createdAt,
    updatedAt: inv.updatedAt,
    liveError: inv.liveError ?? null,
  };
}

