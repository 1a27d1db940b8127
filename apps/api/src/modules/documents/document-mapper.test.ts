import { describe, expect, it } from 'vitest';
import type { StoredLine, StoredLinesDocument } from './document-mapper';
import { toLinesAndTotals } from './document-mapper';

const line = (over: Partial<StoredLine> = {}): StoredLine => ({
  description: 'Travail',
  quantity: '2.5',
  unit: 'h',
  unitPrice: 15_000n,
  discountBp: 0,
  tvaCategory: 'normal',
  tvaRateBp: 810,
  supplyDate: null,
  amount: 37_500n,
  ...over,
});

const doc = (over: Partial<StoredLinesDocument> = {}): StoredLinesDocument => ({
  language: 'fr',
  currency: 'CHF',
  priceMode: 'net',
  discountBp: 0,
  lines: [line(), line({ quantity: '1', unitPrice: 12_500n, amount: 12_500n })],
  totalNet: 50_000n,
  totalTva: 4_050n,
  totalGross: 54_050n,
  roundingAdjustment: 0n,
  totalPayable: 54_050n,
  supplyDate: null,
  title: null,
  introText: null,
  footerText: null,
  ...over,
});

describe('toLinesAndTotals', () => {
  it('derives the subtotal and the document discount from the stored lines and totals', () => {
    const stored = doc({ discountBp: 1000, totalNet: 45_000n, totalTva: 3_645n, totalGross: 48_645n, roundingAdjustment: 5n, totalPayable: 48_650n });
    const { totals, tvaSummary } = toLinesAndTotals(stored, [{ category: 'normal', rateBp: 810, base: 45_000, tax: 3_645 }], true, false);
    expect(totals).toEqual({ subtotal: 50_000n, discount: 5_000n, totalNet: 45_000n, totalTva: 3_645n, totalGross: 48_645n, roundingAdjustment: 5n, totalPayable: 48_650n });
    expect(tvaSummary).toEqual([{ category: 'normal', rateBp: 810, base: 45_000n, tax: 3_645n }]);
  });

  it('takes the discount off the gross total with gross prices or without TVA', () => {
    const gross = doc({ priceMode: 'gross', discountBp: 1000, totalGross: 45_000n, totalNet: 41_628n, totalTva: 3_372n, totalPayable: 45_000n });
    expect(toLinesAndTotals(gross, [], true, false).totals.discount).toBe(5_000n);
    const unregistered = doc({ discountBp: 1000, totalNet: 45_000n, totalTva: 0n, totalGross: 45_000n, totalPayable: 45_000n });
    expect(toLinesAndTotals(unregistered, [], false, false).totals.discount).toBe(5_000n);
  });

  it('prints a credit note positive, keeping quantity × price = amount on every line', () => {
    const credit = doc({
      lines: [line({ quantity: '-2.5', amount: -37_500n }), line({ quantity: '1', unitPrice: -12_500n, amount: -12_500n })],
      totalNet: -50_000n,
      totalTva: -4_050n,
      totalGross: -54_050n,
      totalPayable: -54_050n,
    });
    const { lines, totals, tvaSummary } = toLinesAndTotals(credit, [{ category: 'normal', rateBp: 810, base: -50_000, tax: -4_050 }], true, true);
    expect(lines.map((l) => [l.quantity, l.unitPrice, l.amount])).toEqual([
      ['2.5', 15_000n, 37_500n],
      ['1', 12_500n, 12_500n],
    ]);
    expect(totals).toMatchObject({ subtotal: 50_000n, discount: 0n, totalNet: 50_000n, totalTva: 4_050n, totalPayable: 54_050n });
    expect(tvaSummary[0]).toMatchObject({ base: 50_000n, tax: 4_050n });
  });
});
