import { conflict, notFound } from '../../lib/app-error';
import { fromMinor, toMinor } from '../../lib/money-json';
import type { OrgScope } from '../../lib/request-context';
import type { ProductData, ProductRepo } from './product-repo';
import type { TProduct, TProductInput, TProductListQuery, TProductPatch } from './product-schemas';

type ProductRow = NonNullable<Awaited<ReturnType<ProductRepo['find']>>>;

/** The API's form of a product: the BIGINT price as an integer of minor units. */
export function toProductDto(row: ProductRow): TProduct {
  return { ...row, unitPrice: toMinor(row.unitPrice) };
}

/** The database's form of an input: the price back to BIGINT. */
export function toProductData(input: TProductInput): ProductData {
  return { ...input, unitPrice: fromMinor(input.unitPrice) };
}

function found(row: ProductRow | null): TProduct {
  if (!row) throw notFound('product');
  return toProductDto(row);
}

export function createProductService({ products }: { products: ProductRepo }) {
  async function get(scope: OrgScope, id: string) {
    return found(await products.find(scope.organisationId, id));
  }
  return {
    async list(scope: OrgScope, query: TProductListQuery) {
      const page = await products.list(scope.organisationId, query);
      return { items: page.items.map(toProductDto), nextCursor: page.nextCursor };
    },
    get,
    create: async (scope: OrgScope, input: TProductInput) => toProductDto(await products.create(scope.organisationId, toProductData(input))),
    async update(scope: OrgScope, id: string, patch: TProductPatch) {
      const { unitPrice, ...rest } = patch;
      if (Object.keys(patch).length === 0) return get(scope, id);
      return found(await products.update(scope.organisationId, id, { ...rest, ...(unitPrice === undefined ? {} : { unitPrice: fromMinor(unitPrice) }) }));
    },
    archive: async (scope: OrgScope, id: string, archived: boolean) =>
      found(await products.update(scope.organisationId, id, { archivedAt: archived ? new Date() : null })),
    /**
     * Products on invoice or quote lines are kept: the lines keep their own copy of the text and
     * price, but the link is part of the record (CO art. 958f). Archive them instead.
     */
    async remove(scope: OrgScope, id: string) {
      const outcome = await products.deleteUnlessReferenced(scope.organisationId, id);
      if (outcome === 'missing') throw notFound('product');
      if (outcome === 'referenced') {
        throw conflict('PRODUCT_REFERENCED', 'This product appears on invoices or quotes; archive it instead of deleting it.');
      }
    },
  };
}

export type ProductService = ReturnType<typeof createProductService>;
