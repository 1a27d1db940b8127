import { describe, expect, it } from 'vitest';
import { catchRule, codeOf } from '../test/catch-rule';
import { buildSwicoS1, escapeSwicoValue, toSwicoVatRates } from './swico';
import { calculateInvoice } from './tva/calculate-invoice';
import { SWISS_TVA_RATES } from './tva/rate-table';

describe('Swico S1', () => {
  it('escapes / and \\', () => {
    expect(escapeSwicoValue('A/B\\C')).toBe('A\\/B\\\\C');
    expect(buildSwicoS1({ invoiceNumber: '2024/17', customerReference: 'PO\\9' })).toBe('//S1/10/2024\\/17/20/PO\\\\9');
  });

  it('writes a supply period, several rates with net amounts, and leaves out empty elements', () => {
    expect(
      buildSwicoS1({
        invoiceNumber: ' 2024-0042 ',
        invoiceDate: null,
        customerReference: '',
        supplyDate: '2024-01-01',
        supplyPeriodEnd: '2024-03-31',
        vatRates: [
          { rateBp: 810, net: 100000n },
          { rateBp: 260, net: 5180n },
          { rateBp: 0, net: 1n },
          { rateBp: 380, net: -2550n },
        ],
        paymentConditions: [],
      }),
    ).toBe('//S1/10/2024-0042/31/240101240331/32/8.1:1000;2.6:51.8;0:0.01;3.8:-25.5');
    expect(buildSwicoS1({})).toBe('');
    expect(buildSwicoS1({ vatRates: [] })).toBe('');
  });

  it('shares the 140-character budget with the message', () => {
    const info = buildSwicoS1({ invoiceNumber: '2024-0042', invoiceDate: '2024-05-31' });
    expect(info).toBe('//S1/10/2024-0042/11/240531');
    expect(buildSwicoS1({ invoiceNumber: '2024-0042', invoiceDate: '2024-05-31' }, 140 - info.length)).toBe(info);
    expect(catchRule(() => buildSwicoS1({ invoiceNumber: '2024-0042', invoiceDate: '2024-05-31' }, 141 - info.length))).toMatchObject({
      code: 'MESSAGE_TOO_LONG',
      field: 'billInformation',
      params: { max: 140, length: 141 },
    });
  });

  it('checks what it writes', () => {
    expect(catchRule(() => buildSwicoS1({ invoiceDate: '2024-02-30' })).field).toBe('billInformation.invoiceDate');
    expect(codeOf(() => buildSwicoS1({ uid: 'CHE-123.456.789' }))).toBe('UID_CHECK_DIGIT');
    expect(codeOf(() => buildSwicoS1({ customerReference: 'Bestellung “42”' }))).toBe('CHARSET_INVALID');
    expect(codeOf(() => buildSwicoS1({ vatRates: [{ rateBp: 8.1 }] }))).toBe('PERCENTAGE_INVALID');
    expect(codeOf(() => buildSwicoS1({ paymentConditions: [{ discountBp: 200, days: -1 }] }))).toBe('PAYMENT_TERM_INVALID');
    expect(codeOf(() => buildSwicoS1({ paymentConditions: [{ discountBp: 200, days: 1.5 }] }))).toBe('PAYMENT_TERM_INVALID');
    expect(codeOf(() => buildSwicoS1({ paymentConditions: [{ discountBp: -200, days: 10 }] }))).toBe('PERCENTAGE_INVALID');
  });

  it('takes the tag 32 rates from a calculated invoice', () => {
    const calculation = calculateInvoice({
      lines: [
        { quantity: '1', unitPrice: 10000n, category: 'normal' },
        { quantity: '1', unitPrice: 2000n, category: 'exempt' },
        { quantity: '1', unitPrice: 3000n, category: 'zero_rated' },
      ],
      priceMode: 'net',
      currency: 'CHF',
      vatRegistered: true,
      supplyDate: '2024-06-01',
      rates: SWISS_TVA_RATES,
    });
    expect(toSwicoVatRates(calculation)).toEqual([
      { rateBp: 810, net: 10000n },
      { rateBp: 0, net: 5000n },
    ]);
    expect(buildSwicoS1({ vatRates: toSwicoVatRates(calculation) })).toBe('//S1/32/8.1:100;0:50');
  });
});
