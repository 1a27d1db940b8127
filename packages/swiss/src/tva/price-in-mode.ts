import type { IsoDate } from '../dates';
import { applyBasisPoints, divideRounded } from '../money/rounding';
import type { PriceMode, TvaCategory } from '../types';
import type { TvaRateRow } from './rate-table';
import { findTvaRate } from './rate-table';

/** A price kept net or gross, e.g. a product's (prices including the tax: MWSTG art. 26 al. 2 let. f). */
export interface ModalPrice {
  /** Minor units. */
  readonly unitPrice: bigint;
  readonly priceMode: PriceMode;
  readonly category: TvaCategory;
}

/** The document the price is wanted for; its rate is the one in force on the supply date (MWSTG art. 25). */
export interface PriceTarget {
  readonly priceMode: PriceMode;
  readonly vatRegistered: boolean;
  readonly rates: readonly TvaRateRow[];
  /** The line's date of supply, else the document's (MWSTG art. 25: the rate of that date). */
  readonly supplyDate: IsoDate;
  /** Field named by `TVA_RATE_NOT_FOUND` when no rate covers the date. */
  readonly field?: string;
}

/**
 * A price in the document's price mode. When the modes differ it is converted at the rate in force
 * on the supply date and rounded once, half away from zero: net → gross adds `round(net × rate)`
 * (as the calculation does), gross → net is `round(gross / (1 + rate))`. A business not registered
 * for TVA charges no tax (MWSTG art. 10), so its prices are kept as they are. The result is a
 * default the user can overwrite, so the round trip need not be exact.
 */
export function priceInMode(price: ModalPrice, target: PriceTarget): bigint {
  if (!target.vatRegistered || price.priceMode === target.priceMode) return price.unitPrice;
  const { rateBp } = findTvaRate(target.rates, price.category, target.supplyDate, target.field);
  return target.priceMode === 'gross'
    ? price.unitPrice + applyBasisPoints(price.unitPrice, rateBp)
    : divideRounded(price.unitPrice * 10_000n, BigInt(10_000 + rateBp));
}
