import { SwissRuleError } from '../errors';

/**
 * Exact rounding of amounts held as integer minor units (`bigint` Rappen / cents).
 *
 * Rounding rule used everywhere: **commercial rounding, half away from zero** — a result exactly
 * halfway between two minor units goes to the one farther from zero (0.5 → 1, −0.5 → −1). This is
 * the commercial rounding ("kaufmännische Rundung") Swiss invoices use for the TVA per rate
 * (rounded to 0.01) and, being symmetric, it makes a credit note exactly the negation of the
 * invoice it cancels. Banker's rounding (half to even) is deliberately not used.
 */

/**
 * Divides `numerator` by a positive `denominator` and rounds half away from zero — the one
 * rounding step of every money computation here, applied once to an exact rational.
 * Commercial rounding is Swiss custom, not fixed by a standard (SWISS.md "TVA": tax per rate to 0.01).
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('divideRounded: denominator must be positive');
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator; // same sign as numerator
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twice >= denominator) return numerator < 0n ? quotient - 1n : quotient + 1n;
  return quotient;
}

const BP_SCALE = 10_000n;

/**
 * `amount × bp / 10 000`, rounded half away from zero: a percentage (in basis points, 810 = 8.10 %)
 * of an amount in minor units, e.g. a discount or a tax at rate `bp` (MWSTG art. 25).
 */
export function applyBasisPoints(amount: bigint, bp: number): bigint {
  return divideRounded(amount * BigInt(bp), BP_SCALE);
}

/**
 * Rounds minor units to the nearest 5 Rappen (CHF cash rounding, the smallest Swiss coin), half
 * away from zero. With integer Rappen a tie never occurs: a remainder of 1 or 2 rounds toward
 * zero, 3 or 4 away from it, so the result is at most 2 Rappen from the input and rounding an
 * already rounded amount changes nothing.
 * 5-Rappen rounding: customary Swiss cash rounding, the rule for the CHF total payable (SWISS.md "TVA").
 */
export function roundToFiveRappen(minor: bigint): bigint {
  return divideRounded(minor, 5n) * 5n;
}

/**
 * Splits `total` into parts proportional to `weights` that sum to exactly `total` (largest
 * remainder method, ties to the earlier part). Used to spread an invoice discount over the TVA
 * rows so the discount shown equals the sum of the per-rate discounts, and available for
 * instalments. Weights may be negative (credit lines); their sum must not be zero.
 * App-level method; serves the per-rate TVA summary (MWSTG art. 26 al. 2 let. f; SWISS.md "TVA").
 */
export function splitAmount(total: bigint, weights: readonly bigint[], field = 'weights'): bigint[] {
  // Split the magnitude and restore the sign, so splitting −x gives exactly the negation of
  // splitting x (a credit note mirrors its invoice to the Rappen).
  if (total < 0n) return splitAmount(-total, weights, field).map((part) => -part);
  let sum = 0n;
  for (const w of weights) sum += w;
  if (sum === 0n) throw new SwissRuleError('SPLIT_INVALID', field, { count: weights.length });
  // Work with a positive denominator so floor division below is a plain comparison.
  const sign = sum < 0n ? -1n : 1n;
  const denominator = sum * sign;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let allocated = 0n;
  for (const w of weights) {
    const numerator = total * w * sign;
    let floor = numerator / denominator;
    let rest = numerator % denominator;
    if (rest < 0n) {
      floor -= 1n;
      rest += denominator;
    }
    parts.push(floor);
    remainders.push(rest);
    allocated += floor;
  }
  // 0 ≤ leftover < weights.length: hand one unit each to the largest remainders.
  let leftover = total - allocated;
  const order = remainders.map((_, i) => i).sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : rb > ra ? 1 : -1;
  });
  for (const i of order) {
    if (leftover === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    leftover -= 1n;
  }
  return parts;
}
