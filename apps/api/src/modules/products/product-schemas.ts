import { z } from 'zod';
import { ZMinor } from '../../lib/money-json';
import { ZPageQuery } from '../../lib/pagination';

export const PRICE_MODES = ['net', 'gross'] as const;
export const TVA_CATEGORIES = ['normal', 'reduced', 'accommodation', 'exempt', 'zero_rated'] as const;

/**
 * Highest unit price: the largest amount a QR-bill can carry (IG QR-bill 2.3, §4.2.2 "Amt":
 * 999 999 999.99). A price above it could never be invoiced.
 */
export const MAX_UNIT_PRICE = 99_999_999_999;

const ZPriceMode = z.enum(PRICE_MODES).describe('net: the price excludes TVA (HT); gross: it includes it (TTC)');
const ZTvaCategory = z.enum(TVA_CATEGORIES).describe('TVA category; the rate follows from the date of supply (MWSTG art. 25)');

/** Fields a user may set on a product; id, organisation and dates are never taken from a body. */
export const ZProductInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).nullable().optional(),
    unit: z.string().trim().min(1).max(20).default('pce').describe('free text: pce, h, jour, km, kg, m², forfait, …'),
    unitPrice: ZMinor.min(0).max(MAX_UNIT_PRICE),
    priceMode: ZPriceMode.default('net'),
    tvaCategory: ZTvaCategory.default('normal'),
  })
  .strict();
export type TProductInput = z.infer<typeof ZProductInput>;

// A PATCH changes only what it names; no defaults are applied.
export const ZProductPatch = ZProductInput.extend({
  unit: z.string().trim().min(1).max(20).optional(),
  priceMode: ZPriceMode.optional(),
  tvaCategory: ZTvaCategory.optional(),
})
  .partial()
  .strict();
export type TProductPatch = z.infer<typeof ZProductPatch>;

export const ZProduct = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.string(),
  unitPrice: ZMinor,
  priceMode: z.enum(PRICE_MODES),
  tvaCategory: z.enum(TVA_CATEGORIES),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TProduct = z.infer<typeof ZProduct>;

/** A product as an import would create it (the CSV preview). */
export const ZProductDraft = z.object({
  name: z.string(),
  description: z.string().nullable().optional(),
  unit: z.string(),
  unitPrice: ZMinor,
  priceMode: z.enum(PRICE_MODES),
  tvaCategory: z.enum(TVA_CATEGORIES),
});

const productFilters = {
  q: z.string().trim().max(100).optional().describe('matches name and description'),
  archived: z.enum(['true', 'false', 'all']).default('false'),
  tvaCategory: ZTvaCategory.optional(),
};

export const ZProductListQuery = ZPageQuery.extend(productFilters).strict();
export type TProductListQuery = z.infer<typeof ZProductListQuery>;

export const ZProductExportQuery = z.object(productFilters).strict();
export type TProductFilters = z.infer<typeof ZProductExportQuery>;

export const ZIdParams = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();
