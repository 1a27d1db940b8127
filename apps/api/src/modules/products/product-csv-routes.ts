import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CSV_CONTENT_TYPES, csvBody, dryRunTakesNoIdempotencyKey, registerCsvBodyParser, sendCsv } from '../../lib/csv-http';
import { CSV_MAX_ROWS, ZCsvImportQuery, ZCsvImportResult, zCsvPreview } from '../../lib/csv-import';
import { orgScope } from '../../lib/request-context';
import type { ProductCsvService } from './product-csv-service';
import { PRODUCT_CSV_HEADER } from './product-csv-fns';
import { ZProductDraft, ZProductExportQuery } from './product-schemas';

const tags = ['products'];
const ZCsvFile = z.any().meta({ type: 'string', description: 'the CSV file: , ; or tab separated, UTF-8 (BOM optional) or windows-1252' });

export async function productCsvRoutes(app: FastifyInstance, { csv }: { csv: ProductCsvService }) {
  registerCsvBodyParser(app);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/products/import',
    {
      // A retried upload (a timeout, a double click) must not create every row twice.
      config: { idempotent: true },
      preValidation: dryRunTakesNoIdempotencyKey,
      schema: {
        tags,
        summary: 'Import products from CSV (all rows or none); ?dryRun=true previews',
        description: `Columns by English, French, German or Italian header (docs/api-clients-products.md). At most ${CSV_MAX_ROWS} rows. Any row error: 422 CSV_ROWS_INVALID and nothing is written.`,
        consumes: CSV_CONTENT_TYPES,
        querystring: ZCsvImportQuery,
        body: ZCsvFile,
        response: { 200: zCsvPreview(ZProductDraft), 201: ZCsvImportResult },
      },
    },
    async (req, reply) => {
      const text = csvBody(req);
      if (req.query.dryRun) return csv.preview(orgScope(req), text);
      return reply.status(201).send(await csv.importAll(orgScope(req), text));
    },
  );

  r.get(
    '/api/products/export.csv',
    {
      schema: {
        tags,
        summary: 'Export products as CSV for Excel (; separated, UTF-8 with BOM), importable as is',
        querystring: ZProductExportQuery,
        produces: ['text/csv'],
        response: { 200: { description: 'the CSV file', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (req, reply) =>
      sendCsv(reply, `products-${new Date().toISOString().slice(0, 10)}.csv`, PRODUCT_CSV_HEADER, csv.exportRows(orgScope(req), req.query)),
  );
}
