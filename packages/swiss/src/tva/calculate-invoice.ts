import { assertIsoDate } from '../dates';
import { applyBasisPoints, divideRounded, roundToFiveRappen, splitAmount } from '../money/rounding';
import { assertBasisPoints, computeLineAmount } from '../money/quantity';
import { assertCurrency, assertPriceMode, assertTvaCategory, TVA_CATEGORIES } from '../types';
import type { InvoiceCalculation, InvoiceInput, InvoiceLineResult, TvaSummaryRow } from './invoice-types';
import type { ResolvedTvaRate } from './rate-table';
import { findTvaRate, findTvaRateForPeriod } from './rate-table';

interface Group {
  readonly rate: ResolvedTvaRate;
  sum: bigint;
}

/**
 * Computes an invoice (or credit note): line amounts, the TVA summary per rate, totals and the
 * payable amount. Pure and exact: `bigint` minor units, one half-away-from-zero rounding per
 * step (see `divideRounded`).
 *
 * Method (MWSTG art. 25, 26; SWISS.md "TVA"):
 * 1. Each line: `quantity × unitPrice × (1 − lineDiscount)`, rounded once.
 * 2. Each line's rate is found from its supply date (the line's, else the invoice's; a period
 *    without a line date must not straddle a rate change). Lines are grouped by
 *    (category, rate, rate period): a straddle across 2024-01-01 gives two rows.
 * 3. Invoice discount: `round(subtotal × discount)`, split over the rows in proportion to their
 *    sums (largest remainder) so the discount line equals the sum of the row shares.
 * 4. TVA per row, rounded to 0.01 once per row, on the row's sum — never summed from lines:
 *    - net prices:   `tax = round(net × rate)`, gross = net + tax;
 *    - gross prices: `tax = round(gross × rate / (1 + rate))`, net = gross − tax (tax extracted
 *      from the row's gross sum). For any net sum N, entering the gross `N + round(N × rate)`
 *      instead gives back the same net N and tax exactly, so net and gross entry of the same
 *      sale give the same legal result.
 * 5. Totals; for CHF the payable total is rounded to 0.05 and the difference is its own line;
 *    EUR stays at 0.01.
 * A business not registered for TVA gets no rows and no tax (MWSTG art. 10); its prices are the
 * prices, whatever the price mode.
 */
export function calculateInvoice(input: InvoiceInput): InvoiceCalculation {
  assertCurrency(input.currency);
  assertPriceMode(input.priceMode);
  const discountBp = input.discountBp ?? 0;
  assertBasisPoints(discountBp, 'discountBp');
  assertIsoDate(input.supplyDate, 'supplyDate');
  const periodEnd = input.supplyPeriodEnd ?? null;
  if (periodEnd !== null) assertIsoDate(periodEnd, 'supplyPeriodEnd');

  const registered = input.vatRegistered;
  const rateCache = new Map<string, ResolvedTvaRate>();
  const groups = new Map<string, Group>();
  const lines: InvoiceLineResult[] = [];
  let subtotal = 0n;

  input.lines.forEach((line, i) => {
    const field = `lines[${i}]`;
    const amount = computeLineAmount(line.quantity, line.unitPrice, line.discountBp ?? 0, field);
    subtotal += amount;
    assertTvaCategory(line.category, `${field}.category`);
    if (!registered) {
      lines.push({ amount, category: line.category, rateBp: null, validFrom: null });
      return;
    }
    const date = line.supplyDate ?? null;
    const cacheKey = `${line.category}|${date ?? '-'}`;
    let rate = rateCache.get(cacheKey);
    if (rate === undefined) {
      if (date !== null) rate = findTvaRate(input.rates, line.category, date, `${field}.supplyDate`);
      else if (periodEnd !== null) rate = findTvaRateForPeriod(input.rates, line.category, input.supplyDate, periodEnd, `${field}.supplyDate`);
      else rate = findTvaRate(input.rates, line.category, input.supplyDate, 'supplyDate');
      rateCache.set(cacheKey, rate);
    }
    const groupKey = `${rate.category}|${rate.rateBp}|${rate.validFrom ?? '-'}`;
    const group = groups.get(groupKey);
    if (group) group.sum += amount;
    else groups.set(groupKey, { rate, sum: amount });
    lines.push({ amount, category: line.category, rateBp: rate.rateBp, validFrom: rate.validFrom });
  });

  const discount = applyBasisPoints(subtotal, discountBp);
  if (!registered) {
    const total = subtotal - discount;
    return finish(input, lines, subtotal, discount, [], total, 0n);
  }

  const ordered = [...groups.values()].sort(compareGroups);
  const shares = discount === 0n ? ordered.map(() => 0n) : splitAmount(discount, ordered.map((g) => g.sum), 'discountBp');
  const rows: TvaSummaryRow[] = [];
  let totalNet = 0n;
  let totalTva = 0n;
  ordered.forEach((group, i) => {
    const amount = group.sum - (shares[i] as bigint);
    const rateBp = group.rate.rateBp;
    let base: bigint;
    let tax: bigint;
    if (input.priceMode === 'net') {
      base = amount;
      tax = applyBasisPoints(amount, rateBp);
    } else {
      tax = divideRounded(amount * BigInt(rateBp), BigInt(10_000 + rateBp));
      base = amount - tax;
    }
    totalNet += base;
    totalTva += tax;
    rows.push({ category: group.rate.category, rateBp, validFrom: group.rate.validFrom, base, tax });
  });
  return finish(input, lines, subtotal, discount, rows, totalNet, totalTva);
}

function finish(
  input: InvoiceInput,
  lines: readonly InvoiceLineResult[],
  subtotal: bigint,
  discount: bigint,
  rows: readonly TvaSummaryRow[],
  totalNet: bigint,
  totalTva: bigint,
): InvoiceCalculation {
  const totalGross = totalNet + totalTva;
  const totalPayable = input.currency === 'CHF' ? roundToFiveRappen(totalGross) : totalGross;
  return {
    currency: input.currency,
    priceMode: input.priceMode,
    lines,
    subtotal,
    discount,
    rows,
    totalNet,
    totalTva,
    totalGross,
    roundingAdjustment: totalPayable - totalGross,
    totalPayable,
  };
}

// Rows read in time order (old rate period first), then in the category order of the return.
function compareGroups(a: Group, b: Group): number {
  const fa = a.rate.validFrom ?? '9999-12-31';
  const fb = b.rate.validFrom ?? '9999-12-31';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const ca = TVA_CATEGORIES.indexOf(a.rate.category);
  const cb = TVA_CATEGORIES.indexOf(b.rate.category);
  return ca !== cb ? ca - cb : a.rate.rateBp - b.rate.rateBp;
}
