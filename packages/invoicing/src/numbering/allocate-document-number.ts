import type { IsoDate } from '@simplifaq/swiss';
import type { Tx } from '../shared/db-client';
import { InvoicingError } from '../shared/invoicing-error';
import { formatDocumentNumber, parseNumberPattern, sequenceYear } from './number-pattern';

/** The numbering series of an organisation; each has its own pattern and its own sequence. */
export type NumberSeries = 'invoice' | 'credit_note' | 'quote';

export interface AllocatedNumber {
  readonly number: string;
  readonly sequence: number;
  /** The `number_sequence.year` key drawn from (0 when the pattern never restarts). */
  readonly year: number;
}

/**
 * Refuses a document date after today in Switzerland: a document is dated the day it is issued or,
 * entered late, an earlier day — never a day still to come (it would also take a number of a year
 * that has not begun).
 */
export function checkDocumentDate(date: IsoDate, today: IsoDate): void {
  if (date > today) throw new InvoicingError('ISSUE_DATE_IN_FUTURE', 'issueDate', { today }, `The issue date ${date} is after today (${today}).`);
}

/**
 * Takes the next number of a series inside the caller's transaction. The upsert locks the
 * `number_sequence` row until commit, so concurrent issuers of one organisation queue on it and a
 * rollback returns the number: numbers are unique and gap-free (MWSTG art. 26 requires a unique
 * number; CO art. 957a and the ESTV expect a complete, checkable sequence). Call it as late as
 * possible in the transaction: the lock is held from here to the commit.
 *
 * The row also keeps the latest date drawn from it, and the same statement refuses a date before
 * that one (`ISSUE_DATE_BEFORE_LAST`): within one run of numbers the numbers follow the dates, as an
 * auditor reading the series expects. Checked on the locked row, it holds for concurrent issues.
 */
export async function allocateDocumentNumber(
  tx: Tx,
  input: { organisationId: string; series: NumberSeries; pattern: string; date: IsoDate },
): Promise<AllocatedNumber> {
  const pattern = parseNumberPattern(input.pattern);
  const year = sequenceYear(pattern, input.date);
  // GREATEST ignores the NULL of a row that predates the column: the first date sets it.
  const rows = await tx.$queryRaw<{ sequence: number; last_date: string }[]>`
    INSERT INTO number_sequence (organisation_id, series, year, next, last_date)
    VALUES (${input.organisationId}::uuid, ${input.series}, ${year}::int, 2, ${input.date}::date)
    ON CONFLICT (organisation_id, series, year)
      DO UPDATE SET next = number_sequence.next + 1, last_date = GREATEST(number_sequence.last_date, EXCLUDED.last_date)
    RETURNING next - 1 AS sequence, to_char(last_date, 'YYYY-MM-DD') AS last_date`;
  const sequence = Number(rows[0]?.sequence);
  const lastDate = rows[0]?.last_date ?? input.date;
  // The stored date only moves forward, so a later one than ours is a document dated after it.
  if (lastDate > input.date) {
    throw new InvoicingError('ISSUE_DATE_BEFORE_LAST', 'issueDate', { lastIssueDate: lastDate }, `The latest document of this series is dated ${lastDate}: the next one cannot be dated ${input.date}.`);
  }
  return { number: formatDocumentNumber(pattern, { date: input.date, sequence }), sequence, year };
}
