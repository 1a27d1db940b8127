import type { FastifyInstance } from 'fastify';
import type { PrismaClient } from '@simplifaq/db';
import { createBankAccountRepo } from './bank-account-repo';
import { bankAccountRoutes } from './bank-account-routes';
import { createBankAccountService } from './bank-account-service';

export async function bankAccountsModule(app: FastifyInstance, { prisma }: { prisma: PrismaClient }) {
  await app.register(bankAccountRoutes, { accounts: createBankAccountService({ prisma, accounts: createBankAccountRepo(prisma) }) });
}
