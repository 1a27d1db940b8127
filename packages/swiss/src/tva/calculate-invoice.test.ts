import { describe, expect, it } from 'vitest';
import { catchRule, codeOf } from '../../test/catch-rule';
import { calculateInvoice } from './calculate-invoice';
import type { InvoiceInput } from './invoice-types';
import type { TvaRateRow } from './rate-table';
import { findTvaRate, findTvaRateForPeriod, isTaxableCategory, SWISS_TVA_RATES } from './rate-table';

const input = (over: Partial<InvoiceInput> = {}): InvoiceInput => ({
  lines: [{ quantity: '1', unitPrice: 10000n, category: 'normal' }],
  priceMode: 'net',
  currency: 'CHF',
  vatRegistered: true,
  supplyDate: '2024-03-15',
  rates: SWISS_TVA_RATES,
  ...over,
});

describe('rate table', () => {
  it('is frozen data with the official rows', () => {
    expect(Object.isFrozen(SWISS_TVA_RATES)).toBe(true);
    expect(SWISS_TVA_RATES).toHaveLength(9);
    expect(isTaxableCategory('accommodation')).toBe(true);
    expect(isTaxableCategory('zero_rated')).toBe(false);
  });

  it('refuses a supply before the table starts', () => {
    const e = catchRule(() => findTvaRate(SWISS_TVA_RATES, 'normal', '2010-12-31'));
    expect(e).toMatchObject({ code: 'TVA_RATE_NOT_FOUND', field: 'supplyDate', params: { category: 'normal', date: '2010-12-31' } });
  });

  it('uses the rows passed in, including a future row and open-ended rows without validTo', () => {
    const table: TvaRateRow[] = [
      { category: 'normal', rateBp: 810, validFrom: '2024-01-01' },
      { category: 'normal', rateBp: 850, validFrom: '2028-01-01' },
    ];
    expect(findTvaRate(table, 'normal', '2027-12-31').rateBp).toBe(810);
    expect(findTvaRate(table, 'normal', '2028-01-01')).toEqual({ category: 'normal', rateBp: 850, validFrom: '2028-01-01' });
    expect(codeOf(() => findTvaRate(table, 'reduced', '2028-01-01'))).toBe('TVA_RATE_NOT_FOUND');
  });

  it('honours validTo as an exclusive end', () => {
    const table: TvaRateRow[] = [{ category: 'normal', rateBp: 770, validFrom: '2018-01-01', validTo: '2024-01-01' }];
    expect(findTvaRate(table, 'normal', '2023-12-31').rateBp).toBe(770);
    expect(codeOf(() => findTvaRate(table, 'normal', '2024-01-01'))).toBe('TVA_RATE_NOT_FOUND');
  });

  it('checks its arguments', () => {
    expect(codeOf(() => findTvaRate(SWISS_TVA_RATES, 'luxury' as never, '2024-01-01'))).toBe('TVA_CATEGORY_INVALID');
    expect(codeOf(() => findTvaRate(SWISS_TVA_RATES, 'normal', '2024-02-30'))).toBe('DATE_INVALID');
  });

  it('finds the rate of a period and refuses a period across a change', () => {
    expect(findTvaRateForPeriod(SWISS_TVA_RATES, 'normal', '2024-01-01', '2024-12-31').rateBp).toBe(810);
    expect(findTvaRateForPeriod(SWISS_TVA_RATES, 'exempt', '2023-12-01', '2024-01-31').rateBp).toBe(0);
    // reduced stayed at 2.5 % across 2018-01-01: a new row with the same rate is no change
    expect(findTvaRateForPeriod(SWISS_TVA_RATES, 'reduced', '2017-12-01', '2018-01-31').rateBp).toBe(250);
    const e = catchRule(() => findTvaRateForPeriod(SWISS_TVA_RATES, 'normal', '2023-12-01', '2024-01-31', 'lines[0].supplyDate'));
    expect(e).toMatchObject({ code: 'SUPPLY_PERIOD_STRADDLES_RATE_CHANGE', field: 'lines[0].supplyDate', params: { changeOn: '2024-01-01' } });
    expect(codeOf(() => findTvaRateForPeriod(SWISS_TVA_RATES, 'normal', '2024-02-01', '2024-01-31'))).toBe('DATE_INVALID');
    expect(codeOf(() => findTvaRateForPeriod(SWISS_TVA_RATES, 'normal', '2024-02-01', '31.01.2024'))).toBe('DATE_INVALID');
  });
});

describe('calculateInvoice', () => {
  it('gives a line without its own date the invoice period, and refuses a straddling period', () => {
    const straddle = input({ supplyDate: '2023-12-15', supplyPeriodEnd: '2024-01-15' });
    expect(catchRule(() => calculateInvoice(straddle))).toMatchObject({ code: 'SUPPLY_PERIOD_STRADDLES_RATE_CHANGE', field: 'lines[0].supplyDate' });
    // the fix: one line per side of the change, each with its own date
    const split = calculateInvoice({
      ...straddle,
      lines: [
        { quantity: '1', unitPrice: 5000n, category: 'normal', supplyDate: '2023-12-31' },
        { quantity: '1', unitPrice: 5000n, category: 'normal', supplyDate: '2024-01-15' },
      ],
    });
    expect(split.rows.map((r) => [r.rateBp, r.base, r.tax])).toEqual([
      [770, 5000n, 385n],
      [810, 5000n, 405n],
    ]);
  });

  it('names the line and field of bad input', () => {
    const bad = (line: object) => catchRule(() => calculateInvoice(input({ lines: [input().lines[0] as never, { quantity: '1', unitPrice: 1n, category: 'normal', ...line }] })));
    expect(bad({ quantity: '1.23456' })).toMatchObject({ code: 'QUANTITY_INVALID', field: 'lines[1].quantity' });
    expect(bad({ unitPrice: 100 })).toMatchObject({ code: 'AMOUNT_INVALID', field: 'lines[1].unitPrice' });
    expect(bad({ discountBp: 12000 })).toMatchObject({ code: 'PERCENTAGE_INVALID', field: 'lines[1].discountBp' });
    expect(bad({ category: 'food' })).toMatchObject({ code: 'TVA_CATEGORY_INVALID', field: 'lines[1].category' });
    expect(bad({ supplyDate: '2024-13-01' })).toMatchObject({ code: 'DATE_INVALID', field: 'lines[1].supplyDate' });
    expect(bad({ supplyDate: '2009-01-01' })).toMatchObject({ code: 'TVA_RATE_NOT_FOUND', field: 'lines[1].supplyDate' });
  });

  it('checks the invoice-level input', () => {
    expect(codeOf(() => calculateInvoice(input({ currency: 'USD' as never })))).toBe('CURRENCY_INVALID');
    expect(codeOf(() => calculateInvoice(input({ priceMode: 'ttc' as never })))).toBe('PRICE_MODE_INVALID');
    expect(codeOf(() => calculateInvoice(input({ discountBp: -1 })))).toBe('PERCENTAGE_INVALID');
    expect(codeOf(() => calculateInvoice(input({ supplyDate: '' })))).toBe('DATE_INVALID');
    expect(catchRule(() => calculateInvoice(input({ supplyPeriodEnd: 'soon' })))).toMatchObject({ code: 'DATE_INVALID', field: 'supplyPeriodEnd' });
    expect(codeOf(() => calculateInvoice(input({ supplyDate: '2009-06-01' })))).toBe('TVA_RATE_NOT_FOUND');
  });

  it('does not look up rates when the business is not registered', () => {
    const r = calculateInvoice(input({ vatRegistered: false, rates: [], supplyDate: '1999-01-01', discountBp: 1000 }));
    expect(r.lines[0]).toEqual({ amount: 10000n, category: 'normal', rateBp: null, validFrom: null });
    expect([r.discount, r.totalNet, r.totalGross, r.totalTva]).toEqual([1000n, 9000n, 9000n, 0n]);
  });

  it('handles an empty invoice and a zero-sum invoice with a discount', () => {
    const empty = calculateInvoice(input({ lines: [] }));
    expect([empty.subtotal, empty.rows, empty.totalPayable]).toEqual([0n, [], 0n]);
    const zero = calculateInvoice(
      input({
        discountBp: 1000,
        lines: [
          { quantity: '1', unitPrice: 5000n, category: 'normal' },
          { quantity: '-1', unitPrice: 5000n, category: 'normal' },
        ],
      }),
    );
    expect([zero.discount, zero.totalGross]).toEqual([0n, 0n]);
  });

  it('keeps rows of the same rate in different periods apart and orders them in time', () => {
    const r = calculateInvoice(
      input({
        lines: [
          { quantity: '1', unitPrice: 1000n, category: 'zero_rated' },
          { quantity: '1', unitPrice: 1000n, category: 'reduced', supplyDate: '2024-01-02' },
          { quantity: '1', unitPrice: 1000n, category: 'reduced', supplyDate: '2017-12-31' },
          { quantity: '1', unitPrice: 1000n, category: 'reduced', supplyDate: '2018-01-01' },
          { quantity: '1', unitPrice: 1000n, category: 'exempt' },
        ],
      }),
    );
    expect(r.rows.map((row) => `${row.category}@${row.rateBp}@${row.validFrom}`)).toEqual([
      'reduced@250@2011-01-01',
      'reduced@250@2018-01-01',
      'reduced@260@2024-01-01',
      'exempt@0@null',
      'zero_rated@0@null',
    ]);
  });
});
