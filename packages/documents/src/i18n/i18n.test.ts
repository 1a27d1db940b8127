import { describe, expect, it } from 'vitest';
import { DOCUMENT_LABELS, fill } from './labels';
import { formatDate, formatDocumentAmount, formatDocumentMoney, formatDocumentQuantity, formatLongDate, formatRate } from './format';

describe('labels', () => {
  it('has every text in all four languages, none empty, and the same placeholders', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const reference = keys(DOCUMENT_LABELS.fr).sort();
    for (const labels of Object.values(DOCUMENT_LABELS)) {
      expect(keys(labels).sort()).toEqual(reference);
      for (const key of reference) {
        const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], labels) as string;
        const fr = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DOCUMENT_LABELS.fr) as string;
        expect(value.trim()).not.toBe('');
        expect(value.match(/\{\w+\}/g)?.sort() ?? []).toEqual(fr.match(/\{\w+\}/g)?.sort() ?? []);
      }
    }
  });

  it('fills placeholders', () => {
    expect(fill('Page {page}/{pages}', { page: 1, pages: 3 })).toBe('Page 1/3');
    expect(fill('{unknown}', {})).toBe('{unknown}');
  });
});

describe('formats', () => {
  it('writes dates per locale', () => {
    expect(formatDate('2026-01-05')).toBe('05.01.2026');
    expect(formatLongDate('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatLongDate('2026-03-15', 'de')).toBe('15. März 2026');
    expect(formatLongDate('2026-08-15', 'it')).toBe('15 agosto 2026');
    expect(formatLongDate('2026-12-24', 'en')).toBe('24 December 2026');
    expect(() => formatDate('2026-02-30')).toThrow(/date/);
  });

  it('writes amounts, money, rates and quantities per locale', () => {
    expect(formatDocumentAmount(123_456_78n, 'de')).toBe("123'456.78");
    expect(formatDocumentAmount(123_456_78n, 'fr')).toBe('123\u00a0456.78');
    expect(formatDocumentMoney(-5n, 'EUR', 'it')).toBe('EUR\u00a0-0.05');
    expect(formatDocumentMoney(100n, 'CHF', 'fr')).toBe('1.00\u00a0CHF');
    expect(formatRate(810, 'fr')).toBe('8,1\u00a0%');
    expect(formatRate(1200, 'fr')).toBe('12\u00a0%');
    expect(formatRate(810, 'de')).toBe('8.1\u00a0%');
    expect(formatRate(260, 'en')).toBe('2.6%');
    expect(formatDocumentQuantity('1.5000')).toBe('1.5');
  });
});
