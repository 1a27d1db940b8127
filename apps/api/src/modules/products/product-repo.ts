import { foldSearchText } from '@simplifaq/db';
import type { Prisma, PrismaClient } from '@simplifaq/db';
import { decodeCursor, toPage } from '../../lib/pagination';
import type { TProductFilters } from './product-schemas';

type Db = PrismaClient | Prisma.TransactionClient;
export type ProductData = Omit<Prisma.ProductUncheckedCreateInput, 'organisationId' | 'id'>;

// Rows per INSERT of an import: 1 000 × 7 columns stays far below Postgres' 65 535 bind parameters.
const INSERT_CHUNK = 1000;

function whereOf(organisationId: string, filters: TProductFilters, after?: [string, string]): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [];
  if (filters.archived !== 'all') and.push({ archivedAt: filters.archived === 'true' ? { not: null } : null });
  if (filters.tvaCategory) and.push({ tvaCategory: filters.tvaCategory });
  // Name or description, ignoring case and accents.
  if (filters.q) and.push({ searchText: { contains: foldSearchText(filters.q) } });
  if (after) and.push({ OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] });
  return { organisationId, AND: and };
}

/** Every function takes the organisation: no query here can reach another tenant's rows. */
export function createProductRepo(prisma: PrismaClient) {
  async function list(organisationId: string, query: TProductFilters & { limit: number; cursor?: string }, db: Db = prisma) {
    const after = decodeCursor(query.cursor, 2) as [string, string] | undefined;
    const rows = await db.product.findMany({
      where: whereOf(organisationId, query, after),
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
    });
    return toPage(rows, query.limit, (p) => [p.name, p.id]);
  }
  return {
    list,
    /** Every matching product in list order, a page at a time (for the CSV export). */
    async *pages(organisationId: string, filters: TProductFilters, pageSize = 500) {
      let cursor: string | undefined;
      do {
        const page = await list(organisationId, { ...filters, limit: pageSize, cursor });
        yield page.items;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    },
    find: (organisationId: string, id: string, db: Db = prisma) => db.product.findFirst({ where: { id, organisationId } }),
    create: (organisationId: string, data: ProductData, db: Db = prisma) => db.product.create({ data: { ...data, organisationId } }),
    /** Inserts all rows in one transaction: either every product exists afterwards or none does. */
    createAll: (organisationId: string, rows: readonly ProductData[]) =>
      prisma.$transaction(
        async (tx) => {
          const ids: string[] = [];
          for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
            const chunk = rows.slice(i, i + INSERT_CHUNK).map((data) => ({ ...data, organisationId }));
            const created = await tx.product.createManyAndReturn({ data: chunk, select: { id: true } });
            ids.push(...created.map((c) => c.id));
          }
          return ids;
        },
        { timeout: 60_000, maxWait: 10_000 },
      ),
    /** Resolves null when the product is not the organisation's. */
    async update(organisationId: string, id: string, data: Prisma.ProductUpdateInput, db: Db = prisma) {
      const { count } = await db.product.updateMany({ where: { id, organisationId }, data });
      return count ? db.product.findFirst({ where: { id, organisationId } }) : null;
    },
    /**
     * Deletes the product unless an invoice or quote line refers to it. The row is locked first:
     * a line being added at the same moment waits (its foreign-key check needs the row) and then
     * fails, instead of silently losing its product link (ON DELETE SET NULL).
     */
    deleteUnlessReferenced: (organisationId: string, id: string) =>
      prisma.$transaction(async (tx): Promise<'deleted' | 'missing' | 'referenced'> => {
        const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM product WHERE id = ${id}::uuid AND organisation_id = ${organisationId}::uuid FOR UPDATE`;
        if (locked.length === 0) return 'missing';
        const invoiceLines = await tx.invoiceLine.count({ where: { productId: id, invoice: { organisationId } } });
        const quoteLines = await tx.quoteLine.count({ where: { productId: id, quote: { organisationId } } });
        if (invoiceLines + quoteLines > 0) return 'referenced';
        await tx.product.deleteMany({ where: { id, organisationId } });
        return 'deleted';
      }),
    async currencyOf(organisationId: string) {
      const org = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { currency: true } });
      return org?.currency ?? 'CHF';
    },
  };
}

export type ProductRepo = ReturnType<typeof createProductRepo>;
