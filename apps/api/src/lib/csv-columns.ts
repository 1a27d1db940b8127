import { AppError } from './app-error';
import { unescapeFormula } from './csv-cells';
import type { CsvRecord } from './csv-table';

/** A field a CSV file may fill: the header names that mean it, in the four languages the app speaks. */
export interface CsvField {
  synonyms: readonly string[];
  required?: boolean;
}
export type CsvColumnSpec<F extends string> = Readonly<Record<F, CsvField>>;

/**
 * Folds a header or a keyword for comparison: lower case, accents dropped (`ü` → `u`; spellings
 * with `ue` are listed as synonyms where Germans write them), `ß` → `ss`, and everything but
 * letters and digits removed — so `Localité`, `LOCALITE`, `Postal code` and `postal_code` match.
 */
export function foldKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export interface CsvColumns<F extends string> {
  /** Column index of each field the file has. */
  indexOf: Partial<Record<F, number>>;
  /** The file's own header for each field it has, for the preview. */
  headerOf: Partial<Record<F, string>>;
  /** Headers that name no field; their cells are not imported. */
  ignored: string[];
  /** Number of header cells: cells beyond it belong to no column. */
  width: number;
}

/**
 * Maps the file's header line to fields. A field named by two columns, or a required field named by
 * none, is a mistake in the whole file rather than in a row: answered 400 before any row is read.
 */
export function resolveColumns<F extends string>(headers: readonly string[], spec: CsvColumnSpec<F>): CsvColumns<F> {
  const lookup = new Map<string, F>();
  for (const field of Object.keys(spec) as F[]) {
    for (const name of [field, ...spec[field].synonyms]) lookup.set(foldKey(name), field);
  }
  const indexOf: Partial<Record<F, number>> = {};
  const headerOf: Partial<Record<F, string>> = {};
  const ignored: string[] = [];
  headers.forEach((header, i) => {
    const field = lookup.get(foldKey(header));
    if (field === undefined) {
      if (header !== '') ignored.push(header);
      return;
    }
    if (indexOf[field] !== undefined) {
      throw new AppError('CSV_COLUMN_DUPLICATE', `The columns "${headerOf[field]}" and "${header}" both mean ${field}; keep one.`, 400, field, {
        columns: [headerOf[field], header],
      });
    }
    indexOf[field] = i;
    headerOf[field] = header;
  });
  const missing = (Object.keys(spec) as F[]).filter((f) => spec[f].required && indexOf[f] === undefined);
  if (missing.length > 0) {
    throw new AppError('CSV_COLUMN_MISSING', `The file has no column for ${missing.join(', ')}.`, 400, missing[0], {
      missing,
      accepted: Object.fromEntries(missing.map((f) => [f, [f, ...spec[f].synonyms]])),
    });
  }
  return { indexOf, headerOf, ignored, width: headers.length };
}

/**
 * The cells of one record by field: blank cells are left out (the field's default applies) and the
 * quote our export puts before formula-like text is removed, so an export imports back unchanged.
 */
export function readRecord<F extends string>(record: CsvRecord, columns: CsvColumns<F>): { values: Partial<Record<F, string>>; extraCells: number } {
  const values: Partial<Record<F, string>> = {};
  for (const [field, index] of Object.entries(columns.indexOf) as [F, number][]) {
    const cell = record.cells[index]?.trim() ?? '';
    if (cell !== '') values[field] = unescapeFormula(cell);
  }
  const extraCells = record.cells.slice(columns.width).filter((c) => c !== '').length;
  return { values, extraCells };
}

/** Looks a cell up in a table of words meaning each value; unknown words pass through for the schema to refuse. */
export function fromSynonyms<V extends string>(text: string | undefined, table: Readonly<Record<V, readonly string[]>>): string | undefined {
  if (text === undefined) return undefined;
  const key = foldKey(text);
  for (const value of Object.keys(table) as V[]) {
    if (foldKey(value) === key || table[value].some((s) => foldKey(s) === key)) return value;
  }
  return text;
}
