import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatDateTime, formatMoney, toMinorUnits } from './format';

const LOCALES = ['fr-CH', 'de-CH', 'it-CH', 'en-CH'];

// ICU separates with no-break spaces (U+00A0, U+202F); compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** A negative amount without its sign (the minus is its only difference from the positive). */
const unsigned = (text: string) => text.replace(/[-\u2212]/, '');

/** Intl's own rendering of an exact decimal string (Intl.NumberFormat v3 reads strings as decimals). */
function reference(locale: string, decimal: string, currency = 'CHF'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal as `${number}`);
}

describe('formatMoney', () => {
  it('writes CHF the Swiss way', () => {
    expect(plain(formatMoney('123450', 'de-CH'))).toBe("CHF 1'234.50");
    expect(plain(formatMoney('123450', 'fr-CH'))).toBe('1 234.50 CHF');
    expect(plain(formatMoney('-123450', 'de-CH'))).toBe("CHF -1'234.50");
  });

  it('spaces a negative amount as the positive one in every locale (ICU writes "CHF-29.18")', () => {
    expect(['fr-CH', 'de-CH', 'it-CH', 'en-CH'].map((locale) => plain(formatMoney(-2918, locale)))).toEqual(['-29.18 CHF', 'CHF -29.18', 'CHF -29.18', 'CHF -29.18']);
    expect(['fr-CH', 'de-CH', 'it-CH', 'en-CH'].map((locale) => plain(formatMoney(-2918, locale, 'EUR')))).toEqual(['-29.18 €', 'EUR -29.18', '€ -29.18', '-€29.18']);
    for (const locale of LOCALES) {
      for (const currency of ['CHF', 'EUR']) {
        for (const minor of [1, 50, 2918, 5000, 123456789]) {
          const negative = formatMoney(-minor, locale, currency);
          expect(negative.match(/[-\u2212]/g)).toHaveLength(1);
          expect(unsigned(negative)).toBe(formatMoney(minor, locale, currency));
        }
      }
    }
  });

  it('agrees with Intl for every locale on amounts small enough for floats', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CHF' });
      for (const minor of [0, 1, 5, 10, 99, 100, 101, 1999, 100000, 123456789]) {
        expect(formatMoney(minor, locale)).toBe(intl.format(minor / 100));
        expect(unsigned(formatMoney(-minor, locale))).toBe(intl.format(minor / 100));
      }
    }
  });

  it('keeps every Rappen of amounts past 2^53, where a float would round', () => {
    for (const locale of LOCALES) {
      expect(formatMoney('900719925474099312', locale)).toBe(reference(locale, '9007199254740993.12'));
      expect(unsigned(formatMoney(-12345678901234567890123n, locale))).toBe(reference(locale, '123456789012345678901.23'));
    }
    expect(plain(formatMoney('900719925474099312', 'de-CH'))).toBe("CHF 9'007'199'254'740'993.12");
  });

  it('keeps the sign of amounts below one franc', () => {
    for (const locale of LOCALES) {
      expect(formatMoney('-5', locale)).toMatch(/[-\u2212]/);
      expect(unsigned(formatMoney('-5', locale))).toBe(reference(locale, '0.05'));
      expect(unsigned(formatMoney('-50', locale))).toBe(reference(locale, '0.50'));
    }
  });

  it('uses the currency’s own number of decimals', () => {
    expect(formatMoney('123450', 'de-CH', 'EUR')).toBe(reference('de-CH', '1234.50', 'EUR'));
    expect(formatMoney('1234', 'de-CH', 'JPY')).toBe(reference('de-CH', '1234', 'JPY'));
  });
});

describe('formatAmount', () => {
  it('drops the currency but keeps its separators and sign', () => {
    expect(plain(formatAmount('123450', 'de-CH'))).toBe("1'234.50");
    // fr-CH plain numbers use a decimal comma; amounts in a CHF column keep the point of the totals.
    expect(plain(formatAmount('123450', 'fr-CH'))).toBe('1 234.50');
    expect(plain(formatAmount('-5', 'fr-CH'))).toBe('-0.05');
    expect(plain(formatAmount('-5', 'de-CH'))).toBe('-0.05');
    expect(plain(formatAmount('900719925474099399', 'en-CH'))).toBe("9'007'199'254'740'993.99");
  });
});

describe('toMinorUnits', () => {
  it('accepts integer strings, safe integers and bigints, and nothing else', () => {
    expect(toMinorUnits(' 42 ')).toBe(42n);
    expect(toMinorUnits('-7')).toBe(-7n);
    expect(toMinorUnits(-7)).toBe(-7n);
    expect(toMinorUnits(3n)).toBe(3n);
    for (const bad of ['12.50', '1e3', '', '12 000', '0x10']) expect(() => toMinorUnits(bad)).toThrow(RangeError);
    // 2^53 + 1 Rappen cannot arrive intact as a JSON number: refuse rather than show a wrong amount.
    for (const bad of [12.5, 2 ** 53, Number.NaN, Infinity]) expect(() => toMinorUnits(bad)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('formats a calendar date per locale without shifting the day', () => {
    expect(formatDate('2026-11-27', 'de-CH')).toBe('27.11.2026');
    expect(formatDate('2026-01-01', 'de-CH', 'long')).toBe('1. Januar 2026');
    expect(formatDate('2026-11-27', 'fr-CH', 'long')).toBe('27 novembre 2026');
    expect(formatDate('2026-11-27', 'it-CH', 'long')).toBe('27 novembre 2026');
    expect(formatDate('2026-11-27', 'en-CH', 'long')).toBe('27 November 2026');
    for (const locale of LOCALES) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
      expect(formatDate('2026-03-29', locale)).toBe(intl.format(Date.UTC(2026, 2, 29)));
    }
  });

  it('shows timestamps in Swiss time', () => {
    // 23:30 UTC on 31 December is already 1 January in Zurich (UTC+1 in winter).
    expect(formatDate('2026-12-31T23:30:00Z', 'de-CH')).toBe('01.01.2027');
    expect(plain(formatDateTime('2026-07-01T12:05:00Z', 'de-CH'))).toBe('01.07.2026, 14:05');
  });

  it('rejects impossible dates', () => {
    expect(() => formatDate('2026-02-30', 'de-CH')).toThrow(RangeError);
    expect(() => formatDate('not a date', 'de-CH')).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN), 'de-CH')).toThrow(RangeError);
  });
});
