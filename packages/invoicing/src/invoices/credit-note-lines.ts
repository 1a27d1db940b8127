import type { Invoice, InvoiceLine } from '@simplifaq/db';
import type { InvoiceCalculation, IsoDate, Language } from '@simplifaq/swiss';
import { formatQuantity, formatRate, parseQuantity, splitAmount } from '@simplifaq/swiss';
import type { DocumentHeader } from '../lines/calculate-document';
import type { DocumentLine } from '../lines/document-line';
import { fromStoredLine } from '../lines/resolve-lines';
import { toIsoDate, toIsoDateOrNull } from '../shared/calendar';
import { InvoicingError } from '../shared/invoicing-error';

/** What to credit: everything (default), chosen lines (optionally part of their quantity), or an amount. */
export interface CreditNoteInput {
  lines?: readonly { lineId: string; quantity?: string }[];
  /** Minor units, positive: the gross amount to credit, spread over the invoice's TVA rates. */
  amount?: bigint;
  title?: string | null;
  introText?: string | null;
  footerText?: string | null;
}

type Original = Pick<Invoice, 'priceMode' | 'currency' | 'discountBp' | 'supplyDate' | 'supplyPeriodEnd' | 'issueDate' | 'number' | 'language'> & { lines: InvoiceLine[] };

/**
 * The credit note is priced at the original's supply dates, so each line gets the rate the
 * original charged (MWSTG art. 41: a reduction of the consideration corrects the tax of the
 * original supply, at its rate). With no separate supply date the invoice date was the supply date.
 */
export function originalHeader(original: Original): DocumentHeader {
  return {
    priceMode: original.priceMode,
    currency: original.currency,
    discountBp: original.discountBp,
    supplyDate: toIsoDateOrNull(original.supplyDate) ?? (original.issueDate ? toIsoDate(original.issueDate) : null),
    supplyPeriodEnd: toIsoDateOrNull(original.supplyPeriodEnd),
  };
}

const negate = (quantity: string) => formatQuantity(-parseQuantity(quantity));

/** Every line negated: with the same discount and dates the result is exactly the negated invoice. */
export function creditAllLines(original: Original): { header: DocumentHeader; lines: DocumentLine[] } {
  return { header: originalHeader(original), lines: original.lines.map((l) => ({ ...fromStoredLine(l), quantity: negate(l.quantity.toString()) })) };
}

/** Chosen lines, each for all or part of its quantity (a positive quantity up to the line's). */
export function creditChosenLines(original: Original, chosen: NonNullable<CreditNoteInput['lines']>): { header: DocumentHeader; lines: DocumentLine[] } {
  const seen = new Set<string>();
  const lines = chosen.map((c, i) => {
    const line = original.lines.find((l) => l.id === c.lineId);
    if (!line || seen.has(c.lineId)) throw new InvoicingError('CREDIT_LINE_NOT_FOUND', `lines[${i}].lineId`);
    seen.add(c.lineId);
    const full = parseQuantity(line.quantity.toString());
    const magnitude = full < 0n ? -full : full;
    const asked = c.quantity === undefined ? magnitude : parseQuantity(c.quantity, `lines[${i}].quantity`);
    if (asked <= 0n || asked > magnitude) throw new InvoicingError('CREDIT_QUANTITY_INVALID', `lines[${i}].quantity`, { max: formatQuantity(magnitude) });
    return { ...fromStoredLine(line), quantity: formatQuantity(full < 0n ? asked : -asked) };
  });
  return { header: originalHeader(original), lines };
}

const AMOUNT_LABEL: Record<Language, string> = {
  fr: 'Crédit sur la facture',
  de: 'Gutschrift zur Rechnung',
  it: 'Nota di credito sulla fattura',
  en: 'Credit on invoice',
};

/**
 * An amount credited as gross prices, split over the original's TVA rows in proportion to their
 * gross sums (largest remainder, so the parts add up exactly), each part at its row's rate and
 * rate period. One line per row; a business not registered for TVA gets one line.
 */
export function creditAmount(original: Original, originalCalc: InvoiceCalculation, amount: bigint): { header: DocumentHeader; lines: DocumentLine[] } {
  const header: DocumentHeader = { ...originalHeader(original), priceMode: 'gross', discountBp: 0 };
  const label = `${AMOUNT_LABEL[original.language]} ${original.number ?? ''}`.trim();
  const rows = originalCalc.rows;
  const first = original.lines[0];
  if (rows.length === 0) {
    return { header, lines: [{ productId: null, description: label, quantity: '1', unit: null, unitPrice: -amount, discountBp: 0, tvaCategory: first?.tvaCategory ?? 'normal', supplyDate: null }] };
  }
  const parts = splitAmount(-amount, rows.map((r) => r.base + r.tax), 'amount');
  return {
    header,
    lines: rows.map((row, i) => {
      // A line of the original in this row tells the supply date that gives the row's rate.
      const index = originalCalc.lines.findIndex((l) => l.category === row.category && l.rateBp === row.rateBp && l.validFrom === row.validFrom);
      const supplyDate: IsoDate | null = toIsoDateOrNull(original.lines[index]?.supplyDate);
      const rate = row.rateBp > 0 ? ` (${formatRate(row.rateBp, original.language)})` : '';
      return { productId: null, description: `${label}${rate}`, quantity: '1', unit: null, unitPrice: parts[i] ?? 0n, discountBp: 0, tvaCategory: row.category, supplyDate };
    }),
  };
}
