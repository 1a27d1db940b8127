import { assertIsoDate } from '../dates';
import { SwissRuleError } from '../errors';
import { assertBasisPoints } from '../money/quantity';
import { isBasisPoints, multiplyLine, tryParseQuantity } from '../money/quantity-core';
import { applyBasisPoints, divideRounded, roundToFiveRappen, splitAmount } from '../money/rounding';
import { assertCurrency, assertPriceMode, TVA_CATEGORIES } from '../types';
import type { InvoiceCalculation, InvoiceInput, InvoiceLineInput, InvoiceLineResult, TvaSummaryRow } from './invoice-types';
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
  // One cache entry per (category, supply date) seen: the rate lookup and its row group are
  // resolved once, not per line — this loop is the hot path of every invoice.
  const cache = new Map<string, Group>();
  const groups = new Map<string, Group>();
  const lines: InvoiceLineResult[] = [];
  let subtotal = 0n;

  for (let i = 0; i < input.lines.length; i++) {
    const line = input.lines[i] as InvoiceLineInput;
    const amount = computeLine(line, i);
    subtotal += amount;
    if (!registered) {
      lines.push({ amount, category: line.category, rateBp: null, validFrom: null });
      continue;
    }
    const date = line.supplyDate ?? null;
    const cacheKey = date === null ? line.category : `${line.category}|${date}`;
    let group = cache.get(cacheKey);
    if (group === undefined) {
      const field = `lines[${i}].supplyDate`;
      let rate: ResolvedTvaRate;
      if (date !== null) rate = findTvaRate(input.rates, line.category, date, field);
      else if (periodEnd !== null) rate = findTvaRateForPeriod(input.rates, line.category, input.supplyDate, periodEnd, field);
      else rate = findTvaRate(input.rates, line.category, input.supplyDate, 'supplyDate');
      const groupKey = `${rate.category}|${rate.rateBp}|${rate.validFrom ?? '-'}`;
      group = groups.get(groupKey) ?? { rate, sum: 0n };
      groups.set(groupKey, group);
      cache.set(cacheKey, group);
    }
    group.sum += amount;
    lines.push({ amount, category: line.category, rateBp: group.rate.rateBp, validFrom: group.rate.validFrom });
  }

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

// Checks and computes one line; error paths name the line, built only when needed.
function computeLine(line: InvoiceLineInput, i: number): bigint {
  const quantity = tryParseQuantity(line.quantity);
  if (quantity === null) throw new SwissRuleError('QUANTITY_INVALID', `lines[${i}].quantity`, { value: String(line.quantity) });
  if (typeof line.unitPrice !== 'bigint') {
    throw new SwissRuleError('AMOUNT_INVALID', `lines[${i}].unitPrice`, { value: String(line.unitPrice) });
  }
  const discountBp = line.discountBp ?? 0;
  if (!isBasisPoints(discountBp)) throw new SwissRuleError('PERCENTAGE_INVALID', `lines[${i}].discountBp`, { value: String(discountBp) });
  if (!TVA_CATEGORY_SET.has(line.category)) {
    throw new SwissRuleError('TVA_CATEGORY_INVALID', `lines[${i}].category`, { value: String(line.category) });
  }
  return multiplyLine(quantity, line.unitPrice, discountBp);
}

const TVA_CATEGORY_SET: ReadonlySet<unknown> = new Set(TVA_CATEGORIES);

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
