import type { ApiClient } from './api-client';
import type { Currency } from './documents';

/** `ZReminder` of apps/api/src/modules/reminders/reminder-schemas.ts. */
export interface Reminder {
  id: string;
  invoiceId: string;
  /** 1 reminder, 2 second reminder, 3 final notice. */
  level: number;
  fee: number;
  /** Outstanding amount plus the fees of this and the earlier reminders. */
  amountDue: number;
  currency: Currency;
  issuedOn: string;
  dueDate: string;
  /** The archived PDF. */
  pdfUrl: string;
  createdAt: string;
}

/** An invoice takes three reminders at most: after the final notice comes debt enforcement. */
export const MAX_REMINDER_LEVEL = 3;

const path = (invoiceId: string) => `/api/invoices/${encodeURIComponent(invoiceId)}/reminders`;

/** `ZReminderList`: the reminders, oldest first, and the first date the next one may be dated. */
export interface ReminderList {
  items: Reminder[];
  /** The day after the last reminder's deadline (REMINDER_TOO_EARLY before); null before a first reminder and after the final notice. */
  nextReminderFrom: string | null;
}

export const listReminders = (client: ApiClient, invoiceId: string, signal?: AbortSignal) => client.get<ReminderList>(path(invoiceId), signal ? { signal } : {});

/** Issues the next reminder of an overdue invoice; idempotent per key (a double click sends one). */
export const issueReminder = (client: ApiClient, invoiceId: string, body: { fee: number; dueInDays: number }, idempotencyKey: string) =>
  client.post<Reminder>(path(invoiceId), body, { headers: { 'idempotency-key': idempotencyKey } });
