import { z } from 'zod';
import { AppError } from './app-error';

/**
 * Money in the API's JSON: integers of minor units (Rappen / cents), e.g. `12350` = CHF 123.50.
 * Exact, and safe as JSON numbers up to 2^53 (90 trillion francs). The database keeps BIGINT.
 */
export const ZMinor = z.number().int().describe('amount in minor units (Rappen/cents): 12350 = 123.50');

export function toMinor(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new AppError('AMOUNT_TOO_LARGE', 'The amount is too large to be represented.', 422);
  }
  return Number(value);
}

export const fromMinor = (value: number): bigint => BigInt(value);
