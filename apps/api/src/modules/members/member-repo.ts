import type { Prisma, PrismaClient, Role } from '@simplifaq/db';
import { decodeCursor, toPage } from '../../lib/pagination';
import type { TMemberListQuery } from './member-schemas';

type Db = PrismaClient | Prisma.TransactionClient;

const MEMBER = { userId: true, role: true, createdAt: true, user: { select: { email: true, name: true } } } as const satisfies Prisma.MembershipSelect;
export type MemberRow = Prisma.MembershipGetPayload<{ select: typeof MEMBER }>;

/** Every function takes the organisation: no query here can reach another tenant's rows. */
export function createMemberRepo(prisma: PrismaClient) {
  return {
    async list(organisationId: string, query: TMemberListQuery, db: Db = prisma) {
      const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
      const where: Prisma.MembershipWhereInput = { organisationId };
      if (after) where.OR = [{ createdAt: { gt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { gt: after[1] } }];
      const rows = await db.membership.findMany({ where, select: { ...MEMBER, id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: query.limit + 1 });
      return toPage(rows, query.limit, (m) => [m.createdAt.toISOString(), m.id]);
    },
    find: (organisationId: string, userId: string, db: Db = prisma) =>
      db.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } }, select: MEMBER }),
    countOwners: (organisationId: string, db: Db = prisma) => db.membership.count({ where: { organisationId, role: 'owner' } }),
    setRole: (organisationId: string, userId: string, role: Role, db: Db = prisma) =>
      db.membership.update({ where: { organisationId_userId: { organisationId, userId } }, data: { role }, select: MEMBER }),
    add: (organisationId: string, userId: string, role: Role, db: Db = prisma) => db.membership.create({ data: { organisationId, userId, role }, select: MEMBER }),
    remove: (organisationId: string, userId: string, db: Db = prisma) => db.membership.deleteMany({ where: { organisationId, userId } }),
    isMemberByEmail: async (organisationId: string, email: string, db: Db = prisma) =>
      (await db.membership.count({ where: { organisationId, user: { email } } })) > 0,
  };
}

export type MemberRepo = ReturnType<typeof createMemberRepo>;
