import { z } from 'zod';
import { ZMinor } from '../../lib/money-json';

const ZPeriodTotals = z.object({
  open: ZMinor.describe('still due on invoices issued in the period and not yet due'),
  overdue: ZMinor.describe('still due on invoices issued in the period and past their due date'),
  paid: ZMinor.describe('payments received in the period (by value date)'),
  invoiced: ZMinor.describe('invoices less credit notes issued in the period'),
});

export const ZDashboard = z.object({
  currency: z.enum(['CHF', 'EUR']).describe("the organisation's currency: every amount here is in it; documents in the other currency are left out"),
  today: z.string().describe('today in Switzerland, YYYY-MM-DD'),
  month: ZPeriodTotals.describe('the current calendar month'),
  year: ZPeriodTotals.describe('the current calendar year'),
  revenue: z
    .array(z.object({ month: z.string().describe('YYYY-MM'), invoiced: ZMinor, paid: ZMinor }))
    .describe('the last 12 months, oldest first'),
  followUp: z
    .array(
      z.object({
        id: z.string(),
        number: z.string().nullable(),
        clientId: z.string(),
        clientName: z.string(),
        dueDate: z.string(),
        amountDue: ZMinor,
        daysOverdue: z.number().int(),
      }),
    )
    .describe('overdue invoices, longest overdue first (at most 10)'),
  activity: z
    .array(
      z.object({
        id: z.string(),
        action: z.string().describe('invoice.issued, invoice.payment_recorded, quote.sent, …'),
        targetType: z.string().nullable(),
        targetId: z.string().nullable(),
        number: z.string().nullable().describe('the document number the event is about, when there is one'),
        amount: ZMinor.nullable().describe('the amount the event is about (a payment), when there is one'),
        actorUserId: z.string().nullable().describe('null for an API token (data.apiTokenId names it) or the system'),
        actorName: z.string().nullable().describe('null when the actor is no longer a member, an API token or the system'),
        data: z.unknown().describe('what the event records, as in GET /api/audit-events: the web app writes the event in words from it'),
        createdAt: z.date(),
      }),
    )
    .describe('the latest events of the organisation (at most 10; sign-ins left out)'),
  setup: z.object({
    addressComplete: z.boolean(),
    bankAccounts: z.number().int(),
    clients: z.number().int(),
    invoices: z.number().int(),
  }),
});
export type TDashboard = z.input<typeof ZDashboard>;
