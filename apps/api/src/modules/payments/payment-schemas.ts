import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';
import { optionalText, ZCurrency, ZIsoDate, ZMinorInput } from '../invoices/document-schemas';

export const ZPaymentInput = z
  .object({
    amount: ZMinorInput.refine((v) => v > 0, 'must be positive').describe('minor units received, e.g. 12350 = 123.50'),
    paidOn: ZIsoDate.optional().describe('value date; default: today'),
    note: optionalText(500),
    bankReference: optionalText(140),
  })
  .strict();
export type TPaymentInput = z.infer<typeof ZPaymentInput>;

export const ZPayment = z.object({
  id: z.string(),
  invoiceId: z.string(),
  amount: z.number().int(),
  currency: ZCurrency,
  paidOn: z.string(),
  source: z.enum(['manual', 'camt']),
  bankReference: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.date(),
});

export const ZPaymentResult = z.object({
  payment: ZPayment,
  invoice: z.object({
    id: z.string(),
    status: z.enum(['partially_paid', 'paid']),
    amountPaid: z.number().int(),
    amountDue: z.number().int(),
  }),
  overpaid: z.boolean().describe('more was paid than is due: accepted, flagged for a refund or set-off'),
  overpaidBy: z.number().int(),
});

export const ZPaymentListQuery = ZPageQuery.strict();
