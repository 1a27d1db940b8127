import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { ZDocumentIdParams } from './document-schemas';
import type { InvoiceService } from './invoice-service';
import { actorOf, useInvoicingErrors } from './invoicing-errors';
import { ZCreditNote, ZCreditNoteBody, ZInvoice, ZInvoiceInput, ZInvoiceListQuery, ZInvoicePatch, ZInvoiceSummary, ZIssueBody } from './invoice-schemas';

const tags = ['invoices'];

/** Sends JSON that is already text, past the route's typed serializer. */
const sendJsonText = (reply: FastifyReply, json: string) => reply.type('application/json; charset=utf-8').send(json);
const params = ZDocumentIdParams;
// Creating and issuing honour an Idempotency-Key header (plugins/idempotency.ts).
const idempotent = { idempotent: true } as const;

export async function invoiceRoutes(app: FastifyInstance, { invoices }: { invoices: InvoiceService }) {
  useInvoicingErrors(app);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/invoices',
    {
      schema: { tags, summary: 'List invoices and credit notes, newest first', querystring: ZInvoiceListQuery, response: { 200: zPage(ZInvoiceSummary) } },
    },
    // The busiest read: Postgres writes the JSON of each row (list-invoices.ts) and the page goes
    // out as that text. The response schema above documents it; tests check every row against it.
    async (req, reply) => sendJsonText(reply, await invoices.list(actorOf(req), req.query)),
  );

  r.post(
    '/api/invoices',
    { config: idempotent, schema: { tags, summary: 'Create an invoice draft', body: ZInvoiceInput, response: { 201: ZInvoice } } },
    async (req, reply) => reply.status(201).send(await invoices.create(actorOf(req), req.body)),
  );

  r.get(
    '/api/invoices/:id',
    { schema: { tags, summary: 'One invoice with lines, totals and TVA summary (live for drafts)', params, response: { 200: ZInvoice } } },
    async (req) => invoices.get(actorOf(req), req.params.id),
  );

  r.patch(
    '/api/invoices/:id',
    { schema: { tags, summary: 'Change a draft (409 INVOICE_NOT_DRAFT once issued)', params, body: ZInvoicePatch, response: { 200: ZInvoice } } },
    async (req) => invoices.update(actorOf(req), req.params.id, req.body),
  );

  r.delete(
    '/api/invoices/:id',
    { schema: { tags, summary: 'Delete a draft (409 INVOICE_NOT_DRAFT once issued)', params, response: { 204: z.null() } } },
    async (req, reply) => {
      await invoices.remove(actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/invoices/:id/duplicate',
    { config: idempotent, schema: { tags, summary: 'A new draft with the same client, texts and lines', params, response: { 201: ZInvoice } } },
    async (req, reply) => reply.status(201).send(await invoices.duplicate(actorOf(req), req.params.id)),
  );

  r.post(
    '/api/invoices/:id/issue',
    {
      config: idempotent,
      schema: { tags, summary: 'Issue a draft: number, reference, frozen snapshots, checked QR-bill, archived PDF', params, body: ZIssueBody, response: { 200: ZInvoice } },
    },
    async (req) => invoices.issue(actorOf(req), req.params.id, req.body),
  );

  r.post(
    '/api/invoices/:id/credit-note',
    {
      config: idempotent,
      schema: { tags, summary: 'Issue a credit note against an issued invoice (all, chosen lines, or an amount)', params, body: ZCreditNoteBody, response: { 201: ZCreditNote } },
    },
    async (req, reply) => reply.status(201).send(await invoices.creditNote(actorOf(req), req.params.id, req.body)),
  );
}
