import { z } from 'zod';
import { optionalBody, ZCurrency, ZIsoDate } from '../invoices/document-schemas';

// Ranges are checked by the use case (packages/invoicing/src/reminders/reminder-rules.ts), which
// answers with the reminder's own codes (REMINDER_FEE_INVALID, REMINDER_DUE_DAYS_INVALID…); the
// schema only makes sure the values are whole numbers of a sane size.
export const ZReminderInput = optionalBody(
  z.object({
    fee: z.number().int().min(-1e15).max(1e15).optional().describe('reminder fee in minor units, 0–10000 (100.00); in CHF a multiple of 5 Rappen; default 0'),
    dueInDays: z.number().int().min(-1e6).max(1e6).optional().describe('days to pay, 1–60; default 10'),
    issuedOn: ZIsoDate.optional().describe('date of the reminder, at the latest today; default: today in Switzerland'),
  }),
);
export type TReminderInput = z.output<typeof ZReminderInput>;

export const ZReminder = z.object({
  id: z.string(),
  invoiceId: z.string(),
  level: z.number().int().describe('1 reminder, 2 second reminder, 3 final notice'),
  fee: z.number().int().describe('fee of this reminder, minor units'),
  amountDue: z.number().int().describe('outstanding amount plus the fees of this and the earlier reminders, minor units'),
  currency: ZCurrency,
  issuedOn: z.string(),
  dueDate: z.string(),
  pdfUrl: z.string().describe('GET it for the PDF (archived, byte-identical on every download)'),
  createdAt: z.date(),
});

export const ZReminderList = z.object({
  items: z.array(ZReminder),
  nextReminderFrom: z
    .string()
    .nullable()
    .describe('the first date the next reminder may be dated: the day after the last reminder\'s deadline (REMINDER_TOO_EARLY before); null before a first reminder and after the final notice'),
});
