import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { zPage } from '../../lib/pagination';
import { ZDocumentIdParams } from '../invoices/document-schemas';
import { actorOf, useInvoicingErrors } from '../invoices/invoicing-errors';
import type { PaymentService } from './payment-service';
import { ZPayment, ZPaymentInput, ZPaymentListQuery, ZPaymentResult } from './payment-schemas';

const tags = ['payments'];

export async function paymentRoutes(app: FastifyInstance, { payments }: { payments: PaymentService }) {
  useInvoicingErrors(app);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/invoices/:id/payments',
    {
      config: { idempotent: true },
      schema: { tags, summary: 'Record a payment (partial → partially_paid, full → paid, over-payment flagged)', params: ZDocumentIdParams, body: ZPaymentInput, response: { 201: ZPaymentResult } },
    },
    async (req, reply) => reply.status(201).send(await payments.record(actorOf(req), req.params.id, req.body)),
  );

  r.get(
    '/api/invoices/:id/payments',
    { schema: { tags, summary: 'Payments of an invoice, oldest first', params: ZDocumentIdParams, querystring: ZPaymentListQuery, response: { 200: zPage(ZPayment) } } },
    async (req) => payments.list(actorOf(req), req.params.id, req.query),
  );
}
