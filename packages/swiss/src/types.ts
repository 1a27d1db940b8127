import { SwissRuleError } from './errors';

/** Currencies a QR-bill can carry (IG QR-bill 2.3, §4.2.2 "Ccy"): the app invoices in these only. */
export const CURRENCIES = ['CHF', 'EUR'] as const;
/**
 * `CHF` or `EUR` (IG QR-bill 2.3, §4.2.2 "Ccy"); both have 2 decimals (ISO 4217), so amounts are
 * integer Rappen / cents.
 */
export type Currency = (typeof CURRENCIES)[number];

/**
 * Document languages of the app (the Prisma `Language` enum): an app choice among the languages
 * IG QR-bill 2.3 gives payment-part labels in (SWISS.md "Labels": DE/FR/IT/EN/RM).
 */
export const LANGUAGES = ['fr', 'de', 'it', 'en'] as const;
/** `fr | de | it | en`: QR-bill label languages (IG QR-bill 2.3) and VAT-number suffixes (ESTV). */
export type Language = (typeof LANGUAGES)[number];

/**
 * TVA categories (MWSTG art. 25 rates; art. 21 exempt supplies; art. 23 zero-rated supplies
 * such as exports). Mirrors the Prisma `TvaCategory` enum.
 */
export const TVA_CATEGORIES = ['normal', 'reduced', 'accommodation', 'exempt', 'zero_rated'] as const;
/** One of {@link TVA_CATEGORIES} (MWSTG art. 21, 23, 25). */
export type TvaCategory = (typeof TVA_CATEGORIES)[number];

/** Categories whose rate comes from the rate table (MWSTG art. 25); the others are always 0 %. */
export const TAXABLE_TVA_CATEGORIES = ['normal', 'reduced', 'accommodation'] as const;
/** One of {@link TAXABLE_TVA_CATEGORIES} (MWSTG art. 25). */
export type TaxableTvaCategory = (typeof TAXABLE_TVA_CATEGORIES)[number];

/**
 * Whether unit prices are entered net of TVA (HT) or including it (TTC); with TTC prices the
 * invoice may show the rate alone (MWSTG art. 26 al. 2 let. f).
 */
export const PRICE_MODES = ['net', 'gross'] as const;
/** `net | gross` (HT / TTC, MWSTG art. 26 al. 2 let. f). */
export type PriceMode = (typeof PRICE_MODES)[number];

/** QR-bill reference types (IG QR-bill 2.3, §4.2.2 "Tp"). */
export const REFERENCE_TYPES = ['QRR', 'SCOR', 'NON'] as const;
/** `QRR | SCOR | NON` (IG QR-bill 2.3, §4.2.2 "Tp"). */
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/**
 * Checks that a value is a supported currency (IG QR-bill 2.3, §4.2.2 "Ccy").
 * Throws `CURRENCY_INVALID` naming `field`.
 */
export function assertCurrency(value: unknown, field = 'currency'): asserts value is Currency {
  if (value !== 'CHF' && value !== 'EUR') throw new SwissRuleError('CURRENCY_INVALID', field, { value: String(value) });
}

/**
 * Checks that a value is a TVA category (MWSTG art. 21, 23, 25).
 * Throws `TVA_CATEGORY_INVALID` naming `field`.
 */
export function assertTvaCategory(value: unknown, field = 'category'): asserts value is TvaCategory {
  if (!(TVA_CATEGORIES as readonly unknown[]).includes(value)) {
    throw new SwissRuleError('TVA_CATEGORY_INVALID', field, { value: String(value) });
  }
}

/**
 * Checks that a value is a price mode (HT / TTC, MWSTG art. 26 al. 2 let. f).
 * Throws `PRICE_MODE_INVALID` naming `field`.
 */
export function assertPriceMode(value: unknown, field = 'priceMode'): asserts value is PriceMode {
  if (value !== 'net' && value !== 'gross') throw new SwissRuleError('PRICE_MODE_INVALID', field, { value: String(value) });
}

/**
 * Checks that a value is a reference type (IG QR-bill 2.3, §4.2.2 "Tp").
 * Throws `REFERENCE_TYPE_INVALID` naming `field`.
 */
export function assertReferenceType(value: unknown, field = 'referenceType'): asserts value is ReferenceType {
  if (value !== 'QRR' && value !== 'SCOR' && value !== 'NON') {
    throw new SwissRuleError('REFERENCE_TYPE_INVALID', field, { value: String(value) });
  }
}
