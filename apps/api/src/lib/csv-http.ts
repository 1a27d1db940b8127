import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { CSV_BOM, stringifyCsvRows } from './csv-cells';
import type { CsvCell } from './csv-cells';
import { decodeCsv } from './csv-table';

/** Upload limit of a CSV import: 5 000 rows of a client file are about 1 MB. */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;
/**
 * `text/csv`, and `application/vnd.ms-excel`, the type Windows browsers give a `.csv` file when
 * Excel is installed — a web form posting the picked File as is sends that.
 */
export const CSV_CONTENT_TYPES = ['text/csv', 'application/vnd.ms-excel'];

/** Lets the routes of the calling plugin (only those: Fastify scopes parsers) take a CSV body as bytes. */
export function registerCsvBodyParser(app: FastifyInstance) {
  app.addContentTypeParser(CSV_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: CSV_MAX_BYTES }, (_req, body, done) => done(null, body));
}

/** The CSV text of an import request; JSON or anything else is refused with 415. */
export function csvBody(req: FastifyRequest): string {
  if (!Buffer.isBuffer(req.body)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file itself with Content-Type: text/csv.', 415);
  }
  const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  return decodeCsv(req.body, charset);
}

/**
 * Streams a CSV download: BOM, header, then the rows page by page as `pages` yields them, so an
 * export of 100 000 clients never sits in memory whole.
 */
export function sendCsv(reply: FastifyReply, filename: string, header: readonly string[], pages: AsyncIterable<readonly (readonly CsvCell[])[]>) {
  async function* chunks() {
    yield CSV_BOM + stringifyCsvRows([header]);
    for await (const rows of pages) if (rows.length) yield stringifyCsvRows(rows);
  }
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(chunks()));
}
