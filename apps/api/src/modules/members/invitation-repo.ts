import type { Prisma, PrismaClient, Role } from '@simplifaq/db';
import { decodeCursor, toPage } from '../../lib/pagination';
import type { TInvitationListQuery } from './invitation-schemas';

type Db = PrismaClient | Prisma.TransactionClient;

const pending = (now: Date): Prisma.InvitationWhereInput => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

/** Every function but `findByTokenHash` takes the organisation; that one serves the invitee, who is not a member yet. */
export function createInvitationRepo(prisma: PrismaClient) {
  return {
    async list(organisationId: string, query: TInvitationListQuery, now: Date, db: Db = prisma) {
      const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
      const and: Prisma.InvitationWhereInput[] = [];
      if (query.status === 'pending') and.push(pending(now));
      if (after) and.push({ OR: [{ createdAt: { lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { lt: after[1] } }] });
      const rows = await db.invitation.findMany({ where: { organisationId, AND: and }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: query.limit + 1 });
      return toPage(rows, query.limit, (i) => [i.createdAt.toISOString(), i.id]);
    },
    find: (organisationId: string, id: string, db: Db = prisma) => db.invitation.findFirst({ where: { id, organisationId } }),
    findByTokenHash: (tokenHash: string, db: Db = prisma) =>
      db.invitation.findUnique({ where: { tokenHash }, include: { organisation: { select: { id: true, name: true } } } }),
    create: (data: { organisationId: string; email: string; role: Role; tokenHash: string; invitedById: string | null; expiresAt: Date }, db: Db = prisma) =>
      db.invitation.create({ data }),
    /** Revokes the pending invitations of an address (a new one replaces them); returns how many. */
    async revokePendingFor(organisationId: string, email: string, now: Date, db: Db = prisma) {
      const { count } = await db.invitation.updateMany({ where: { organisationId, email, ...pending(now) }, data: { revokedAt: now } });
      return count;
    },
    async revoke(organisationId: string, id: string, now: Date, db: Db = prisma) {
      const { count } = await db.invitation.updateMany({ where: { id, organisationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
      return count > 0;
    },
    /**
     * Marks a pending invitation used. A conditional update, so of two concurrent accepts only
     * one sees `true`: the row lock makes the second re-check the condition after the first commits.
     */
    async claim(id: string, now: Date, db: Db = prisma) {
      const { count } = await db.invitation.updateMany({ where: { id, ...pending(now) }, data: { acceptedAt: now } });
      return count > 0;
    },
  };
}

export type InvitationRepo = ReturnType<typeof createInvitationRepo>;
