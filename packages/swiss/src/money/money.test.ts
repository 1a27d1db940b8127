import { describe, expect, it } from 'vitest';
import { catchRule, codeOf } from '../../test/catch-rule';
import { formatAmount, formatMoney, formatPlainAmount, formatQrAmount, toSwissLocale } from './format-amount';
import { parseAmount } from './parse-amount';
import { assertBasisPoints, computeLineAmount, formatPercentage, formatQuantity, formatRate, parseQuantity, parsePercentage } from './quantity';
import { applyBasisPoints, divideRounded, roundToFiveRappen, splitAmount } from './rounding';

describe('parseAmount', () => {
  it.each([
    ["1'234.50", 123450n],
    ['1’234.50', 123450n],
    ['1 234,50', 123450n],
    ['1\u00a0234,50', 123450n],
    ['1\u202f234.50', 123450n],
    ['1.234,50', 123450n],
    ['1,234.50', 123450n],
    ['1.234.567', 123456700n],
    ['1234.5', 123450n],
    ['CHF 12.-', 1200n],
    ['Fr. 12.–', 1200n],
    ['SFr. 7,—', 700n],
    ['12,-', 1200n],
    ['-12.30', -1230n],
    ['−12.30', -1230n],
    ['-CHF 3', -300n],
    ['CHF -3', -300n],
    ['12.30 EUR', 1230n],
    ['€ 5', 500n],
    ['0.05', 5n],
    ['.5', 50n],
    ['12.', 1200n],
    ['  42  ', 4200n],
    ['007', 700n],
  ])('%s → %s', (input, minor) => {
    expect(parseAmount(input)).toBe(minor);
  });

  it.each(['', '   ', 'abc', '12a', '1..2', "1'23.50", "12'345'67", '1,5.3', '1.2,3,4', 'CHF', '12.-.5', '12.5-', '--5', 'CHF 12.50 CHF'])(
    'refuses %j as AMOUNT_INVALID',
    (input) => {
      expect(codeOf(() => parseAmount(input))).toBe('AMOUNT_INVALID');
    },
  );

  it('refuses more than 2 decimals instead of guessing', () => {
    const e = catchRule(() => parseAmount('1.234', { field: 'lines[0].unitPrice' }));
    expect(e.code).toBe('AMOUNT_PRECISION');
    expect(e.field).toBe('lines[0].unitPrice');
    expect(e.params).toMatchObject({ decimals: 3 });
    expect(codeOf(() => parseAmount('1,234'))).toBe('AMOUNT_PRECISION');
  });

  it('checks the written currency against the expected one', () => {
    expect(parseAmount('EUR 5', { currency: 'EUR' })).toBe(500n);
    expect(codeOf(() => parseAmount('EUR 5', { currency: 'CHF' }))).toBe('CURRENCY_INVALID');
    expect(codeOf(() => parseAmount('Fr. 5', { currency: 'EUR' }))).toBe('CURRENCY_INVALID');
  });

  it('bounds the integer part to 15 digits', () => {
    expect(parseAmount('999999999999999.99')).toBe(99999999999999999n);
    expect(codeOf(() => parseAmount('1000000000000000'))).toBe('AMOUNT_OUT_OF_RANGE');
  });
});

describe('formatting', () => {
  it('writes each Swiss locale', () => {
    expect(formatAmount(123456789n, 'de-CH')).toBe("1'234'567.89");
    expect(formatAmount(123456789n, 'it-CH')).toBe("1'234'567.89");
    expect(formatAmount(123456789n, 'en-CH')).toBe("1'234'567.89");
    expect(formatAmount(123456789n, 'fr-CH')).toBe('1\u00a0234\u00a0567.89');
    expect(formatAmount(-5n)).toBe('-0.05');
    expect(formatAmount(0n)).toBe('0.00');
    expect(formatAmount(99900n)).toBe('999.00');
  });

  it('places the currency code as the locale does', () => {
    expect(formatMoney(123450n, 'CHF', 'de-CH')).toBe("CHF\u00a01'234.50");
    expect(formatMoney(-123450n, 'EUR', 'it-CH')).toBe("EUR\u00a0-1'234.50");
    expect(formatMoney(123450n, 'CHF', 'fr-CH')).toBe('1\u00a0234.50\u00a0CHF');
    expect(formatMoney(100n, 'CHF')).toBe('CHF\u00a01.00');
  });

  it('writes the QR-bill and plain forms', () => {
    expect(formatQrAmount(123456n)).toBe('1 234.56');
    expect(formatQrAmount(99999999999n)).toBe('999 999 999.99');
    expect(formatQrAmount(5n)).toBe('0.05');
    expect(formatPlainAmount(123456n)).toBe('1234.56');
    expect(formatPlainAmount(-1n)).toBe('-0.01');
  });

  it('maps languages to Swiss locales', () => {
    expect(toSwissLocale('fr')).toBe('fr-CH');
    expect(toSwissLocale('en')).toBe('en-CH');
  });
});

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(divideRounded(5n, 10n)).toBe(1n);
    expect(divideRounded(-5n, 10n)).toBe(-1n);
    expect(divideRounded(4n, 10n)).toBe(0n);
    expect(divideRounded(-4n, 10n)).toBe(0n);
    expect(divideRounded(15n, 10n)).toBe(2n);
    expect(divideRounded(25n, 10n)).toBe(3n); // not banker's rounding
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
  });

  it('applies basis points', () => {
    expect(applyBasisPoints(10000n, 810)).toBe(810n);
    expect(applyBasisPoints(3705n, 810)).toBe(300n);
    expect(applyBasisPoints(-3705n, 810)).toBe(-300n);
  });

  it('rounds to 5 Rappen', () => {
    expect([0n, 1n, 2n, 3n, 4n, 5n, 7n, 8n].map(roundToFiveRappen)).toEqual([0n, 0n, 0n, 5n, 5n, 5n, 5n, 10n]);
    expect([-1n, -2n, -3n, -4n].map(roundToFiveRappen)).toEqual([0n, 0n, -5n, -5n]);
  });

  it('splits amounts', () => {
    expect(splitAmount(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(splitAmount(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n]);
    expect(splitAmount(10n, [3n, 0n, 7n])).toEqual([3n, 0n, 7n]);
    expect(splitAmount(1n, [-1n, -1n])).toEqual([1n, 0n]);
    expect(splitAmount(5n, [2n, -1n])).toEqual([10n, -5n]);
    expect(catchRule(() => splitAmount(5n, [1n, -1n], 'parts'))).toMatchObject({ code: 'SPLIT_INVALID', field: 'parts' });
    expect(codeOf(() => splitAmount(5n, []))).toBe('SPLIT_INVALID');
  });
});

describe('quantities and percentages', () => {
  it('parses and formats quantities exactly', () => {
    expect(parseQuantity('1.5')).toBe(15000n);
    expect(parseQuantity('0.25')).toBe(2500n);
    expect(parseQuantity('-2')).toBe(-20000n);
    expect(parseQuantity('3.0000')).toBe(30000n);
    expect(parseQuantity('12345678901234.9999')).toBe(123456789012349999n);
    expect(formatQuantity(15000n)).toBe('1.5');
    expect(formatQuantity(20000n)).toBe('2');
    expect(formatQuantity(-2500n)).toBe('-0.25');
    expect(formatQuantity(1n)).toBe('0.0001');
  });

  it.each(['1.23456', '1,5', '1e3', '', ' 1', '+1', '123456789012345', '.5', '1.', '-', '1-2', '--1', '1.2.3', '123456789012.5x'])('refuses quantity %j', (q) => {
    expect(codeOf(() => parseQuantity(q))).toBe('QUANTITY_INVALID');
  });

  it('refuses a non-string quantity', () => {
    expect(codeOf(() => parseQuantity(1.5 as unknown as string))).toBe('QUANTITY_INVALID');
  });

  it('parses and formats percentages', () => {
    expect(parsePercentage('8.1')).toBe(810);
    expect(parsePercentage('8,1 %')).toBe(810);
    expect(parsePercentage('2.55%')).toBe(255);
    expect(parsePercentage('100')).toBe(10000);
    expect(parsePercentage('0')).toBe(0);
    expect(formatPercentage(810)).toBe('8.1');
    expect([formatRate(810, 'fr'), formatRate(810, 'de'), formatRate(260, 'it'), formatRate(1200, 'en'), formatRate(1200, 'fr')]).toEqual(['8,1\u00a0%', '8.1\u00a0%', '2.6%', '12%', '12\u00a0%']);
    expect(formatPercentage(770)).toBe('7.7');
    expect(formatPercentage(800)).toBe('8');
    expect(formatPercentage(255)).toBe('2.55');
    expect(formatPercentage(5)).toBe('0.05');
  });

  it.each(['8.123', '101', '-1', 'abc', ''])('refuses percentage %j', (p) => {
    expect(codeOf(() => parsePercentage(p))).toBe('PERCENTAGE_INVALID');
  });

  it('checks basis points', () => {
    expect(() => assertBasisPoints(0)).not.toThrow();
    expect(() => assertBasisPoints(10000)).not.toThrow();
    for (const bad of [-1, 10001, 1.5, Number.NaN, '5']) expect(codeOf(() => assertBasisPoints(bad))).toBe('PERCENTAGE_INVALID');
  });

  it('computes a line amount with one rounding', () => {
    expect(computeLineAmount('1.5', 3333n, 1500)).toBe(4250n);
    expect(computeLineAmount(15000n, 3333n)).toBe(5000n);
    expect(computeLineAmount('2', 5000n, 10000)).toBe(0n);
    expect(computeLineAmount('0.5', 5n, 5000)).toBe(1n); // 0.0125 → 0.01 (rounding twice would give 0.02)
    expect(catchRule(() => computeLineAmount('x', 1n, 0, 'lines[2]')).field).toBe('lines[2].quantity');
    expect(catchRule(() => computeLineAmount('1', 1n, 20000, 'lines[2]')).field).toBe('lines[2].discountBp');
    expect(catchRule(() => computeLineAmount('1', 12.5 as unknown as bigint))).toMatchObject({ code: 'AMOUNT_INVALID', field: 'line.unitPrice' });
    expect(computeLineAmount('-123456789012.3456', 100n)).toBe(-12345678901235n);
  });
});
