import { describe, expect, it } from 'vitest';
import { foldKey, fromSynonyms, readRecord, resolveColumns } from './csv-columns';
import type { CsvColumnSpec } from './csv-columns';

const spec: CsvColumnSpec<'name' | 'postalCode' | 'town' | 'notes'> = {
  name: { required: true, synonyms: ['nom'] },
  postalCode: { required: true, synonyms: ['npa', 'PLZ'] },
  town: { synonyms: ['localité', 'Ort'] },
  notes: { synonyms: [] },
};

describe('foldKey', () => {
  it.each([
    ['Localité', 'localite'],
    ['Postal code', 'postalcode'],
    ['postal_code', 'postalcode'],
    ['postalCode', 'postalcode'],
    ['Straße', 'strasse'],
    ['N° TVA', 'ntva'],
    ['E-Mail', 'email'],
  ])('%j → %j', (text, key) => expect(foldKey(text)).toBe(key));
});

describe('resolveColumns', () => {
  it('maps headers in any language, case and spelling, and lists the ones it ignores', () => {
    const c = resolveColumns(['NOM', 'Id', 'plz', 'Localité', ''], spec);
    expect(c.indexOf).toEqual({ name: 0, postalCode: 2, town: 3 });
    expect(c.headerOf).toEqual({ name: 'NOM', postalCode: 'plz', town: 'Localité' });
    expect(c.ignored).toEqual(['Id']);
  });

  it('refuses a file without a required column, naming every one missing', () => {
    expect(() => resolveColumns(['Ort', 'notes'], spec)).toThrow(expect.objectContaining({ code: 'CSV_COLUMN_MISSING', details: expect.objectContaining({ missing: ['name', 'postalCode'] }) }));
  });

  it('refuses two columns for one field', () => {
    expect(() => resolveColumns(['name', 'Nom', 'npa'], spec)).toThrow(expect.objectContaining({ code: 'CSV_COLUMN_DUPLICATE', field: 'name' }));
  });
});

describe('readRecord', () => {
  const columns = resolveColumns(['name', 'npa', 'ignored', 'notes'], spec);
  it('leaves blank cells out, undoes the export’s formula quote and counts cells beyond the header', () => {
    expect(readRecord({ row: 2, cells: ['Acme', ' 1003 ', 'x', "'=1+1"] }, columns)).toEqual({ values: { name: 'Acme', postalCode: '1003', notes: '=1+1' }, extraCells: 0 });
    expect(readRecord({ row: 2, cells: ['Acme', '', ''] }, columns)).toEqual({ values: { name: 'Acme' }, extraCells: 0 });
    expect(readRecord({ row: 2, cells: ['Acme', '1003', '', '', '', 'stray'] }, columns).extraCells).toBe(1);
  });
});

describe('fromSynonyms', () => {
  const words = { net: ['HT', 'exkl. MWST'], gross: ['TTC'] } as const;
  it('maps known words and passes others through for the schema to refuse', () => {
    expect(fromSynonyms('ht', words)).toBe('net');
    expect(fromSynonyms('Exkl MWST', words)).toBe('net');
    expect(fromSynonyms('GROSS', words)).toBe('gross');
    expect(fromSynonyms('brutto-ish', words)).toBe('brutto-ish');
    expect(fromSynonyms(undefined, words)).toBeUndefined();
  });
});
