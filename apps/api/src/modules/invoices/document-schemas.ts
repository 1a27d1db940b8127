import { z } from 'zod';

// Fields shared by invoices and quotes. Money is integer minor units (lib/money-json.ts),
// quantities decimal strings, percentages basis points, dates `YYYY-MM-DD`.

/** |amount| ≤ 10^15 minor units: exact as a JSON number and far beyond any invoice. */
export const ZMinorInput = z
  .number()
  .int()
  .min(-1e15)
  .max(1e15)
  .describe('amount in minor units (Rappen/cents): 12350 = 123.50');
export const ZBasisPoints = z.number().int().min(0).max(10_000).describe('basis points: 810 = 8.10 %');
export const ZIsoDate = z.iso.date().describe('calendar date YYYY-MM-DD');
export const ZCurrency = z.enum(['CHF', 'EUR']);
export const ZPriceMode = z.enum(['net', 'gross']).describe('unit prices net of TVA (HT) or including it (TTC)');
export const ZLanguage = z.enum(['fr', 'de', 'it', 'en']);
export const ZTvaCategory = z.enum(['normal', 'reduced', 'accommodation', 'exempt', 'zero_rated']);
export const ZQuantity = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .describe('decimal string with at most 4 decimals, e.g. "1.5"; negative for returns');

const text = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => text(max).nullable().optional();

/** One line: from a product (its name, unit, price and TVA category are the defaults) or free text. */
export const ZLineInput = z
  .object({
    productId: z.uuid().nullable().optional(),
    description: text(2000).optional().describe('required without a product'),
    quantity: ZQuantity,
    unit: optionalText(20),
    unitPrice: ZMinorInput.optional().describe('net or gross as the priceMode says; required without a product'),
    discountBp: ZBasisPoints.optional(),
    tvaCategory: ZTvaCategory.optional(),
    supplyDate: ZIsoDate.nullable().optional().describe('date of supply of this line when it differs (MWSTG art. 26 al. 2 let. c)'),
  })
  .strict();
export type TLineInput = z.infer<typeof ZLineInput>;

export const ZLine = z.object({
  id: z.string(),
  position: z.number().int(),
  productId: z.string().nullable(),
  description: z.string(),
  quantity: z.string(),
  unit: z.string().nullable(),
  unitPrice: z.number().int(),
  discountBp: z.number().int(),
  tvaCategory: ZTvaCategory,
  tvaRateBp: z.number().int().nullable().describe('rate resolved from the supply date; null without TVA'),
  supplyDate: z.string().nullable(),
  amount: z.number().int().describe('after the line discount, in the price mode'),
});

export const ZTvaSummaryRow = z.object({
  category: z.string(),
  rateBp: z.number().int(),
  validFrom: z.string().nullable().describe('start of the rate period: lines either side of a rate change get separate rows'),
  base: z.number().int(),
  tax: z.number().int(),
});

export const ZDocumentIdParams = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();

/** A POST body that may be absent (Fastify then passes null): `{}` then. */
export const optionalBody = <T extends z.ZodObject>(schema: T) => schema.strict().nullish().transform((body) => (body ?? {}) as z.output<T>);
