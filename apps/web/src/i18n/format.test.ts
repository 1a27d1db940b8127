import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatDateTime, formatMoney, toMinorUnits } from './format';

const LOCALES = ['fr-CH', 'de-CH', 'it-CH', 'en-CH'];

// ICU separates dates and times with no-break spaces (U+00A0, U+202F); compare them as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
/** A negative amount without its sign (the minus is its only difference from the positive). */
const unsigned = (text: string) => text.replace('-', '');

// The characters of packages/swiss, the same as on the PDFs: apostrophe grouping in de/it/en-CH,
// no-break space (U+00A0, not ICU's U+202F) in fr-CH, and always the currency code.
describe('formatMoney', () => {
  it('writes CHF the Swiss way in every locale, as the PDFs do', () => {
    expect(LOCALES.map((locale) => formatMoney('123450', locale))).toEqual(['1\u00a0234.50\u00a0CHF', "CHF\u00a01'234.50", "CHF\u00a01'234.50", "CHF\u00a01'234.50"]);
    expect(formatMoney('-123450', 'de-CH')).toBe("CHF\u00a0-1'234.50");
    expect(formatMoney(0, 'fr-CH')).toBe('0.00\u00a0CHF');
  });

  it('accepts a language or any tag and falls back to French', () => {
    expect(formatMoney(123450, 'it')).toBe("CHF\u00a01'234.50");
    expect(formatMoney(123450, 'xx')).toBe('1\u00a0234.50\u00a0CHF');
  });

  it('spaces a negative amount as the positive one in every locale, with the currency code', () => {
    expect(LOCALES.map((locale) => formatMoney(-2918, locale))).toEqual(['-29.18\u00a0CHF', 'CHF\u00a0-29.18', 'CHF\u00a0-29.18', 'CHF\u00a0-29.18']);
    expect(LOCALES.map((locale) => formatMoney(-2918, locale, 'EUR'))).toEqual(['-29.18\u00a0EUR', 'EUR\u00a0-29.18', 'EUR\u00a0-29.18', 'EUR\u00a0-29.18']);
    for (const locale of LOCALES) {
      for (const currency of ['CHF', 'EUR']) {
        for (const minor of [1, 50, 2918, 5000, 123456789]) {
          const negative = formatMoney(-minor, locale, currency);
          expect(negative.match(/-/g)).toHaveLength(1);
          expect(unsigned(negative)).toBe(formatMoney(minor, locale, currency));
        }
      }
    }
  });

  it('keeps every Rappen of amounts past 2^53, where a float would round', () => {
    expect(formatMoney('900719925474099312', 'de-CH')).toBe("CHF\u00a09'007'199'254'740'993.12");
    expect(formatMoney('900719925474099312', 'fr-CH')).toBe('9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0993.12\u00a0CHF');
    expect(formatMoney(-12345678901234567890123n, 'it-CH')).toBe("CHF\u00a0-123'456'789'012'345'678'901.23");
  });

  it('keeps the sign of amounts below one franc', () => {
    expect(LOCALES.map((locale) => formatMoney('-5', locale))).toEqual(['-0.05\u00a0CHF', 'CHF\u00a0-0.05', 'CHF\u00a0-0.05', 'CHF\u00a0-0.05']);
    expect(formatMoney('-50', 'en-CH')).toBe('CHF\u00a0-0.50');
  });
});

describe('formatAmount', () => {
  it('drops the currency but keeps its separators and sign', () => {
    expect(formatAmount('123450', 'de-CH')).toBe("1'234.50");
    expect(formatAmount('123450', 'it-CH')).toBe("1'234.50");
    // fr-CH plain numbers use a decimal comma; amounts in a CHF column keep the point of the totals.
    expect(formatAmount('123450', 'fr-CH')).toBe('1\u00a0234.50');
    expect(formatAmount('-5', 'fr-CH')).toBe('-0.05');
    expect(formatAmount('-5', 'de-CH', 'EUR')).toBe('-0.05');
    expect(formatAmount('900719925474099399', 'en-CH')).toBe("9'007'199'254'740'993.99");
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
