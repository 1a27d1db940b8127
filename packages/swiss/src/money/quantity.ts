import type { Language } from '../types';
import { SwissRuleError } from '../errors';
import { isBasisPoints, multiplyLine, tryParseQuantity } from './quantity-core';

/**
 * Quantities carry 4 decimals (Postgres NUMERIC(18,4)): `1.5` is held as `15000n`. App convention
 * for the extent of the supply (MWSTG art. 26 al. 2 let. d).
 */
export const QUANTITY_SCALE = 10_000n;

/**
 * Parses a quantity written as a decimal string with at most 4 decimals and 14 integer digits
 * (the `NUMERIC(18,4)` column, e.g. `"1.5"`, `"0.25"`, `"-2"`, `"3.0000"`) into an exact integer
 * scaled by 10 000. Prisma's `Decimal#toString()` gives this form. Exponents, `,`, and binary
 * floats are refused so a quantity is never approximated.
 * App-level input rule; the quantity is the extent of the supply (MWSTG art. 26 al. 2 let. d).
 */
export function parseQuantity(value: string, field = 'quantity'): bigint {
  const scaled = tryParseQuantity(value);
  if (scaled === null) throw new SwissRuleError('QUANTITY_INVALID', field, { value: String(value) });
  return scaled;
}

/**
 * Formats a scaled quantity with as few decimals as needed: `15000n` → `"1.5"`, `20000n` → `"2"`,
 * as printed for the extent of the supply (MWSTG art. 26 al. 2 let. d).
 */
export function formatQuantity(scaled: bigint): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const fraction = (abs % QUANTITY_SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / QUANTITY_SCALE}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Checks a percentage in basis points: an integer from 0 to 10 000 (100 %). App convention for TVA
 * rates (MWSTG art. 25) and discounts (Swico S1 tags 32, 40).
 */
export function assertBasisPoints(bp: unknown, field = 'discountBp'): asserts bp is number {
  if (!isBasisPoints(bp)) throw new SwissRuleError('PERCENTAGE_INVALID', field, { value: String(bp) });
}

const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$/;

/**
 * Parses a percentage as typed (`"8.1"`, `"8,1 %"`, `"2.55%"`, `"100"`) into basis points
 * (`810`, `810`, `255`, `10000`). More than 2 decimals is refused, not rounded.
 * App-level input rule; reads rates in the form of MWSTG art. 25 (8.1 %, 2.6 %, 3.8 %).
 */
export function parsePercentage(value: string, field = 'percentage'): number {
  const m = PERCENT.exec(value.trim());
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : Number.NaN;
  assertBasisPoints(bp, field);
  return bp;
}

/**
 * Formats basis points as a percentage number with as few decimals as needed: `810` → `"8.1"`,
 * `770` → `"7.7"`, `800` → `"8"`, `250` → `"2.5"`. This is also the rate form of Swico S1 tag 32.
 */
export function formatPercentage(bp: number): string {
  const units = Math.trunc(bp / 100);
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${units}.${fraction}` : String(units);
}

/**
 * The TVA rate of a document (MWSTG art. 26 al. 2 let. f) as printed in each language: `810` → fr `8,1 %` (decimal comma, no-break
 * space), de `8.1 %` (no-break space), it and en `8.1%`. Fixed, not Intl: an issued document
 * re-renders byte for byte on any ICU.
 */
export function formatRate(bp: number, language: Language): string {
  const percent = formatPercentage(bp);
  if (language === 'fr') return `${percent.replace('.', ',')}\u00a0%`;
  return language === 'de' ? `${percent}\u00a0%` : `${percent}%`;
}

/**
 * The amount of an invoice line: `quantity × unitPrice × (1 − discountBp / 10 000)`, computed as one
 * exact rational and rounded once to minor units, half away from zero. Rounding once (not after
 * the product and again after the discount) keeps the line within half a minor unit of the exact
 * value. `quantity` is a decimal string or an already scaled `bigint` (see {@link parseQuantity}).
 * The result is the line's consideration shown on the invoice (MWSTG art. 26 al. 2 let. e).
 */
export function computeLineAmount(quantity: string | bigint, unitPrice: bigint, discountBp = 0, field = 'line'): bigint {
  const q = typeof quantity === 'bigint' ? quantity : tryParseQuantity(quantity);
  if (q === null) throw new SwissRuleError('QUANTITY_INVALID', `${field}.quantity`, { value: String(quantity) });
  if (typeof unitPrice !== 'bigint') throw new SwissRuleError('AMOUNT_INVALID', `${field}.unitPrice`, { value: String(unitPrice) });
  if (!isBasisPoints(discountBp)) throw new SwissRuleError('PERCENTAGE_INVALID', `${field}.discountBp`, { value: String(discountBp) });
  return multiplyLine(q, unitPrice, discountBp);
}
