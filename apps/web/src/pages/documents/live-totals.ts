import { SwissRuleError } from '@simplifaq/swiss/errors';
import { calculateInvoice } from '@simplifaq/swiss/tva';
import type { InvoiceCalculation, TvaRateRow } from '@simplifaq/swiss/tva';
import type { DocumentDraft, ParsedDraft } from './editor-state';
import { normalizeField, swissToday } from './editor-state';

export interface LiveTotals {
  calculation: InvoiceCalculation | null;
  /** Line amounts by the line's row in the draft. */
  lineAmounts: Map<number, bigint>;
  /** A rule the document breaks as a whole (e.g. no TVA rate for the supply date). */
  error: { code: string; field: string | undefined } | null;
}

/**
 * The totals and TVA summary of the draft as typed, with the very calculation the API runs at
 * issue (`calculateInvoice` of packages/swiss, with `rates`, the API's rate table: useTvaRates):
 * what the editor shows is what the invoice will say, to the Rappen.
 */
export function computeLiveTotals(
  draft: DocumentDraft,
  parsed: ParsedDraft,
  options: { vatRegistered: boolean; documentDate?: string; rates: readonly TvaRateRow[] },
): LiveTotals {
  const lineAmounts = new Map<number, bigint>();
  const supplyDate = draft.supplyDate || options.documentDate || swissToday();
  try {
    const calculation = calculateInvoice({
      lines: parsed.lines.map((line) => ({ quantity: line.input.quantity, unitPrice: line.unitPrice, discountBp: line.input.discountBp, category: line.input.tvaCategory })),
      discountBp: parsed.discountBp,
      priceMode: draft.priceMode,
      currency: draft.currency,
      vatRegistered: options.vatRegistered,
      supplyDate,
      supplyPeriodEnd: draft.supplyPeriodEnd || null,
      rates: options.rates,
    });
    calculation.lines.forEach((line, i) => {
      const parsedLine = parsed.lines[i];
      if (parsedLine) lineAmounts.set(parsedLine.index, line.amount);
    });
    return { calculation, lineAmounts, error: null };
  } catch (error) {
    if (!(error instanceof SwissRuleError)) throw error;
    // `lines[0].supplyDate` is the calculation's own index: map it back to the draft's row.
    const field = normalizeField(error.field)?.replace(/^lines\.(\d+)/, (_m, i: string) => `lines.${parsed.lines[Number(i)]?.index ?? i}`);
    return { calculation: null, lineAmounts, error: { code: error.code, field } };
  }
}
