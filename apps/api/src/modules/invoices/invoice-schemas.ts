import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';
import {
  optionalBody,
  optionalText,
  ZBasisPoints,
  ZCurrency,
  ZIsoDate,
  ZLanguage,
  ZLine,
  ZLineInput,
  ZMinorInput,
  ZPriceMode,
  ZQuantity,
  ZTvaSummaryRow,
} from './document-schemas';

const ZReferenceType = z
  .enum(['QRR', 'SCOR', 'NON'])
  .describe('SCOR (default): a structured reference, QRR when the account is a QR-IBAN; QRR: requires a QR-IBAN; NON: none (ordinary IBAN only)');

/** What a draft may set. Status, number, totals and organisation are never taken from a body. */
const draftFields = {
  bankAccountId: z.uuid().nullable().optional().describe("the QR-bill's account; default: the organisation's default account"),
  currency: ZCurrency.optional().describe("default: the organisation's currency"),
  priceMode: ZPriceMode.optional(),
  language: ZLanguage.optional().describe("default: the client's language"),
  supplyDate: ZIsoDate.nullable().optional().describe('date of supply, or start of the period; default: the issue date'),
  supplyPeriodEnd: ZIsoDate.nullable().optional(),
  dueDate: ZIsoDate.nullable().optional().describe('default: issue date + paymentTermDays'),
  paymentTermDays: z.number().int().min(0).max(3650).optional(),
  referenceType: ZReferenceType.optional(),
  clientReference: optionalText(70).describe('the client’s order number or reference'),
  title: optionalText(200),
  introText: optionalText(4000),
  footerText: optionalText(4000),
  discountBp: ZBasisPoints.optional().describe('invoice discount, before TVA'),
  lines: z.array(ZLineInput).max(500).optional(),
};

export const ZInvoiceInput = z.object({ clientId: z.uuid(), ...draftFields }).strict();
export type TInvoiceInput = z.infer<typeof ZInvoiceInput>;

export const ZInvoicePatch = z
  .object({ clientId: z.uuid().optional(), ...draftFields, lines: draftFields.lines.describe('replaces every line') })
  .strict();
export type TInvoicePatch = z.infer<typeof ZInvoicePatch>;

const ZStatus = z.enum(['draft', 'issued', 'partially_paid', 'paid', 'cancelled']);
const ZSnapshot = z.record(z.string(), z.unknown()).nullable();

export const ZInvoice = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  status: ZStatus,
  overdue: z.boolean().describe('issued or partially paid and past the due date (derived, never stored)'),
  number: z.string().nullable(),
  sequence: z.number().int().nullable(),
  clientId: z.string(),
  clientName: z.string(),
  bankAccountId: z.string().nullable(),
  creditedInvoiceId: z.string().nullable(),
  currency: ZCurrency,
  priceMode: ZPriceMode,
  language: ZLanguage,
  issueDate: z.string().nullable(),
  supplyDate: z.string().nullable(),
  supplyPeriodEnd: z.string().nullable(),
  dueDate: z.string().nullable(),
  paymentTermDays: z.number().int(),
  referenceType: ZReferenceType,
  reference: z.string().nullable(),
  clientReference: z.string().nullable(),
  title: z.string().nullable(),
  introText: z.string().nullable(),
  footerText: z.string().nullable(),
  discountBp: z.number().int(),
  lines: z.array(ZLine),
  subtotal: z.number().int().describe('Σ line amounts, in the price mode'),
  discount: z.number().int().describe('invoice discount, in the price mode'),
  totalNet: z.number().int(),
  totalTva: z.number().int(),
  totalGross: z.number().int(),
  roundingAdjustment: z.number().int().describe('5-Rappen rounding (CHF)'),
  totalPayable: z.number().int(),
  amountPaid: z.number().int(),
  amountCredited: z.number().int().describe('Σ of the credit notes issued against this invoice (≤ 0)'),
  reminderFees: z.number().int().describe('Σ of the fees of its reminders, owed with the invoice and included in amountDue'),
  amountDue: z.number().int(),
  tvaSummary: z.array(ZTvaSummaryRow),
  creditor: ZSnapshot.describe('frozen at issue'),
  debtor: ZSnapshot.describe('frozen at issue'),
  bankAccount: ZSnapshot.describe('frozen at issue'),
  pdfSha256: z.string().nullable().describe('SHA-256 of the archived PDF'),
  issuedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  liveError: z
    .object({ code: z.string(), field: z.string().optional() })
    .nullable()
    .describe('a draft that cannot be recalculated now (e.g. no TVA rate for its date): the stored totals are shown'),
});

export const ZInvoiceSummary = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  status: ZStatus,
  overdue: z.boolean(),
  number: z.string().nullable(),
  clientId: z.string(),
  clientName: z.string(),
  creditedInvoiceId: z.string().nullable(),
  currency: ZCurrency,
  title: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  totalPayable: z.number().int(),
  amountPaid: z.number().int(),
  createdAt: z.date(),
});

export const ZInvoiceListQuery = ZPageQuery.extend({
  status: z.enum(['draft', 'issued', 'partially_paid', 'paid', 'cancelled', 'overdue']).optional(),
  kind: z.enum(['invoice', 'credit_note']).optional(),
  clientId: z.uuid().optional(),
  from: ZIsoDate.optional().describe('issue date from (inclusive)'),
  to: ZIsoDate.optional().describe('issue date to (inclusive)'),
  q: z.string().trim().min(1).max(100).optional().describe('matches the number or the client name'),
}).strict();
export type TInvoiceListQuery = z.infer<typeof ZInvoiceListQuery>;

export const ZIssueBody = optionalBody(z.object({ issueDate: ZIsoDate.optional().describe('default: today (Europe/Zurich)') }));

export const ZCreditNoteBody = optionalBody(
  z.object({
    lines: z
      .array(z.object({ lineId: z.uuid(), quantity: ZQuantity.optional().describe('part of the line; default: all of it') }).strict())
      .min(1)
      .max(500)
      .optional()
      .describe('credit only these lines'),
    amount: ZMinorInput.refine((v) => v > 0, 'must be positive').optional().describe('credit this gross amount, spread over the TVA rates'),
    title: optionalText(200),
    introText: optionalText(4000),
    footerText: optionalText(4000),
  }),
).refine((b) => !(b.lines && b.amount !== undefined), { message: 'give lines or amount, not both', path: ['amount'] });

export const ZCreditNote = ZInvoice.extend({
  creditedInvoice: z.object({
    id: z.string(),
    number: z.string().nullable(),
    status: ZStatus.describe('cancelled when this credit note covers all that was still open'),
    issueDate: z.string(),
  }),
});
