import { describe, expect, it } from 'vitest';
import { foldKey } from '../../lib/csv-columns';
import { CsvRowInvalid } from '../../lib/csv-import';
import { PRODUCT_CSV_COLUMNS, PRODUCT_CSV_HEADER, productFromCsv, productToCsv } from './product-csv-fns';

const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof CsvRowInvalid) return err.issues.map((i) => `${i.field}:${i.code}`);
    throw err;
  }
  return [];
};

describe('PRODUCT_CSV_COLUMNS', () => {
  it('gives every header name to one field only', () => {
    const owner = new Map<string, string>();
    for (const [field, { synonyms }] of Object.entries(PRODUCT_CSV_COLUMNS)) {
      for (const key of [field, ...synonyms].map(foldKey)) {
        expect(owner.get(key) ?? field, key).toBe(field);
        owner.set(key, field);
      }
    }
  });
});

describe('productFromCsv', () => {
  it.each([
    ["1'234.50", 123450],
    ['1’234.50', 123450],
    ['1 234,50', 123450],
    ['1\u00a0234.50', 123450],
    ['12.-', 1200],
    ['CHF 80', 8000],
    ['0.05', 5],
    ['1250', 125000],
    ['0', 0],
  ])('reads the price %j exactly as %i minor units', (price, minor) => {
    expect(productFromCsv({ name: 'x', unitPrice: price }, 'CHF').unitPrice).toBe(minor);
  });

  it('maps French, German and Italian words for the price mode and TVA category', () => {
    expect(productFromCsv({ name: 'x', unitPrice: '1', priceMode: 'TTC', tvaCategory: 'réduit' }, 'CHF')).toMatchObject({ priceMode: 'gross', tvaCategory: 'reduced' });
    expect(productFromCsv({ name: 'x', unitPrice: '1', priceMode: 'exkl. MWST', tvaCategory: 'Beherbergung' }, 'CHF')).toMatchObject({ priceMode: 'net', tvaCategory: 'accommodation' });
    expect(productFromCsv({ name: 'x', unitPrice: '1', priceMode: 'lordo', tvaCategory: 'esente' }, 'CHF')).toMatchObject({ priceMode: 'gross', tvaCategory: 'zero_rated' });
    // MWSTG art. 21 ("ausgenommen", "exclu") is exempt; art. 23 ("befreit", "exonéré") is zero-rated.
    expect(productFromCsv({ name: 'x', unitPrice: '1', tvaCategory: 'ausgenommen' }, 'CHF').tvaCategory).toBe('exempt');
    expect(productFromCsv({ name: 'x', unitPrice: '1', tvaCategory: 'exonéré' }, 'CHF').tvaCategory).toBe('zero_rated');
  });

  it('applies the JSON route’s defaults to blank cells', () => {
    expect(productFromCsv({ name: 'Forfait', unitPrice: '100' }, 'CHF')).toEqual({ name: 'Forfait', unit: 'pce', unitPrice: 10000, priceMode: 'net', tvaCategory: 'normal' });
  });

  it.each([
    [{ unitPrice: '12.345' }, ['unitPrice:AMOUNT_PRECISION']],
    [{ unitPrice: 'douze' }, ['unitPrice:AMOUNT_INVALID']],
    [{ unitPrice: '1.234.5' }, ['unitPrice:AMOUNT_INVALID']],
    [{ unitPrice: 'EUR 12' }, ['unitPrice:CURRENCY_INVALID']],
    [{ unitPrice: '-5' }, ['unitPrice:VALIDATION_FAILED']],
    [{ unitPrice: '1000000000' }, ['unitPrice:VALIDATION_FAILED']],
    [{ unitPrice: '9999999999999999' }, ['unitPrice:AMOUNT_OUT_OF_RANGE']],
    [{ unitPrice: undefined }, ['unitPrice:VALIDATION_FAILED']],
    [{ tvaCategory: 'super' }, ['tvaCategory:VALIDATION_FAILED']],
    [{ priceMode: 'maybe' }, ['priceMode:VALIDATION_FAILED']],
    [{ name: undefined, unitPrice: 'x', unit: 'u'.repeat(21) }, ['unitPrice:AMOUNT_INVALID', 'name:VALIDATION_FAILED', 'unit:VALIDATION_FAILED']],
  ])('reports %j as %j', (change, expected) => {
    expect(issues(() => productFromCsv({ name: 'x', unitPrice: '1', ...change }, 'CHF'))).toEqual(expected);
  });

  it('reads a row it exported back to the same product', () => {
    const p = { name: '=cmd', description: 'Heure\nde conseil', unit: 'h', unitPrice: 123456, priceMode: 'gross' as const, tvaCategory: 'zero_rated' as const };
    const cells = productToCsv(p);
    expect(cells).toEqual(['=cmd', 'Heure\nde conseil', 'h', '1234.56', 'gross', 'zero_rated']);
    const values = Object.fromEntries(PRODUCT_CSV_HEADER.map((f, i) => [f, cells[i] ?? undefined]));
    expect(productFromCsv(values, 'CHF')).toEqual(p);
  });
});
