import { Prisma } from '@simplifaq/db';
import type { InvoiceLine } from '@simplifaq/db';
import { SWISS_TVA_RATES } from '@simplifaq/swiss';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateDocument } from '../lines/calculate-document';
import { fromStoredLine } from '../lines/resolve-lines';
import { creditAllLines, creditAmount, creditChosenLines, originalHeader } from './credit-note-lines';

const line = (i: number, quantity: string, unitPrice: bigint, tvaCategory: InvoiceLine['tvaCategory'], supplyDate: string | null = null): InvoiceLine => ({
  id: `00000000-0000-7000-8000-00000000000${i}`,
  invoiceId: 'x',
  position: i,
  productId: null,
  description: `L${i}`,
  quantity: new Prisma.Decimal(quantity),
  unit: null,
  unitPrice,
  discountBp: i === 1 ? 500 : 0,
  tvaCategory,
  tvaRateBp: null,
  supplyDate: supplyDate ? new Date(`${supplyDate}T00:00:00Z`) : null,
  amount: 0n,
});

const original = {
  priceMode: 'net' as const,
  currency: 'CHF' as const,
  discountBp: 250,
  supplyDate: null,
  supplyPeriodEnd: null,
  issueDate: new Date('2024-02-10T00:00:00Z'),
  number: '2024-0007',
  language: 'fr' as const,
  lines: [line(1, '3', 12345n, 'normal', '2023-12-20'), line(2, '2.5', 4990n, 'reduced'), line(3, '1', 9000n, 'accommodation')],
};
const ctx = { vatRegistered: true, rates: SWISS_TVA_RATES, documentDate: '2024-02-10' };
const calc = (h: ReturnType<typeof originalHeader>, lines: Parameters<typeof calculateDocument>[1]) => calculateDocument(h, lines, ctx);
const invoiceCalc = calc(originalHeader(original), original.lines.map(fromStoredLine));

describe('credit note lines', () => {
  it('prices the credit note at the invoice date when the invoice had no supply date', () => {
    expect(originalHeader(original).supplyDate).toBe('2024-02-10');
  });

  it('credits every line as the exact negation of the invoice, row by row', () => {
    const { header, lines } = creditAllLines(original);
    const credit = calc(header, lines);
    expect(credit.totalPayable).toBe(-invoiceCalc.totalPayable);
    expect(credit.rows.map((r) => [r.rateBp, -r.base, -r.tax])).toEqual(invoiceCalc.rows.map((r) => [r.rateBp, r.base, r.tax]));
    expect(credit.rows.map((r) => r.rateBp)).toEqual([770, 260, 380]);
  });

  it('credits part of a line with the sign of the line', () => {
    const { lines } = creditChosenLines(original, [{ lineId: original.lines[1]!.id, quantity: '0.5' }]);
    expect(lines).toMatchObject([{ quantity: '-0.5', unitPrice: 4990n, tvaCategory: 'reduced' }]);
  });

  it('spreads an amount over the rates so the parts add up to it exactly, at each row’s rate', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: invoiceCalc.totalPayable }), (amount) => {
        const { header, lines } = creditAmount(original, invoiceCalc, amount);
        const credit = calc(header, lines);
        expect(credit.totalGross).toBe(-amount);
        for (const row of credit.rows) expect(invoiceCalc.rows.some((r) => r.rateBp === row.rateBp && r.validFrom === row.validFrom)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
