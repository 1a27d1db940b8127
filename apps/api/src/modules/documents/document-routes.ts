import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, useInvoicingErrors } from '../invoices/invoicing-errors';
import type { DocumentService, PdfFile, QrBillFormat } from './document-service';

const ZId = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();
const ZQrQuery = z
  .object({ amount: z.enum(['open']).optional().describe('`open`: a plain payment slip without the amount, for the payer to fill in') })
  .strict();
const pdfResponse = { 200: z.any().describe('application/pdf') };

/** Sends a PDF; archived bytes carry their SHA-256 as a strong ETag and answer If-None-Match with 304. */
function sendPdf(request: FastifyRequest, reply: FastifyReply, file: PdfFile) {
  reply.header('content-disposition', `inline; filename="${file.filename}"`).header('x-content-type-options', 'nosniff');
  if (file.sha256) {
    const etag = `"${file.sha256}"`;
    reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  } else {
    reply.header('cache-control', 'no-store');
  }
  return reply.type('application/pdf').send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
}

const QR_TYPES: Record<QrBillFormat, string> = { pdf: 'application/pdf', svg: 'image/svg+xml; charset=utf-8', png: 'image/png' };

export async function documentRoutes(app: FastifyInstance, { documents }: { documents: DocumentService }) {
  useInvoicingErrors(app);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  r.get(
    '/api/invoices/:id/pdf',
    { schema: { tags, summary: 'The PDF of an invoice or credit note: archived bytes once issued (ETag = SHA-256), a watermarked preview while a draft', params: ZId, response: pdfResponse } },
    async (req, reply) => sendPdf(req, reply, await documents.invoicePdf(actorOf(req), req.params.id)),
  );

  r.get(
    '/api/invoices/:id/preview',
    { schema: { tags, summary: 'Preview of a draft as it would be issued today, watermarked', params: ZId, response: pdfResponse } },
    async (req, reply) => sendPdf(req, reply, await documents.invoicePreview(actorOf(req), req.params.id)),
  );

  for (const format of ['pdf', 'svg', 'png'] as const) {
    r.get(
      `/api/invoices/:id/qr-bill.${format}`,
      { schema: { tags, summary: `The QR-bill alone as ${format.toUpperCase()} (watermarked for drafts)`, params: ZId, querystring: ZQrQuery, response: pdfResponse } },
      async (req, reply) => {
        const { body, filename } = await documents.invoiceQrBill(actorOf(req), req.params.id, format, { openAmount: req.query.amount === 'open' });
        reply.header('content-disposition', `inline; filename="${filename}"`).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
        return reply.type(QR_TYPES[format]).send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
      },
    );
  }

  r.get(
    '/api/quotes/:id/pdf',
    { schema: { tags, summary: 'The PDF of a quote (watermarked while a draft)', params: ZId, response: pdfResponse } },
    async (req, reply) => sendPdf(req, reply, await documents.quotePdf(actorOf(req), req.params.id)),
  );

  r.get(
    '/api/reminders/:id/pdf',
    { schema: { tags, summary: 'The PDF of a reminder with a fresh QR-bill for what is due (archived on first rendering)', params: ZId, response: pdfResponse } },
    async (req, reply) => sendPdf(req, reply, await documents.reminderPdf(actorOf(req), req.params.id)),
  );
}
