import { stringify } from 'csv-stringify/sync';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): `=`, `+`,
 * `-`, `@`, tab and carriage return, plus their full-width forms, which some Excel locales
 * also accept. A client named `=HYPERLINK("http://evil", "Click")` must stay text.
 */
const TRIGGER = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
// Leading quotes are counted too, so that escaping can always be undone exactly (see unescapeFormula).
const NEEDS_ESCAPE = new RegExp(`^'*[${TRIGGER}]`);
const ESCAPED = new RegExp(`^'+[${TRIGGER}]`);

/** Prefixes a single quote to text a spreadsheet would run as a formula; other text is unchanged. */
export function escapeFormula(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `'${value}` : value;
}

/**
 * Undoes {@link escapeFormula} on import: `'=1+1` → `=1+1`, `''=x` → `'=x`. Text that does not
 * look escaped (`'s Hertogenbosch`) is kept as it is.
 */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

export type CsvCell = string | null | undefined;

/**
 * Writes rows for Swiss Excel: `;` between cells (Excel in de-CH/fr-CH/it-CH splits on it), CRLF
 * line ends, quotes only where needed, every cell escaped against formulas. No BOM here: the
 * caller writes {@link CSV_BOM} once at the start of the file.
 */
export function stringifyCsvRows(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => escapeFormula(cell ?? ''))),
    // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a bare LF or CR,
    // which Excel also reads as a line break: force quotes on any of them.
    { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}

/** UTF-8 byte-order mark: without it Excel opens a UTF-8 CSV as windows-1252 ("ZÃ¼rich"). */
export const CSV_BOM = '\uFEFF';
