import type { Prisma, PrismaClient, Role } from '@simplifaq/db';
import { decodeCursor, toPage } from '../../lib/pagination';
import type { TApiTokenListQuery } from './api-token-schemas';

type Db = PrismaClient | Prisma.TransactionClient;

// Never the hash: it stays in the database.
const PUBLIC = {
  id: true,
  name: true,
  role: true,
  tokenPrefix: true,
  createdById: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} as const satisfies Prisma.ApiTokenSelect;

/** Every function takes the organisation: no query here can reach another tenant's rows. */
export function createApiTokenRepo(prisma: PrismaClient) {
  return {
    async list(organisationId: string, query: TApiTokenListQuery, db: Db = prisma) {
      const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
      const and: Prisma.ApiTokenWhereInput[] = [];
      if (query.includeRevoked === 'false') and.push({ revokedAt: null });
      if (after) and.push({ OR: [{ createdAt: { lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { lt: after[1] } }] });
      const rows = await db.apiToken.findMany({ where: { organisationId, AND: and }, select: PUBLIC, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.limit + 1 });
      return toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
    },
    find: (organisationId: string, id: string, db: Db = prisma) => db.apiToken.findFirst({ where: { id, organisationId }, select: PUBLIC }),
    create: (
      data: { organisationId: string; name: string; role: Role; tokenHash: string; tokenPrefix: string; createdById: string | null; expiresAt: Date | null },
      db: Db = prisma,
    ) => db.apiToken.create({ data, select: PUBLIC }),
    async revoke(organisationId: string, id: string, now: Date, db: Db = prisma) {
      const { count } = await db.apiToken.updateMany({ where: { id, organisationId, revokedAt: null }, data: { revokedAt: now } });
      return count > 0;
    },
  };
}

export type ApiTokenRepo = ReturnType<typeof createApiTokenRepo>;
