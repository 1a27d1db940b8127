import type { Currency, PrismaClient } from '@simplifaq/db';
import { dateOf } from './dashboard-fns';

/** Every query takes the organisation: nothing here can read another tenant's rows. */
export function createDashboardRepo(prisma: PrismaClient) {
  return {
    organisation: (organisationId: string) =>
      prisma.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { currency: true, postalCode: true, town: true } }),

    /** Issued and partly paid invoices (the ones that can still be due), with their client's name. */
    openInvoices: (organisationId: string, currency: Currency) =>
      prisma.invoice.findMany({
        where: { organisationId, currency, kind: 'invoice', status: { in: ['issued', 'partially_paid'] } },
        select: { id: true, number: true, clientId: true, client: { select: { name: true } }, issueDate: true, dueDate: true, totalPayable: true, amountPaid: true },
      }),

    /** Σ of the credit notes issued against each of these invoices (negative amounts). */
    async creditedByInvoice(organisationId: string, invoiceIds: string[]): Promise<Map<string, bigint>> {
      if (invoiceIds.length === 0) return new Map();
      const rows = await prisma.invoice.groupBy({
        by: ['creditedInvoiceId'],
        where: { organisationId, kind: 'credit_note', status: { not: 'draft' }, creditedInvoiceId: { in: invoiceIds } },
        _sum: { totalPayable: true },
      });
      return new Map(rows.map((row) => [row.creditedInvoiceId ?? '', row._sum.totalPayable ?? 0n]));
    },

    /** Σ of the reminder fees of each of these invoices. */
    async reminderFeesByInvoice(organisationId: string, invoiceIds: string[]): Promise<Map<string, bigint>> {
      if (invoiceIds.length === 0) return new Map();
      const rows = await prisma.reminder.groupBy({ by: ['invoiceId'], where: { organisationId, invoiceId: { in: invoiceIds } }, _sum: { fee: true } });
      return new Map(rows.map((row) => [row.invoiceId, row._sum.fee ?? 0n]));
    },

    /** Issue dates and totals of every invoice and credit note issued since `from`. */
    issuedSince: (organisationId: string, currency: Currency, from: string) =>
      prisma.invoice.findMany({
        where: { organisationId, currency, status: { not: 'draft' }, issueDate: { gte: dateOf(from) } },
        select: { issueDate: true, totalPayable: true },
      }),

    paymentsSince: (organisationId: string, currency: Currency, from: string) =>
      prisma.payment.findMany({ where: { organisationId, currency, paidOn: { gte: dateOf(from) } }, select: { paidOn: true, amount: true } }),

    recentEvents: (organisationId: string, take: number) =>
      prisma.auditEvent.findMany({
        where: { organisationId, action: { not: 'auth.login' } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
        select: { id: true, action: true, targetType: true, targetId: true, data: true, actorUserId: true, createdAt: true },
      }),

    /** Names of the people behind events, for those still members of this organisation. */
    async memberNames(organisationId: string, userIds: string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await prisma.membership.findMany({ where: { organisationId, userId: { in: userIds } }, select: { user: { select: { id: true, name: true } } } });
      return new Map(rows.map((row) => [row.user.id, row.user.name]));
    },

    async counts(organisationId: string) {
      const [bankAccounts, clients, invoices] = await Promise.all([
        prisma.bankAccount.count({ where: { organisationId } }),
        prisma.client.count({ where: { organisationId, archivedAt: null } }),
        prisma.invoice.count({ where: { organisationId } }),
      ]);
      return { bankAccounts, clients, invoices };
    },
  };
}

export type DashboardRepo = ReturnType<typeof createDashboardRepo>;
