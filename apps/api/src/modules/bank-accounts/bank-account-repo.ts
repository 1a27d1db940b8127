import type { BankAccount, Prisma, PrismaClient } from '@simplifaq/db';
import { decodeCursor, toPage } from '../../lib/pagination';
import type { TBankAccountListQuery } from './bank-account-schemas';

type Db = PrismaClient | Prisma.TransactionClient;

/** Every function takes the organisation: no query here can reach another tenant's rows. */
export function createBankAccountRepo(prisma: PrismaClient) {
  return {
    async list(organisationId: string, query: TBankAccountListQuery, db: Db = prisma) {
      const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
      const where: Prisma.BankAccountWhereInput = { organisationId };
      if (after) where.OR = [{ createdAt: { gt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { gt: after[1] } }];
      const rows = await db.bankAccount.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: query.limit + 1 });
      return toPage(rows, query.limit, (a) => [a.createdAt.toISOString(), a.id]);
    },
    find: (organisationId: string, id: string, db: Db = prisma) => db.bankAccount.findFirst({ where: { id, organisationId } }),
    findByIban: (organisationId: string, iban: string, db: Db = prisma) => db.bankAccount.findFirst({ where: { organisationId, iban } }),
    count: (organisationId: string, db: Db = prisma) => db.bankAccount.count({ where: { organisationId } }),
    /** The pattern invoice numbers follow; their references must fit every account. */
    invoicePattern: async (organisationId: string, db: Db = prisma) =>
      (await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { numberingPattern: true } })).numberingPattern,
    create: (organisationId: string, data: Omit<Prisma.BankAccountUncheckedCreateInput, 'organisationId'>, db: Db = prisma) =>
      db.bankAccount.create({ data: { ...data, organisationId } }),
    /** Resolves null when the account is not the organisation's. */
    async update(organisationId: string, id: string, data: Prisma.BankAccountUpdateManyMutationInput, db: Db = prisma): Promise<BankAccount | null> {
      const { count } = await db.bankAccount.updateMany({ where: { id, organisationId }, data });
      return count ? db.bankAccount.findFirst({ where: { id, organisationId } }) : null;
    },
    unsetDefault: (organisationId: string, exceptId: string | null, db: Db = prisma) =>
      db.bankAccount.updateMany({ where: { organisationId, isDefault: true, ...(exceptId ? { id: { not: exceptId } } : {}) }, data: { isDefault: false } }),
    oldest: (organisationId: string, db: Db = prisma) =>
      db.bankAccount.findFirst({ where: { organisationId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    /** Issued documents keep a snapshot of the account, but the link proves which account was billed. */
    countIssuedInvoices: (organisationId: string, id: string, db: Db = prisma) =>
      db.invoice.count({ where: { organisationId, bankAccountId: id, status: { not: 'draft' } } }),
    async delete(organisationId: string, id: string, db: Db = prisma) {
      const { count } = await db.bankAccount.deleteMany({ where: { id, organisationId } });
      return count > 0;
    },
  };
}

export type BankAccountRepo = ReturnType<typeof createBankAccountRepo>;
