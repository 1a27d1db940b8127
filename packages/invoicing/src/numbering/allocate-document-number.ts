import type { IsoDate } from '@simplifaq/swiss';
import type { Tx } from '../shared/db-client';
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
 * Takes the next number of a series inside the caller's transaction. The upsert locks the
 * `number_sequence` row until commit, so concurrent issuers of one organisation queue on it and a
 * rollback returns the number: numbers are unique and gap-free (MWSTG art. 26 requires a unique
 * number; CO art. 957a and the ESTV expect a complete, checkable sequence). Call it as late as
 * possible in the transaction: the lock is held from here to the commit.
 */
export async function allocateDocumentNumber(
  tx: Tx,
  input: { organisationId: string; series: NumberSeries; pattern: string; date: IsoDate },
): Promise<AllocatedNumber> {
  const pattern = parseNumberPattern(input.pattern);
  const year = sequenceYear(pattern, input.date);
  const rows = await tx.$queryRaw<{ sequence: number }[]>`
    INSERT INTO number_sequence (organisation_id, series, year, next)
    VALUES (${input.organisationId}::uuid, ${input.series}, ${year}::int, 2)
    ON CONFLICT (organisation_id, series, year) DO UPDATE SET next = number_sequence.next + 1
    RETURNING next - 1 AS sequence`;
  const sequence = Number(rows[0]?.sequence);
  return { number: formatDocumentNumber(pattern, { date: input.date, sequence }), sequence, year };
}
