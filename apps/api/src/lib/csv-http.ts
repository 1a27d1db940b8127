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

const isCsv = (contentType: string | undefined) => CSV_CONTENT_TYPES.some((t) => contentType?.toLowerCase().startsWith(t));

/**
 * Lets the routes of the calling plugin (only those: Fastify scopes parsers) take a CSV body. It is
 * decoded to text here, so the body is a string: the Idempotency-Key plugin hashes a string in
 * milliseconds, where a 2 MB Buffer walked as an object takes seconds.
 */
export function registerCsvBodyParser(app: FastifyInstance) {
  app.addContentTypeParser(CSV_CONTENT_TYPES, { parseAs: 'buffer', bodyLimit: CSV_MAX_BYTES }, (req, body, done) => {
    try {
      const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
      done(null, decodeCsv(body as Buffer, charset));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}

/** The CSV text of an import request; JSON or anything else is refused with 415. */
export function csvBody(req: FastifyRequest): string {
  if (typeof req.body !== 'string' || !isCsv(req.headers['content-type'])) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file itself with Content-Type: text/csv.', 415);
  }
  return req.body;
}

/**
 * A preview writes nothing, so it takes no Idempotency-Key: otherwise the import sent next with
 * the same key and file (the idempotency hash ignores the query) would get the preview replayed.
 * Runs at preValidation, before the idempotency plugin's preHandler.
 */
export async function dryRunTakesNoIdempotencyKey(req: FastifyRequest) {
  const dryRun = (req.query as Record<string, unknown> | undefined)?.dryRun;
  if (dryRun === 'true' || dryRun === '1') delete req.headers['idempotency-key'];
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
