import type { DbClient } from '../shared/db-client';

/**
 * The fees of every reminder of an invoice so far. They are part of what the debtor owes: a
 * payment of a reminder's amount due settles the invoice and its fees (docs/api-invoicing.md).
 */
export async function reminderFeesSoFar(db: DbClient, organisationId: string, invoiceId: string): Promise<bigint> {
  const sum = await db.reminder.aggregate({ where: { organisationId, invoiceId }, _sum: { fee: true } });
  return sum._sum.fee ?? 0n;
}
