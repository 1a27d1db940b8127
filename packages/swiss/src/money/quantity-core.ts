// Internal hot-path helpers of the line calculation (not re-exported from the package).
import { divideRounded } from './rounding';

const SCALE_FOR_DECIMALS = [10_000, 1_000, 100, 10, 1] as const;
const QUANTITY = /^(-?)(\d{1,14})(?:\.(\d{1,4}))?$/;

/**
 * Parses `-?\d{1,14}(\.\d{1,4})?` into an integer scaled by 10 000, or `null` when the text has
 * another form. Quantities with up to 11 integer digits (all real ones) are read digit by digit
 * in a JS number — exact, as every intermediate value stays below 10^15 < 2^53 — because this
 * runs for every line of every invoice; longer ones take the BigInt path.
 * App-level form (`NUMERIC(18,4)`) of the extent of the supply, MWSTG art. 26 al. 2 let. d.
 */
export function tryParseQuantity(value: unknown): bigint | null {
  if (typeof value !== 'string') return null;
  const length = value.length;
  let i = value.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const negative = i === 1;
  let n = 0;
  let integerDigits = 0;
  let decimals = -1;
  for (; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c === 46) {
      if (decimals >= 0 || integerDigits === 0) return null;
      decimals = 0;
    } else if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      if (decimals >= 0) decimals++;
      else integerDigits++;
    } else {
      return null;
    }
  }
  if (integerDigits === 0 || decimals === 0 || decimals > 4) return null;
  if (integerDigits > 11) return parseLongQuantity(value);
  const scaled = n * (SCALE_FOR_DECIMALS[decimals < 0 ? 0 : decimals] as number);
  return BigInt(negative ? -scaled : scaled);
}

function parseLongQuantity(value: string): bigint | null {
  const m = QUANTITY.exec(value);
  if (!m) return null;
  const scaled = BigInt(m[2] as string) * 10_000n + BigInt((m[3] ?? '').padEnd(4, '0'));
  return m[1] === '-' ? -scaled : scaled;
}

/**
 * Whether `bp` is an integer percentage in basis points, 0 to 10 000. App convention for TVA rates
 * (MWSTG art. 25) and discounts (Swico S1 tag 40).
 */
export function isBasisPoints(bp: unknown): bp is number {
  return typeof bp === 'number' && Number.isInteger(bp) && bp >= 0 && bp <= 10_000;
}

const LINE_DENOMINATOR = 10_000n * 10_000n; // quantity scale × basis-point scale

/**
 * `scaledQuantity / 10⁴ × unitPrice × (10 000 − bp) / 10⁴`, rounded once, half away from zero:
 * the line's consideration (MWSTG art. 26 al. 2 let. e); rounding as in SWISS.md "TVA".
 */
export function multiplyLine(scaledQuantity: bigint, unitPrice: bigint, discountBp: number): bigint {
  return divideRounded(scaledQuantity * unitPrice * BigInt(10_000 - discountBp), LINE_DENOMINATOR);
}
