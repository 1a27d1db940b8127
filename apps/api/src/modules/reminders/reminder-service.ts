import type { PrismaClient } from '@simplifaq/db';
import type { Actor, ReminderRecord, RenderReminderPdf } from '@simplifaq/invoicing';
import { issueReminder, listReminders, nextReminderFrom, toIsoDate } from '@simplifaq/invoicing';
import { fromMinor, toMinor } from '../../lib/money-json';
import { auditSink } from '../invoices/invoice-service';
import type { TReminderInput } from './reminder-schemas';

export interface ReminderServiceDeps {
  prisma: PrismaClient;
  /** Renders the PDF archived at issue (modules/documents); without it the PDF is archived on first download. */
  renderPdf?: RenderReminderPdf;
}

function toReminderJson(r: ReminderRecord) {
  return {
    id: r.id,
    invoiceId: r.invoiceId,
    level: r.level,
    fee: toMinor(r.fee),
    amountDue: toMinor(r.amountDue),
    currency: r.currency,
    issuedOn: toIsoDate(r.issuedOn),
    dueDate: toIsoDate(r.dueDate),
    pdfUrl: `/api/reminders/${r.id}/pdf`,
    createdAt: r.createdAt,
  };
}

/** Thin: API shapes to use-case input (minor units → bigint) and reminders to JSON. */
export function createReminderService({ prisma, renderPdf }: ReminderServiceDeps) {
  return {
    async issue(actor: Actor, invoiceId: string, body: TReminderInput) {
      const reminder = await issueReminder(
        prisma,
        actor,
        invoiceId,
        { fee: fromMinor(body.fee ?? 0), ...(body.issuedOn ? { issuedOn: body.issuedOn } : {}), ...(body.dueInDays === undefined ? {} : { dueInDays: body.dueInDays }) },
        { renderPdf, audit: auditSink },
      );
      return toReminderJson(reminder);
    },
    async list(actor: Actor, invoiceId: string) {
      const items = (await listReminders(prisma, actor, invoiceId)).map(toReminderJson);
      return { items, nextReminderFrom: nextReminderFrom(items.at(-1)) };
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
