// Hand-computed invoices. Each row's comment carries the arithmetic, done on paper with the rules
// of docs/swiss-rules.md: line = q × price × (1 − line discount), rounded once; invoice discount
// = round(subtotal × d) split over the rate rows by largest remainder; tax per row rounded to 0.01
// (net: base × rate; gross: gross × rate / (1 + rate)); CHF payable rounded to 0.05.
// All amounts are in Rappen/cents.
import { describe, expect, it } from 'vitest';
import type { InvoiceInput, InvoiceLineInput, TvaSummaryRow } from '../src';
import { calculateInvoice, SWISS_TVA_RATES } from '../src';

const line = (quantity: string, unitPrice: bigint, category: InvoiceLineInput['category'], extra: Partial<InvoiceLineInput> = {}): InvoiceLineInput => ({
  quantity,
  unitPrice,
  category,
  ...extra,
});

const base: Omit<InvoiceInput, 'lines'> = {
  priceMode: 'net',
  currency: 'CHF',
  vatRegistered: true,
  supplyDate: '2024-03-15',
  rates: SWISS_TVA_RATES,
};

const row = (category: TvaSummaryRow['category'], rateBp: number, validFrom: string | null, b: bigint, tax: bigint): TvaSummaryRow => ({
  category,
  rateBp,
  validFrom,
  base: b,
  tax,
});

interface Case {
  name: string;
  input: Partial<InvoiceInput> & Pick<InvoiceInput, 'lines'>;
  lines: bigint[];
  discount?: bigint;
  rows: TvaSummaryRow[];
  net: bigint;
  tva: bigint;
  gross: bigint;
  adjustment: bigint;
  payable: bigint;
}

const cases: Case[] = [
  {
    // 1 × 100.00 = 10000; tax 10000 × 8.1 % = 810; gross 10810 (already a multiple of 5).
    name: '1. one line, normal rate, net',
    input: { lines: [line('1', 10000n, 'normal')] },
    lines: [10000n],
    rows: [row('normal', 810, '2024-01-01', 10000n, 810n)],
    net: 10000n, tva: 810n, gross: 10810n, adjustment: 0n, payable: 10810n,
  },
  {
    // normal 3 × 12.35 = 3705, tax 3705 × 0.081 = 300.105 → 300
    // reduced 2.5 × 4.20 = 1050, tax 1050 × 0.026 = 27.3 → 27
    // accommodation 1 × 145.00 = 14500, tax 14500 × 0.038 = 551
    // net 19255, tax 878, gross 20133 → 20133 mod 5 = 3 → up to 20135 (+2)
    name: '2. three rates, net, 5-Rappen rounding up',
    input: { lines: [line('3', 1235n, 'normal'), line('2.5', 420n, 'reduced'), line('1', 14500n, 'accommodation')] },
    lines: [3705n, 1050n, 14500n],
    rows: [row('normal', 810, '2024-01-01', 3705n, 300n), row('reduced', 260, '2024-01-01', 1050n, 27n), row('accommodation', 380, '2024-01-01', 14500n, 551n)],
    net: 19255n, tva: 878n, gross: 20133n, adjustment: 2n, payable: 20135n,
  },
  {
    // 4 × 19.90 × 0.90 = 7164; 1.5 × 33.33 × 0.85 = 4249.575 → 4250 (rounded once, not 4999.5 → 5000 first)
    // normal 11414, tax 11414 × 0.081 = 924.534 → 925; gross 12339 → mod 5 = 4 → 12340 (+1)
    name: '3. line discounts, one rounding per line',
    input: { lines: [line('4', 1990n, 'normal', { discountBp: 1000 }), line('1.5', 3333n, 'normal', { discountBp: 1500 })] },
    lines: [7164n, 4250n],
    rows: [row('normal', 810, '2024-01-01', 11414n, 925n)],
    net: 11414n, tva: 925n, gross: 12339n, adjustment: 1n, payable: 12340n,
  },
  {
    // 10 × 8.50 = 8500 normal; 3 × 7.00 = 2100 reduced; subtotal 10600, discount 5 % = 530
    // split 530 × 8500/10600 = 425, 530 × 2100/10600 = 105 → bases 8075 and 1995
    // tax 8075 × 0.081 = 654.075 → 654; 1995 × 0.026 = 51.87 → 52
    // net 10070, tax 706, gross 10776 → mod 5 = 1 → 10775 (−1)
    name: '4. invoice discount over two rates',
    input: { discountBp: 500, lines: [line('10', 850n, 'normal'), line('3', 700n, 'reduced')] },
    lines: [8500n, 2100n],
    discount: 530n,
    rows: [row('normal', 810, '2024-01-01', 8075n, 654n), row('reduced', 260, '2024-01-01', 1995n, 52n)],
    net: 10070n, tva: 706n, gross: 10776n, adjustment: -1n, payable: 10775n,
  },
  {
    // three rates × 1000; discount 3.33 % of 3000 = 99.9 → 100
    // shares 33.33 each → 33 + 33 + 33, the leftover 1 goes to the first row (equal remainders)
    // bases 966 / 967 / 967; tax 78.246 → 78, 25.142 → 25, 36.746 → 37
    // net 2900, tax 140, gross 3040 (multiple of 5)
    name: '5. invoice discount, largest-remainder split',
    input: { discountBp: 333, lines: [line('1', 1000n, 'normal'), line('1', 1000n, 'reduced'), line('1', 1000n, 'accommodation')] },
    lines: [1000n, 1000n, 1000n],
    discount: 100n,
    rows: [row('normal', 810, '2024-01-01', 966n, 78n), row('reduced', 260, '2024-01-01', 967n, 25n), row('accommodation', 380, '2024-01-01', 967n, 37n)],
    net: 2900n, tva: 140n, gross: 3040n, adjustment: 0n, payable: 3040n,
  },
  {
    // gross (TTC) prices: 3 × 19.95 = 5985 normal; 1 × 4.90 = 490 reduced
    // tax 5985 × 810 / 10810 = 448.46 → 448, base 5537; tax 490 × 260 / 10260 = 12.42 → 12, base 478
    // net 6015, tax 460, gross 6475 (multiple of 5)
    name: '6. gross prices, tax extracted per rate',
    input: { priceMode: 'gross', lines: [line('3', 1995n, 'normal'), line('1', 490n, 'reduced')] },
    lines: [5985n, 490n],
    rows: [row('normal', 810, '2024-01-01', 5537n, 448n), row('reduced', 260, '2024-01-01', 478n, 12n)],
    net: 6015n, tva: 460n, gross: 6475n, adjustment: 0n, payable: 6475n,
  },
  {
    // the sale of case 2 entered gross: 3705 + 300 = 4005, 1050 + 27 = 1077, 14500 + 551 = 15051
    // 4005 × 810/10810 = 300.10 → 300; 1077 × 260/10260 = 27.29 → 27; 15051 × 380/10380 = 550.99 → 551
    // → the same bases, taxes and totals as case 2
    name: '7. case 2 entered gross gives the same result',
    input: { priceMode: 'gross', lines: [line('1', 4005n, 'normal'), line('1', 1077n, 'reduced'), line('1', 15051n, 'accommodation')] },
    lines: [4005n, 1077n, 15051n],
    rows: [row('normal', 810, '2024-01-01', 3705n, 300n), row('reduced', 260, '2024-01-01', 1050n, 27n), row('accommodation', 380, '2024-01-01', 14500n, 551n)],
    net: 19255n, tva: 878n, gross: 20133n, adjustment: 2n, payable: 20135n,
  },
  {
    // EUR: 7 × 13.17 = 9219; tax 9219 × 0.081 = 746.739 → 747; gross 9966; no 5-cent rounding
    name: '8. EUR, payable to the cent',
    input: { currency: 'EUR', lines: [line('7', 1317n, 'normal')] },
    lines: [9219n],
    rows: [row('normal', 810, '2024-01-01', 9219n, 747n)],
    net: 9219n, tva: 747n, gross: 9966n, adjustment: 0n, payable: 9966n,
  },
  {
    // straddle across 2024-01-01, lines dated:
    // 10 h × 120.00 on 2023-12-20 = 120000 at 7.7 % → 9240; 1 × 80.00 reduced 2023-12-20 = 8000 at 2.5 % → 200
    // 5.25 h × 120.00 on 2024-01-08 = 63000 at 8.1 % → 5103
    // rows in time order, then category: normal 2018, reduced 2018, normal 2024
    // net 191000, tax 14543, gross 205543 → mod 5 = 3 → 205545 (+2)
    name: '9. rate change straddle: separate rows per rate period',
    input: {
      supplyDate: '2024-01-10',
      lines: [
        line('10', 12000n, 'normal', { supplyDate: '2023-12-20' }),
        line('5.25', 12000n, 'normal', { supplyDate: '2024-01-08' }),
        line('1', 8000n, 'reduced', { supplyDate: '2023-12-20' }),
      ],
    },
    lines: [120000n, 63000n, 8000n],
    rows: [row('normal', 770, '2018-01-01', 120000n, 9240n), row('reduced', 250, '2018-01-01', 8000n, 200n), row('normal', 810, '2024-01-01', 63000n, 5103n)],
    net: 191000n, tva: 14543n, gross: 205543n, adjustment: 2n, payable: 205545n,
  },
  {
    // exempt 1 × 250.00 = 25000 (no tax); normal 2 × 35.00 = 7000 → 567
    // exempt row last (no rate period); net 32000, tax 567, gross 32567 → mod 5 = 2 → 32565 (−2)
    name: '10. exempt line beside a taxed one',
    input: { lines: [line('1', 25000n, 'exempt'), line('2', 3500n, 'normal')] },
    lines: [25000n, 7000n],
    rows: [row('normal', 810, '2024-01-01', 7000n, 567n), row('exempt', 0, null, 25000n, 0n)],
    net: 32000n, tva: 567n, gross: 32567n, adjustment: -2n, payable: 32565n,
  },
  {
    // not registered for TVA: 3 × 45.00 + 1 × 12.34 = 13500 + 1234 = 14734, no rows, no tax
    // 14734 → mod 5 = 4 → 14735 (+1)
    name: '11. business not registered for TVA',
    input: { vatRegistered: false, lines: [line('3', 4500n, 'normal'), line('1', 1234n, 'reduced')] },
    lines: [13500n, 1234n],
    rows: [],
    net: 14734n, tva: 0n, gross: 14734n, adjustment: 1n, payable: 14735n,
  },
  {
    // gross prices with a 2 % invoice discount: accommodation 2 × 180.00 = 36000, zero-rated 500.00 = 50000
    // discount 86000 × 0.02 = 1720 → 1720 × 36000/86000 = 720 and 1000
    // accommodation 35280: tax 35280 × 380 / 10380 = 1291.56 → 1292, base 33988; export 49000 untaxed
    // net 82988, tax 1292, gross 84280
    name: '12. gross, invoice discount, accommodation and export',
    input: { priceMode: 'gross', discountBp: 200, lines: [line('2', 18000n, 'accommodation'), line('1', 50000n, 'zero_rated')] },
    lines: [36000n, 50000n],
    discount: 1720n,
    rows: [row('accommodation', 380, '2024-01-01', 33988n, 1292n), row('zero_rated', 0, null, 49000n, 0n)],
    net: 82988n, tva: 1292n, gross: 84280n, adjustment: 0n, payable: 84280n,
  },
  {
    // credit note of case 2: every quantity negative → every amount negated;
    // −20133 rounds away from zero to −20135 (−2), the mirror of case 2
    name: '13. credit note mirrors the invoice',
    input: { lines: [line('-3', 1235n, 'normal'), line('-2.5', 420n, 'reduced'), line('-1', 14500n, 'accommodation')] },
    lines: [-3705n, -1050n, -14500n],
    rows: [row('normal', 810, '2024-01-01', -3705n, -300n), row('reduced', 260, '2024-01-01', -1050n, -27n), row('accommodation', 380, '2024-01-01', -14500n, -551n)],
    net: -19255n, tva: -878n, gross: -20133n, adjustment: -2n, payable: -20135n,
  },
  {
    // 0.3333 × 30.00 = 999.9 → 1000; tax 81; gross 1081 → mod 5 = 1 → 1080 (−1)
    name: '14. four-decimal quantity',
    input: { lines: [line('0.3333', 3000n, 'normal')] },
    lines: [1000n],
    rows: [row('normal', 810, '2024-01-01', 1000n, 81n)],
    net: 1000n, tva: 81n, gross: 1081n, adjustment: -1n, payable: 1080n,
  },
  {
    // supply in 2017 (8.0 %): 12 × 37.45 = 44940; tax 44940 × 0.08 = 3595.2 → 3595; gross 48535
    name: '15. old rate from the supply date, not the invoice date',
    input: { supplyDate: '2017-11-30', lines: [line('12', 3745n, 'normal')] },
    lines: [44940n],
    rows: [row('normal', 800, '2011-01-01', 44940n, 3595n)],
    net: 44940n, tva: 3595n, gross: 48535n, adjustment: 0n, payable: 48535n,
  },
  {
    // a supply period within one rate (February 2024): 1 month × 1500.00 = 150000 → tax 12150
    // plus a 100 % discounted goodwill line = 0; gross 162150
    name: '16. supply period inside one rate, free line',
    input: { supplyDate: '2024-02-01', supplyPeriodEnd: '2024-02-29', lines: [line('1', 150000n, 'normal'), line('2', 5000n, 'normal', { discountBp: 10000 })] },
    lines: [150000n, 0n],
    rows: [row('normal', 810, '2024-01-01', 150000n, 12150n)],
    net: 150000n, tva: 12150n, gross: 162150n, adjustment: 0n, payable: 162150n,
  },
];

describe('hand-computed invoices', () => {
  it.each(cases)('$name', (c) => {
    const result = calculateInvoice({ ...base, ...c.input });
    expect(result.lines.map((l) => l.amount)).toEqual(c.lines);
    expect(result.subtotal).toBe(c.lines.reduce((a, b) => a + b, 0n));
    expect(result.discount).toBe(c.discount ?? 0n);
    expect(result.rows).toEqual(c.rows);
    expect({
      net: result.totalNet,
      tva: result.totalTva,
      gross: result.totalGross,
      adjustment: result.roundingAdjustment,
      payable: result.totalPayable,
    }).toEqual({ net: c.net, tva: c.tva, gross: c.gross, adjustment: c.adjustment, payable: c.payable });
  });

  it('has at least 12 invoices', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });
});
