import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { ZDocumentIdParams } from '../invoices/document-schemas';
import { ZInvoice } from '../invoices/invoice-schemas';
import { actorOf, useInvoicingErrors } from '../invoices/invoicing-errors';
import type { QuoteService } from './quote-service';
import { ZQuote, ZQuoteInput, ZQuoteListQuery, ZQuotePatch, ZQuoteSummary } from './quote-schemas';

const tags = ['quotes'];
const params = ZDocumentIdParams;
const ZNoBody = z.object({}).strict().nullish();

export async function quoteRoutes(app: FastifyInstance, { quotes }: { quotes: QuoteService }) {
  useInvoicingErrors(app);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/quotes', { schema: { tags, summary: 'List quotes, newest first', querystring: ZQuoteListQuery, response: { 200: zPage(ZQuoteSummary) } } }, async (req) =>
    quotes.list(actorOf(req), req.query),
  );
  r.post(
    '/api/quotes',
    { config: { idempotent: true }, schema: { tags, summary: 'Create a quote draft', body: ZQuoteInput, response: { 201: ZQuote } } },
    async (req, reply) => reply.status(201).send(await quotes.create(actorOf(req), req.body)),
  );
  r.get('/api/quotes/:id', { schema: { tags, summary: 'One quote with lines and totals', params, response: { 200: ZQuote } } }, async (req) =>
    quotes.get(actorOf(req), req.params.id),
  );
  r.patch(
    '/api/quotes/:id',
    { schema: { tags, summary: 'Change a draft quote (409 QUOTE_NOT_DRAFT once sent)', params, body: ZQuotePatch, response: { 200: ZQuote } } },
    async (req) => quotes.update(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/quotes/:id', { schema: { tags, summary: 'Delete a draft quote', params, response: { 204: z.null() } } }, async (req, reply) => {
    await quotes.remove(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  r.post('/api/quotes/:id/send', { schema: { tags, summary: 'Send: assigns the quote number and date', params, body: ZNoBody, response: { 200: ZQuote } } }, async (req) =>
    quotes.send(actorOf(req), req.params.id),
  );
  r.post('/api/quotes/:id/accept', { schema: { tags, summary: 'The client accepted a sent quote', params, body: ZNoBody, response: { 200: ZQuote } } }, async (req) =>
    quotes.accept(actorOf(req), req.params.id),
  );
  r.post('/api/quotes/:id/decline', { schema: { tags, summary: 'The client declined a sent quote', params, body: ZNoBody, response: { 200: ZQuote } } }, async (req) =>
    quotes.decline(actorOf(req), req.params.id),
  );
  r.post(
    '/api/quotes/:id/convert',
    { config: { idempotent: true }, schema: { tags, summary: 'Create an invoice draft from a sent or accepted quote (once)', params, body: ZNoBody, response: { 201: ZInvoice } } },
    async (req, reply) => reply.status(201).send(await quotes.convert(actorOf(req), req.params.id)),
  );
}
