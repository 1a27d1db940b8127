import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { decodeCsv, detectDelimiter, parseCsvTable } from './csv-table';

const table = (text: string, maxRows = 100) => parseCsvTable(text, { maxRows });
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
  return 'no error';
};

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeCsv(Buffer.from('\uFEFFnom;localité\r\n', 'utf8'))).toBe('nom;localité\r\n');
    expect(decodeCsv(Buffer.from('Zürich', 'utf8'))).toBe('Zürich');
  });

  it('reads windows-1252, what Excel on Swiss Windows writes for "CSV (;)", when the bytes are not UTF-8', () => {
    expect(decodeCsv(Buffer.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x3b, 0x80]))).toBe('Zürich;€');
  });

  it('honours a declared charset and UTF-16 with its BOM', () => {
    expect(decodeCsv(Buffer.from([0x47, 0x65, 0x6e, 0xe8, 0x76, 0x65]), 'ISO-8859-1')).toBe('Genève');
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Genève\tGE', 'utf16le')]))).toBe('Genève\tGE');
  });

  it('refuses bytes that claim to be UTF-8 but are not', () => {
    expect(codeOf(() => decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0xfc])))).toBe('CSV_ENCODING');
    expect(codeOf(() => decodeCsv(Buffer.from([0xfc]), 'utf-8'))).toBe('CSV_ENCODING');
  });

  it('refuses an Excel workbook and text holding NUL (UTF-16 without its BOM)', () => {
    expect(codeOf(() => decodeCsv(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])))).toBe('CSV_ENCODING');
    expect(codeOf(() => decodeCsv(Buffer.from('name;town', 'utf16le')))).toBe('CSV_ENCODING');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['name;town;country\n', ';'],
    ['name,town,country\n', ','],
    ['name\ttown\n', '\t'],
    ['"Name, first";town\n', ';'],
    ['name\n', ','],
    ['a;b\nx,y,z,w\n', ';'],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});

describe('parseCsvTable', () => {
  it('reads ; files with a BOM, CRLF and quoted fields holding separators, quotes and line breaks', () => {
    const t = table('\uFEFFnom;notes\r\n"Acme; SA";"Dit ""bonjour""\r\ndeux lignes"\r\nBeta;\r\n');
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['nom', 'notes']);
    expect(t.records).toEqual([
      { row: 2, cells: ['Acme; SA', 'Dit "bonjour"\r\ndeux lignes'] },
      { row: 3, cells: ['Beta', ''] },
    ]);
  });

  it('reads , files with LF and bare CR line ends', () => {
    expect(table('name,town\nA,Bern\n').records).toEqual([{ row: 2, cells: ['A', 'Bern'] }]);
    expect(table('name,town\rA,Bern\rB,Chur').records.map((r) => r.cells)).toEqual([
      ['A', 'Bern'],
      ['B', 'Chur'],
    ]);
  });

  it('honours Excel’s sep= line', () => {
    const t = table('sep=,\r\nname;x,town\r\nA;1,Bern\r\n');
    expect(t.headers).toEqual(['name;x', 'town']);
    expect(t.records[0]?.cells).toEqual(['A;1', 'Bern']);
  });

  it('skips blank rows (Excel’s ;;;; lines) but keeps spreadsheet row numbers', () => {
    const t = table('name;town\r\n;\r\n\r\nA;Bern\r\n;;\r\n');
    expect(t.records).toEqual([{ row: 4, cells: ['A', 'Bern'] }]);
  });

  it('trims spaces around cells and tolerates a quote inside an unquoted cell', () => {
    expect(table('name ; town\n Acme 12" ;  "Bern" \n').records[0]?.cells).toEqual(['Acme 12"', 'Bern']);
  });

  it.each([
    ['', 'CSV_EMPTY'],
    ['\uFEFF', 'CSV_EMPTY'],
    ['name;town\r\n', 'CSV_EMPTY'],
    ['name;town\r\n;;\r\n', 'CSV_EMPTY'],
    ['name;town\r\n"Acme;Bern\r\n', 'CSV_MALFORMED'],
  ])('refuses %j with %s', (text, code) => expect(codeOf(() => table(text))).toBe(code));

  it('refuses more rows than the limit, saying how many there are', () => {
    const text = `name\n${'x\n'.repeat(6)}`;
    expect(table(text, 6).records).toHaveLength(6);
    try {
      table(text, 5);
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'CSV_TOO_MANY_ROWS', statusCode: 400, details: { rows: 6, maxRows: 5 } });
    }
  });
});
