import { z } from 'zod';

const ZLanguage = z.enum(['fr', 'de', 'it', 'en']);
const ZCurrency = z.enum(['CHF', 'EUR']);
const ZVatMethod = z.enum(['effective', 'net_rate']);
const ZEnvelopeWindow = z.enum(['left', 'right']);
export const ZDocumentSeries = z.enum(['invoice', 'credit_note', 'quote']);
export type TDocumentSeries = z.infer<typeof ZDocumentSeries>;

// Empty text clears an optional field: forms send '' for an emptied input.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));
// Patterns are checked by number-pattern.ts so that each mistake gets its own code; the length
// bound here only keeps absurd input out.
const ZPattern = z.string().max(200).describe('e.g. {YYYY}-{seq:4}; tokens {YYYY} {YY} {MM} {seq} {seq:N}');

/** What owners and admins may change; nothing else (id, logo, dates) is taken from a body. */
export const ZOrganisationPatch = z
  .object({
    name: z.string().trim().min(1).max(70),
    street: optionalText(70),
    buildingNumber: optionalText(16),
    postalCode: optionalText(16),
    town: optionalText(35),
    country: z.string().trim().toUpperCase().length(2),
    uid: optionalText(32).describe('UID such as CHE-123.456.788 (any usual spelling); stored as its 9 digits'),
    vatRegistered: z.boolean(),
    vatMethod: ZVatMethod,
    netTaxRateBp: z.number().int().min(1).max(10_000).nullable().describe('net tax rate in basis points (130 = 1.30 %); required with net_rate'),
    language: ZLanguage,
    currency: ZCurrency,
    numberingPattern: ZPattern,
    creditNotePattern: ZPattern,
    quotePattern: ZPattern,
    paymentTermDays: z.number().int().min(0).max(365),
    envelopeWindow: ZEnvelopeWindow,
    email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'must be an e-mail address' })).nullable(),
    phone: optionalText(32).refine((v) => v === null || /^[+0-9 ()./-]*$/.test(v), { error: 'digits, spaces and + ( ) . / - only' }),
    website: z
      .string()
      .trim()
      .max(200)
      .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }))
      .nullable(),
  })
  .partial()
  .strict();
export type TOrganisationPatch = z.infer<typeof ZOrganisationPatch>;

export const ZOrganisation = z.object({
  id: z.string(),
  name: z.string(),
  street: z.string().nullable(),
  buildingNumber: z.string().nullable(),
  postalCode: z.string().nullable(),
  town: z.string().nullable(),
  country: z.string(),
  addressComplete: z.boolean().describe('postal code and town are set: the organisation can be the creditor of a QR-bill'),
  uid: z.string().nullable().describe('CHE-123.456.788'),
  vatNumber: z.string().nullable().describe('UID with the suffix of the organisation language (TVA/MWST/IVA) when VAT registered'),
  vatRegistered: z.boolean(),
  vatMethod: ZVatMethod,
  netTaxRateBp: z.number().int().nullable(),
  language: ZLanguage,
  currency: ZCurrency,
  numberingPattern: z.string(),
  creditNotePattern: z.string(),
  quotePattern: z.string(),
  paymentTermDays: z.number().int(),
  envelopeWindow: ZEnvelopeWindow,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  logo: z.object({ url: z.string(), mimeType: z.string() }).nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TOrganisation = z.infer<typeof ZOrganisation>;

export const ZNumberPreviewQuery = z
  .object({
    series: ZDocumentSeries.default('invoice'),
    pattern: z.string().max(200).optional().describe('the pattern to try; the saved one of the series when absent'),
    date: z.iso.date().optional().describe('document date YYYY-MM-DD; today in Switzerland when absent'),
    count: z.coerce.number().int().min(1).max(10).default(3),
  })
  .strict();
export type TNumberPreviewQuery = z.infer<typeof ZNumberPreviewQuery>;

export const ZNumberPreview = z.object({
  series: ZDocumentSeries,
  pattern: z.string(),
  restartsYearly: z.boolean(),
  nextSequence: z.number().int(),
  numbers: z.array(z.string()).describe('the next numbers of the series as they would be issued on that date'),
});
