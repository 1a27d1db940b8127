import type { Prisma, PrismaClient } from '@simplifaq/db';

// Rows per INSERT of an import: 1 000 × 14 columns stays below Postgres' 65 535 bind parameters.
const INSERT_CHUNK = 1000;

export type ClientData = Omit<Prisma.ClientCreateManyInput, 'organisationId' | 'id'>;

export function createClientCsvRepo(prisma: PrismaClient) {
  return {
    /** Inserts all rows in one transaction: either every client exists afterwards or none does. */
    createAll: (organisationId: string, rows: readonly ClientData[]) =>
      prisma.$transaction(
        async (tx) => {
          const ids: string[] = [];
          for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
            const chunk = rows.slice(i, i + INSERT_CHUNK).map((data) => ({ ...data, organisationId }));
            const created = await tx.client.createManyAndReturn({ data: chunk, select: { id: true } });
            ids.push(...created.map((c) => c.id));
          }
          return ids;
        },
        { timeout: 60_000, maxWait: 10_000 },
      ),
  };
}

export type ClientCsvRepo = ReturnType<typeof createClientCsvRepo>;
