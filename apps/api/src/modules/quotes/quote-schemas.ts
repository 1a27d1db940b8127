import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';
import { optionalText, ZBasisPoints, ZCurrency, ZIsoDate, ZLanguage, ZLine, ZLineInput, ZPriceMode, ZTvaSummaryRow } from '../invoices/document-schemas';

/** What a quote draft may set; status and number are never taken from a body. */
const draftFields = {
  currency: ZCurrency.optional(),
  priceMode: ZPriceMode.optional(),
  language: ZLanguage.optional(),
  validUntil: ZIsoDate.nullable().optional().describe('default at sending: 30 days after the quote date'),
  supplyDate: ZIsoDate.nullable().optional(),
  title: optionalText(200),
  introText: optionalText(4000),
  footerText: optionalText(4000),
  discountBp: ZBasisPoints.optional(),
  lines: z.array(ZLineInput).max(500).optional(),
};

export const ZQuoteInput = z.object({ clientId: z.uuid(), ...draftFields }).strict();
export type TQuoteInput = z.infer<typeof ZQuoteInput>;
export const ZQuotePatch = z.object({ clientId: z.uuid().optional(), ...draftFields }).strict();
export type TQuotePatch = z.infer<typeof ZQuotePatch>;

const ZQuoteStatus = z.enum(['draft', 'sent', 'accepted', 'declined', 'converted']);

export const ZQuote = z.object({
  id: z.string(),
  status: ZQuoteStatus,
  number: z.string().nullable(),
  clientId: z.string(),
  clientName: z.string(),
  currency: ZCurrency,
  priceMode: ZPriceMode,
  language: ZLanguage,
  issueDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  supplyDate: z.string().nullable(),
  title: z.string().nullable(),
  introText: z.string().nullable(),
  footerText: z.string().nullable(),
  discountBp: z.number().int(),
  lines: z.array(ZLine),
  totalNet: z.number().int(),
  totalTva: z.number().int(),
  totalGross: z.number().int(),
  roundingAdjustment: z.number().int(),
  totalPayable: z.number().int(),
  tvaSummary: z.array(ZTvaSummaryRow),
  convertedInvoiceId: z.string().nullable(),
  sentAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const ZQuoteSummary = ZQuote.omit({ lines: true, tvaSummary: true, introText: true, footerText: true });

export const ZQuoteListQuery = ZPageQuery.extend({
  status: ZQuoteStatus.optional(),
  clientId: z.uuid().optional(),
  from: ZIsoDate.optional().describe('quote date from (inclusive)'),
  to: ZIsoDate.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('matches the number, the title or the client name'),
}).strict();
export type TQuoteListQuery = z.infer<typeof ZQuoteListQuery>;
