import { csvPreview, prepareCsvRows, validInputs } from '../../lib/csv-import';
import type { OrgScope } from '../../lib/request-context';
import { PRODUCT_CSV_COLUMNS, productFromCsv, productToCsv } from './product-csv-fns';
import type { ProductRepo } from './product-repo';
import type { TProductFilters } from './product-schemas';
import { toProductData, toProductDto } from './product-service';

export function createProductCsvService({ products }: { products: Pick<ProductRepo, 'currencyOf' | 'createAll' | 'pages'> }) {
  async function prepare(scope: OrgScope, text: string) {
    const currency = await products.currencyOf(scope.organisationId);
    return prepareCsvRows(text, PRODUCT_CSV_COLUMNS, (values) => productFromCsv(values, currency));
  }
  return {
    preview: async (scope: OrgScope, text: string) => csvPreview(await prepare(scope, text)),
    /** All rows or none: any row error answers 422 before anything is written. */
    async importAll(scope: OrgScope, text: string) {
      const inputs = validInputs(await prepare(scope, text));
      const ids = await products.createAll(scope.organisationId, inputs.map(toProductData));
      return { created: ids.length, ids };
    },
    async *exportRows(scope: OrgScope, filters: TProductFilters) {
      for await (const page of products.pages(scope.organisationId, filters)) yield page.map((row) => productToCsv(toProductDto(row)));
    },
  };
}

export type ProductCsvService = ReturnType<typeof createProductCsvService>;
