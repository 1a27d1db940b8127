import type { Currency, InvoiceCalculation, IsoDate, PriceMode, TvaRateRow } from '@simplifaq/swiss';
import { calculateInvoice } from '@simplifaq/swiss';
import { InvoicingError } from '../shared/invoicing-error';
import type { DocumentLine } from './document-line';

export interface DocumentHeader {
  readonly priceMode: PriceMode;
  readonly currency: Currency;
  readonly discountBp: number;
  readonly supplyDate: IsoDate | null;
  readonly supplyPeriodEnd: IsoDate | null;
}

/**
 * Amounts stay far below 2^53 minor units (90 trillion) so that the API's JSON numbers are exact;
 * 10^15 Rappen is ten trillion francs, more than any invoice, and fits BIGINT comfortably.
 */
export const MAX_DOCUMENT_AMOUNT = 1_000_000_000_000_000n;

/**
 * The totals of an invoice, quote or credit note, by @simplifaq/swiss `calculateInvoice` with the
 * database's rate table. `documentDate` stands in for the supply date when none was entered (the
 * issue date, or today for a draft): MWSTG art. 26 al. 2 let. c only asks for a separate supply
 * date when it differs from the invoice date.
 */
export function calculateDocument(
  header: DocumentHeader,
  lines: readonly DocumentLine[],
  ctx: { vatRegistered: boolean; rates: readonly TvaRateRow[]; documentDate: IsoDate },
): InvoiceCalculation {
  if (header.supplyPeriodEnd && (!header.supplyDate || header.supplyPeriodEnd < header.supplyDate)) {
    throw new InvoicingError('SUPPLY_PERIOD_INVALID', 'supplyPeriodEnd');
  }
  const calc = calculateInvoice({
    lines: lines.map((l) => ({ quantity: l.quantity, unitPrice: l.unitPrice, discountBp: l.discountBp, category: l.tvaCategory, supplyDate: l.supplyDate })),
    discountBp: header.discountBp,
    priceMode: header.priceMode,
    currency: header.currency,
    vatRegistered: ctx.vatRegistered,
    supplyDate: header.supplyDate ?? ctx.documentDate,
    supplyPeriodEnd: header.supplyPeriodEnd,
    rates: ctx.rates,
  });
  calc.lines.forEach((l, i) => {
    if (l.amount > MAX_DOCUMENT_AMOUNT || -l.amount > MAX_DOCUMENT_AMOUNT) throw new InvoicingError('AMOUNT_TOO_LARGE', `lines[${i}]`);
  });
  if (calc.totalGross > MAX_DOCUMENT_AMOUNT || -calc.totalGross > MAX_DOCUMENT_AMOUNT || calc.subtotal > MAX_DOCUMENT_AMOUNT || -calc.subtotal > MAX_DOCUMENT_AMOUNT) {
    throw new InvoicingError('AMOUNT_TOO_LARGE', 'lines');
  }
  return calc;
}

/** One row of `tva_summary` as stored (JSON numbers of minor units, exact below 2^53). */
export type TvaSummaryEntry = {
  category: string;
  rateBp: number;
  validFrom: IsoDate | null;
  base: number;
  tax: number;
};

/** The calculation's columns of `invoice` / `quote`. */
export function toStoredTotals(calc: InvoiceCalculation) {
  return {
    totalNet: calc.totalNet,
    totalTva: calc.totalTva,
    totalGross: calc.totalGross,
    roundingAdjustment: calc.roundingAdjustment,
    totalPayable: calc.totalPayable,
    tvaSummary: calc.rows.map(
      (r): TvaSummaryEntry => ({ category: r.category, rateBp: r.rateBp, validFrom: r.validFrom, base: Number(r.base), tax: Number(r.tax) }),
    ),
  };
}

/** The stored line rows of a calculated document, positions from 1. */
export function toLineRows(lines: readonly DocumentLine[], calc: InvoiceCalculation) {
  return lines.map((l, i) => ({
    position: i + 1,
    productId: l.productId,
    description: l.description,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: l.unitPrice,
    discountBp: l.discountBp,
    tvaCategory: l.tvaCategory,
    supplyDate: l.supplyDate ? new Date(`${l.supplyDate}T00:00:00.000Z`) : null,
    tvaRateBp: calc.lines[i]?.rateBp ?? null,
    amount: calc.lines[i]?.amount ?? 0n,
  }));
}
