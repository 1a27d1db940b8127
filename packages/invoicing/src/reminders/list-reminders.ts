import type { Actor } from '../shared/actor';
import type { DbClient } from '../shared/db-client';
import { notFound } from '../shared/invoicing-error';
import type { ReminderRecord } from './issue-reminder';

/** GET /api/invoices/:id/reminders: the invoice's reminders, oldest (level 1) first, without their PDFs. */
export async function listReminders(db: DbClient, actor: Actor, invoiceId: string): Promise<ReminderRecord[]> {
  const invoice = await db.invoice.findFirst({ where: { id: invoiceId, organisationId: actor.organisationId }, select: { currency: true } });
  if (!invoice) throw notFound('invoice');
  const reminders = await db.reminder.findMany({ where: { organisationId: actor.organisationId, invoiceId }, omit: { pdf: true }, orderBy: { level: 'asc' } });
  return reminders.map((r) => ({ ...r, currency: invoice.currency }));
}
