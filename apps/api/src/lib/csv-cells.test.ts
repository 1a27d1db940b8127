import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, escapeFormula, stringifyCsvRows, unescapeFormula } from './csv-cells';
import { parseCsvTable } from './csv-table';

// What Excel, LibreOffice and Google Sheets treat as the start of a formula (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

// Text biased towards the dangerous cases: triggers, quotes, separators and line breaks anywhere.
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', "'", '"', ';', ',', 'a', ' ', '1', '＝', 'é') }),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '+41 21 123 45 67', '-2+3', '@SUM(A1)', "'=1", "''+1", "'s-Hertogenbosch", '\t=1', '\r=1'),
);

describe('escapeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+41 21 123 45 67', "'+41 21 123 45 67"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1', "'＝1"],
    ["'=1", "''=1"],
    ['Acme SA', 'Acme SA'],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['', ''],
  ])('%j → %j', (value, escaped) => {
    expect(escapeFormula(value)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(value);
  });

  it('never leaves a formula trigger at the start, and is undone exactly by unescapeFormula (property)', () => {
    fc.assert(
      fc.property(cellText, (value) => {
        const escaped = escapeFormula(value);
        expect(escaped).not.toMatch(FORMULA_START);
        expect(unescapeFormula(escaped)).toBe(value);
      }),
    );
  });
});

describe('stringifyCsvRows', () => {
  it('writes ; separated CRLF lines, quoting only where needed', () => {
    expect(stringifyCsvRows([['name', 'town'], ['Acme; SA', 'Lausanne'], ['Say "hi"', 'Line\nbreak']])).toBe(
      'name;town\r\n"Acme; SA";Lausanne\r\n"Say ""hi""";"Line\nbreak"\r\n',
    );
    expect(stringifyCsvRows([[null, undefined, '=1']])).toBe(";;'=1\r\n");
  });

  it('no exported cell starts with a formula trigger, as a spreadsheet splits the file (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const file = CSV_BOM + stringifyCsvRows(rows);
        const cells = (parse(file, { bom: true, delimiter: ';', relax_column_count: true }) as string[][]).flat();
        for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
      }),
    );
  });

  it('round-trips through the import parser: every cell comes back as written (property)', () => {
    // The import trims cells (spreadsheets pad them), so the values compared are trimmed too.
    const trimmed = cellText.map((s) => s.trim()).filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(fc.array(trimmed, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const file = CSV_BOM + stringifyCsvRows([['a', 'b', 'c'], ...rows]);
        const table = parseCsvTable(file, { maxRows: 100 });
        expect(table.delimiter).toBe(';');
        expect(table.records.map((r) => r.cells.map(unescapeFormula))).toEqual(rows);
      }),
    );
  });
});
