import type { Prisma } from '@simplifaq/db';

/**
 * Locks the organisation row until the transaction ends. Changes that must keep an invariant over
 * several rows of one organisation (exactly one default bank account, at least one owner) take it
 * first, so two concurrent requests run one after the other and the second sees the first's result
 * (READ COMMITTED re-reads at each statement).
 */
export async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM organisation WHERE id = ${organisationId}::uuid FOR UPDATE`;
}
