import type { Language, PrismaClient } from '@simplifaq/db';

export function createUserRepo(prisma: PrismaClient) {
  return {
    findByEmail: (email: string) => prisma.user.findUnique({ where: { email } }),
    findById: (id: string) => prisma.user.findUnique({ where: { id } }),
    memberships: (userId: string) =>
      prisma.membership.findMany({
        where: { userId },
        select: { role: true, organisation: { select: { id: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      }),
    membership: (userId: string, organisationId: string) =>
      prisma.membership.findUnique({ where: { organisationId_userId: { organisationId, userId } }, select: { role: true } }),
    /** User, organisation and owner membership, all or nothing. */
    createWithOrganisation: (u: { email: string; passwordHash: string; name: string; locale: Language }, organisationName: string) =>
      prisma.$transaction(async (tx) => {
        const user = await tx.user.create({ data: u });
        const organisation = await tx.organisation.create({ data: { name: organisationName, language: u.locale } });
        await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: 'owner' } });
        return { user, organisation };
      }),
    setPassword: (id: string, passwordHash: string) =>
      prisma.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: new Date() } }),
  };
}

export type UserRepo = ReturnType<typeof createUserRepo>;
