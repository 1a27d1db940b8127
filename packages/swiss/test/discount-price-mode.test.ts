// A percentage discount is taken off the prices as agreed: net prices on an HT invoice, gross
// prices on a TTC invoice (docs/swiss-rules.md, "Discounts and the price mode").
import { describe, expect, it } from 'vitest';
import { calculateInvoice, SWISS_TVA_RATES } from '../src/index';
import type { InvoiceInput, PriceMode } from '../src/index';

const sale = (priceMode: PriceMode, unitPrice: bigint, discounts: { line?: number; invoice?: number }): InvoiceInput => ({
  lines: [{ quantity: '1', unitPrice, category: 'normal', discountBp: discounts.line ?? 0 }],
  discountBp: discounts.invoice ?? 0,
  priceMode,
  currency: 'CHF',
  vatRegistered: true,
  supplyDate: '2026-03-02',
  rates: SWISS_TVA_RATES,
});

const summary = (input: InvoiceInput) => {
  const c = calculateInvoice(input);
  return { base: c.rows[0]!.base, tax: c.rows[0]!.tax, gross: c.totalGross, payable: c.totalPayable };
};

describe('discounts in each price mode', () => {
  it('without a discount, 10.08 HT and its gross 10.90 TTC are the same sale to the Rappen', () => {
    expect(summary(sale('gross', 1090n, {}))).toEqual(summary(sale('net', 1008n, {})));
    expect(summary(sale('net', 1008n, {}))).toEqual({ base: 1008n, tax: 82n, gross: 1090n, payable: 1090n });
  });

  it('takes 5 % off 10.90 TTC on a gross invoice and off 10.08 HT on a net one, each rounded where it is agreed', () => {
    // 5 % of 10.90 = 0.545 → 0.55 off the gross: 10.35 TTC, of which 10.35 × 8.1/108.1 = 0.7756 → 0.78 TVA.
    expect(summary(sale('gross', 1090n, { invoice: 500 }))).toEqual({ base: 957n, tax: 78n, gross: 1035n, payable: 1035n });
    // 5 % of 10.08 = 0.504 → 0.50 off the net: 9.58 HT + 0.78 TVA = 10.36, payable 10.35.
    expect(summary(sale('net', 1008n, { invoice: 500 }))).toEqual({ base: 958n, tax: 78n, gross: 1036n, payable: 1035n });
    // The same discount as a line discount is rounded on the line, in the same mode.
    expect(summary(sale('gross', 1090n, { line: 500 }))).toEqual({ base: 958n, tax: 78n, gross: 1036n, payable: 1035n });
  });

  it('taxes a discounted gross invoice exactly as the same gross amounts entered without a discount', () => {
    const discounted = calculateInvoice(sale('gross', 1090n, { invoice: 500 }));
    expect(summary(sale('gross', discounted.totalGross, {}))).toEqual(summary(sale('gross', 1090n, { invoice: 500 })));
  });
});
