import { foldSearchText } from '@simplifaq/db';
import type { Prisma, PrismaClient } from '@simplifaq/db';
import { decodeCursor, toPage } from '../../lib/pagination';
import type { TClientListQuery } from './client-schemas';

type Db = PrismaClient | Prisma.TransactionClient;

/** Every function takes the organisation: no query here can reach another tenant's rows. */
export function createClientRepo(prisma: PrismaClient) {
  return {
    async list(organisationId: string, query: TClientListQuery, db: Db = prisma) {
      const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
      const and: Prisma.ClientWhereInput[] = [];
      if (query.archived !== 'all') and.push({ archivedAt: query.archived === 'true' ? { not: null } : null });
      // Name, contact, town or e-mail, ignoring case and accents ("zurich" finds "Zürich").
      if (query.q) and.push({ searchText: { contains: foldSearchText(query.q) } });
      if (after) and.push({ OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] });
      const where: Prisma.ClientWhereInput = { organisationId, AND: and };
      const rows = await db.client.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: query.limit + 1 });
      return toPage(rows, query.limit, (c) => [c.name, c.id]);
    },
    find: (organisationId: string, id: string, db: Db = prisma) => db.client.findFirst({ where: { id, organisationId } }),
    create: (organisationId: string, data: Omit<Prisma.ClientUncheckedCreateInput, 'organisationId'>, db: Db = prisma) =>
      db.client.create({ data: { ...data, organisationId } }),
    /** Resolves null when the client is not the organisation's. */
    async update(organisationId: string, id: string, data: Prisma.ClientUpdateInput, db: Db = prisma) {
      const { count } = await db.client.updateMany({ where: { id, organisationId }, data });
      return count ? db.client.findFirst({ where: { id, organisationId } }) : null;
    },
    async isReferenced(organisationId: string, id: string, db: Db = prisma) {
      const [invoices, quotes] = await Promise.all([
        db.invoice.count({ where: { organisationId, clientId: id } }),
        db.quote.count({ where: { organisationId, clientId: id } }),
      ]);
      return invoices + quotes > 0;
    },
    async delete(organisationId: string, id: string, db: Db = prisma) {
      const { count } = await db.client.deleteMany({ where: { id, organisationId } });
      return count > 0;
    },
  };
}

export type ClientRepo = ReturnType<typeof createClientRepo>;
