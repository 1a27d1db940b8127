import { z } from 'zod';
import { isSwissRuleError } from '@simplifaq/swiss';
import { AppError } from './app-error';
import { readRecord, resolveColumns } from './csv-columns';
import type { CsvColumnSpec } from './csv-columns';
import { parseCsvTable } from './csv-table';

/** Rows per import: enough for a whole customer file, small enough for one transaction and one preview. */
export const CSV_MAX_ROWS = 5000;
/** Errors listed in a 422 answer; the count of all of them is given beside. */
const MAX_LISTED_ERRORS = 1000;

/** What is wrong with one cell (or, with `field: null`, the whole row) of an imported file. */
export interface CsvRowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}
export type CsvIssue = Omit<CsvRowError, 'row'>;

export const ZCsvRowError = z.object({
  row: z.number().int().describe('spreadsheet row number; the header is row 1'),
  field: z.string().nullable().describe('the field at fault, null for the whole row'),
  code: z.string(),
  message: z.string(),
});

export const ZCsvImportQuery = z
  .object({
    dryRun: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1')
      .describe('true: validate and answer the preview, write nothing'),
  })
  .strict();

export const zCsvPreview = <T extends z.ZodType>(data: T) =>
  z.object({
    dryRun: z.literal(true),
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    columns: z.record(z.string(), z.string()).describe('field → the header of the file that fills it'),
    ignoredColumns: z.array(z.string()).describe('headers that name no field; their cells are not imported'),
    rows: z.array(z.object({ row: z.number().int(), data: data.nullable().describe('what would be created; null when the row has errors'), errors: z.array(ZCsvRowError) })),
    errors: z.array(ZCsvRowError).describe('every row error, in row order'),
  });

export const ZCsvImportResult = z.object({ created: z.number().int(), ids: z.array(z.string()).describe('the new records, in row order') });

/** Thrown by a row mapper that found several problems at once. */
export class CsvRowInvalid extends Error {
  constructor(readonly issues: CsvIssue[]) {
    super('row invalid');
  }
}

/**
 * The same failures the JSON routes answer, as row errors: schema issues (`VALIDATION_FAILED`, one
 * per field), Swiss rule errors with their own code, AppErrors. Anything else is a bug: rethrown.
 */
export function issuesOf(err: unknown): CsvIssue[] {
  if (err instanceof CsvRowInvalid) return err.issues;
  if (err instanceof z.ZodError) {
    return err.issues.map((i) => ({ field: i.path.length ? i.path.join('.') : null, code: 'VALIDATION_FAILED', message: i.message }));
  }
  // Swiss rules name address parts `address.town`; a CSV column is just `town`.
  if (isSwissRuleError(err)) return [{ field: err.field.replace(/^address\./, ''), code: err.code, message: err.message }];
  if (err instanceof AppError) return [{ field: err.field ?? null, code: err.code, message: err.message }];
  throw err;
}

export interface CsvPreparedRow<T> {
  row: number;
  data: T | null;
  errors: CsvRowError[];
}

export interface CsvPrepared<T> {
  columns: Record<string, string>;
  ignoredColumns: string[];
  rows: CsvPreparedRow<T>[];
}

/**
 * Reads a CSV file and validates every row through `toInput` — the mapper from cells to the JSON
 * route's input, which throws what the JSON route would answer. Nothing is written here.
 */
export async function prepareCsvRows<F extends string, T>(
  text: string,
  spec: CsvColumnSpec<F>,
  toInput: (values: Partial<Record<F, string>>) => T | Promise<T>,
): Promise<CsvPrepared<T>> {
  const table = parseCsvTable(text, { maxRows: CSV_MAX_ROWS });
  const columns = resolveColumns(table.headers, spec);
  const rows: CsvPreparedRow<T>[] = [];
  for (const record of table.records) {
    const { values, extraCells } = readRecord(record, columns);
    const issues: CsvIssue[] = [];
    if (extraCells > 0) {
      issues.push({ field: null, code: 'CSV_EXTRA_CELLS', message: `The row has ${extraCells} more cell(s) than the header has columns; check for a stray separator.` });
    }
    let data: T | null = null;
    try {
      data = await toInput(values);
    } catch (err) {
      issues.push(...issuesOf(err));
    }
    rows.push(issues.length ? { row: record.row, data: null, errors: issues.map((i) => ({ row: record.row, ...i })) } : { row: record.row, data, errors: [] });
  }
  return { columns: columns.headerOf as Record<string, string>, ignoredColumns: columns.ignored, rows };
}

/** The dry-run answer. */
export function csvPreview<T>(prepared: CsvPrepared<T>) {
  const invalid = prepared.rows.filter((r) => r.errors.length > 0).length;
  return {
    dryRun: true as const,
    total: prepared.rows.length,
    valid: prepared.rows.length - invalid,
    invalid,
    columns: prepared.columns,
    ignoredColumns: prepared.ignoredColumns,
    rows: prepared.rows,
    errors: prepared.rows.flatMap((r) => r.errors),
  };
}

/** All rows' inputs, or 422 CSV_ROWS_INVALID listing the row errors when any row has one: an import is all or nothing. */
export function validInputs<T>(prepared: CsvPrepared<T>): T[] {
  const errors = prepared.rows.flatMap((r) => r.errors);
  if (errors.length > 0) {
    const rows = new Set(errors.map((e) => e.row)).size;
    throw new AppError('CSV_ROWS_INVALID', `${rows} of ${prepared.rows.length} rows have errors; nothing was imported.`, 422, undefined, {
      errors: errors.slice(0, MAX_LISTED_ERRORS),
      errorCount: errors.length,
      invalidRows: rows,
      truncated: errors.length > MAX_LISTED_ERRORS,
    });
  }
  return prepared.rows.map((r) => r.data as T);
}
