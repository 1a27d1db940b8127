import { SwissRuleError } from '@simplifaq/swiss/errors';
import { findTvaRate, priceInMode } from '@simplifaq/swiss/tva';
import type { TvaRateRow } from '@simplifaq/swiss/tva';
import type { PriceMode, TvaCategory } from '../../api/documents';
import type { Product } from '../../api/products';
import { swissToday } from './editor-state';

/** The rate of a category on a supply date (today when none) in `rates`, or null when no rate applies. */
export function rateOf(category: TvaCategory, supplyDate: string, rates: readonly TvaRateRow[]): number | null {
  try {
    return findTvaRate(rates, category, supplyDate || swissToday()).rateBp;
  } catch {
    return null;
  }
}

/**
 * A product's price in the document's price mode, converted as the API converts a line sent with
 * only its product (`priceInMode` of packages/swiss), at the rate of the supply date. While that
 * date has no rate (the date is being typed, or lies before the table) today's rate gives the
 * default; the totals already report the date.
 */
export function productPriceIn(
  product: Product,
  document: { priceMode: PriceMode; vatRegistered: boolean; supplyDate: string; rates: readonly TvaRateRow[] },
): bigint {
  const price = { unitPrice: BigInt(product.unitPrice), priceMode: product.priceMode, category: product.tvaCategory };
  const target = { priceMode: document.priceMode, vatRegistered: document.vatRegistered, rates: document.rates };
  try {
    return priceInMode(price, { ...target, supplyDate: document.supplyDate || swissToday() });
  } catch (error) {
    if (!(error instanceof SwissRuleError)) throw error;
    return priceInMode(price, { ...target, supplyDate: swissToday() });
  }
}
