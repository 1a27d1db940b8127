import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZDocumentIdParams } from '../invoices/document-schemas';
import { actorOf, useInvoicingErrors } from '../invoices/invoicing-errors';
import type { ReminderService } from './reminder-service';
import { ZReminder, ZReminderInput, ZReminderList } from './reminder-schemas';

const tags = ['reminders'];

export async function reminderRoutes(app: FastifyInstance, { reminders }: { reminders: ReminderService }) {
  useInvoicingErrors(app);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/invoices/:id/reminders',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Issue the next reminder (level 1–3) of an overdue invoice, with its fee and archived PDF',
        params: ZDocumentIdParams,
        body: ZReminderInput,
        response: { 201: ZReminder },
      },
    },
    async (req, reply) => reply.status(201).send(await reminders.issue(actorOf(req), req.params.id, req.body)),
  );

  r.get(
    '/api/invoices/:id/reminders',
    { schema: { tags, summary: 'Reminders of an invoice, oldest first', params: ZDocumentIdParams, response: { 200: ZReminderList } } },
    async (req) => reminders.list(actorOf(req), req.params.id),
  );
}
