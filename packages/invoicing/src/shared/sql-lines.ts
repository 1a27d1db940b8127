import { Prisma } from '@simplifaq/db';
import type { InvoiceCalculation } from '@simplifaq/swiss';
import type { Tx } from './db-client';

interface StoredAmounts {
  id: string;
  amount: bigint;
  tvaRateBp: number | null;
}

/**
 * Writes recalculated line amounts and rates in one statement, and only for lines that changed
 * (a draft re-priced at a new date, or at issue). The table name comes from this fixed union.
 */
export async function updateLineAmounts(tx: Tx, table: 'invoice_line' | 'quote_line', rows: readonly StoredAmounts[], calc: InvoiceCalculation): Promise<void> {
  const changed = rows.flatMap((row, i) => {
    const line = calc.lines[i];
    if (!line || (line.amount === row.amount && line.rateBp === row.tvaRateBp)) return [];
    return [Prisma.sql`(${row.id}::uuid, ${line.amount}::bigint, ${line.rateBp}::int)`];
  });
  if (changed.length === 0) return;
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} AS l SET amount = v.amount, tva_rate_bp = v.rate
    FROM (VALUES ${Prisma.join(changed)}) AS v(id, amount, rate)
    WHERE l.id = v.id`;
}

/** Locks a document row of the organisation for the rest of the transaction; null when absent. */
export async function lockDocument(tx: Tx, table: 'invoice' | 'quote', organisationId: string, id: string): Promise<{ status: string } | null> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM ${Prisma.raw(`"${table}"`)}
    WHERE id = ${id}::uuid AND organisation_id = ${organisationId}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}
