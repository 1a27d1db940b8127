import type { Prisma, PrismaClient } from '@simplifaq/db';

type Db = PrismaClient | Prisma.TransactionClient;

// Everything but the logo bytes, which only the logo route reads.
const PROFILE = {
  id: true,
  name: true,
  street: true,
  buildingNumber: true,
  postalCode: true,
  town: true,
  country: true,
  uid: true,
  vatRegistered: true,
  vatMethod: true,
  netTaxRateBp: true,
  language: true,
  currency: true,
  numberingPattern: true,
  creditNotePattern: true,
  quotePattern: true,
  paymentTermDays: true,
  envelopeWindow: true,
  email: true,
  phone: true,
  website: true,
  logoMimeType: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.OrganisationSelect;

export type OrganisationRow = Prisma.OrganisationGetPayload<{ select: typeof PROFILE }>;

export function createOrganisationRepo(prisma: PrismaClient) {
  return {
    find: (organisationId: string, db: Db = prisma) => db.organisation.findUnique({ where: { id: organisationId }, select: PROFILE }),
    /** The accounts whose payment references carry the invoice numbers. */
    referenceAccounts: (organisationId: string, db: Db = prisma) =>
      db.bankAccount.findMany({ where: { organisationId }, select: { isQrIban: true, qrrPrefix: true, label: true }, orderBy: { createdAt: 'asc' } }),
    update: (organisationId: string, data: Prisma.OrganisationUpdateInput, db: Db = prisma) =>
      db.organisation.update({ where: { id: organisationId }, data, select: PROFILE }),
    findLogo: (organisationId: string, db: Db = prisma) =>
      db.organisation.findUnique({ where: { id: organisationId }, select: { logo: true, logoMimeType: true } }),
    setLogo: (organisationId: string, logo: Uint8Array<ArrayBuffer> | null, logoMimeType: string | null, db: Db = prisma) =>
      db.organisation.update({ where: { id: organisationId }, data: { logo, logoMimeType }, select: { id: true } }),
    /**
     * Every number already given in the table a series writes to: invoices and credit notes share
     * `invoice` (one unique index), quotes have `quote`.
     */
    async issuedNumbers(organisationId: string, table: 'invoice' | 'quote', db: Db = prisma): Promise<string[]> {
      const where = { organisationId, number: { not: null } };
      const rows = table === 'invoice' ? await db.invoice.findMany({ where, select: { number: true } }) : await db.quote.findMany({ where, select: { number: true } });
      return rows.map((r) => r.number as string);
    },
    /**
     * The next value of a document series for the given sequence year (`number_sequence`), or 1
     * when the series has not been used yet. Read-only: only issuing draws a number.
     */
    async nextSequence(organisationId: string, series: string, year: number, db: Db = prisma): Promise<number> {
      const row = await db.numberSequence.findUnique({ where: { organisationId_series_year: { organisationId, series, year } }, select: { next: true } });
      return row?.next ?? 1;
    },
  };
}

export type OrganisationRepo = ReturnType<typeof createOrganisationRepo>;
