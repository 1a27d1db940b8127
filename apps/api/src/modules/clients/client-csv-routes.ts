import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CSV_CONTENT_TYPES, csvBody, dryRunTakesNoIdempotencyKey, registerCsvBodyParser, sendCsv } from '../../lib/csv-http';
import { CSV_MAX_ROWS, ZCsvImportQuery, ZCsvImportResult, zCsvPreview } from '../../lib/csv-import';
import { orgScope } from '../../lib/request-context';
import { CLIENT_CSV_HEADER } from './client-csv-fns';
import { ZClientDraft, ZClientExportQuery } from './client-csv-schemas';
import type { ClientCsvService } from './client-csv-service';

const tags = ['clients'];
const ZCsvFile = z.any().meta({ type: 'string', description: 'the CSV file: , ; or tab separated, UTF-8 (BOM optional) or windows-1252' });

export async function clientCsvRoutes(app: FastifyInstance, { csv }: { csv: ClientCsvService }) {
  registerCsvBodyParser(app);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/clients/import',
    {
      // A retried upload (a timeout, a double click) must not create every row twice.
      config: { idempotent: true },
      preValidation: dryRunTakesNoIdempotencyKey,
      schema: {
        tags,
        summary: 'Import clients from CSV (all rows or none); ?dryRun=true previews',
        description: `Columns by English, French, German or Italian header (docs/api-clients-products.md). At most ${CSV_MAX_ROWS} rows. Any row error: 422 CSV_ROWS_INVALID and nothing is written.`,
        consumes: CSV_CONTENT_TYPES,
        querystring: ZCsvImportQuery,
        body: ZCsvFile,
        response: { 200: zCsvPreview(ZClientDraft), 201: ZCsvImportResult },
      },
    },
    async (req, reply) => {
      const text = csvBody(req);
      if (req.query.dryRun) return csv.preview(orgScope(req), text);
      return reply.status(201).send(await csv.importAll(orgScope(req), text));
    },
  );

  r.get(
    '/api/clients/export.csv',
    {
      schema: {
        tags,
        summary: 'Export clients as CSV for Excel (; separated, UTF-8 with BOM), importable as is',
        querystring: ZClientExportQuery,
        produces: ['text/csv'],
        response: { 200: { description: 'the CSV file', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (req, reply) => sendCsv(reply, `clients-${new Date().toISOString().slice(0, 10)}.csv`, CLIENT_CSV_HEADER, csv.exportRows(orgScope(req), req.query)),
  );
}
