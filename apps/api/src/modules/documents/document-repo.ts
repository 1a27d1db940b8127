import type { PrismaClient } from '@simplifaq/db';

/** Reads for the documents; every query is scoped by the organisation (another tenant's ids find nothing). */
export function createDocumentRepo(prisma: PrismaClient) {
  return {
    findInvoice: (organisationId: string, id: string) =>
      prisma.invoice.findFirst({ where: { id, organisationId }, omit: { pdf: true }, include: { lines: { orderBy: { position: 'asc' } }, client: { select: { name: true } } } }),
    findArchive: (organisationId: string, id: string) =>
      prisma.invoice.findFirst({ where: { id, organisationId }, select: { id: true, status: true, kind: true, number: true, language: true, pdf: true, pdfSha256: true } }),
    /** Stores the PDF of an issued invoice that has none yet; the database allows this once (issued-invoice guard). */
    async archiveInvoicePdf(organisationId: string, id: string, pdf: Uint8Array<ArrayBuffer>, pdfSha256: string) {
      const { count } = await prisma.invoice.updateMany({ where: { id, organisationId, pdf: null, status: { not: 'draft' } }, data: { pdf, pdfSha256 } });
      return count > 0;
    },
    findCreditedInvoice: (organisationId: string, id: string) =>
      prisma.invoice.findFirst({ where: { id, organisationId }, select: { number: true, issueDate: true } }),
    findOrganisation: (organisationId: string) => prisma.organisation.findUnique({ where: { id: organisationId } }),
    findLayout: (organisationId: string) => prisma.organisation.findUnique({ where: { id: organisationId }, select: { envelopeWindow: true } }),
    findClient: (organisationId: string, id: string) => prisma.client.findFirst({ where: { id, organisationId } }),
    findBankAccount: (organisationId: string, id: string | null) =>
      id
        ? prisma.bankAccount.findFirst({ where: { id, organisationId } })
        : prisma.bankAccount.findFirst({ where: { organisationId }, orderBy: [{ isDefault: 'desc' }, { createdAt: 'asc' }] }),
    findQuote: (organisationId: string, id: string) =>
      prisma.quote.findFirst({ where: { id, organisationId }, include: { lines: { orderBy: { position: 'asc' } } } }),
    findReminder: (organisationId: string, id: string) => prisma.reminder.findFirst({ where: { id, organisationId } }),
    async sumEarlierReminderFees(organisationId: string, invoiceId: string, level: number): Promise<bigint> {
      const sum = await prisma.reminder.aggregate({ where: { organisationId, invoiceId, level: { lt: level } }, _sum: { fee: true } });
      return sum._sum.fee ?? 0n;
    },
    async archiveReminderPdf(organisationId: string, id: string, pdf: Uint8Array<ArrayBuffer>, pdfSha256: string) {
      await prisma.reminder.updateMany({ where: { id, organisationId, pdf: null }, data: { pdf, pdfSha256 } });
    },
  };
}

export type DocumentRepo = ReturnType<typeof createDocumentRepo>;
