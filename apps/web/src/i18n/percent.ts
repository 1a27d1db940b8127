import { formatPercentage, formatRate } from '@simplifaq/swiss';
import { toLanguage } from './languages';

/**
 * Rates and discounts travel as basis points (810 = 8.10 %); people type percentages with a dot
 * or a comma. Parsed as text, never through floats.
 */
const PERCENT = /^(\d{1,3})(?:[.,](\d{0,2}))?$/;

/** `"8.1"`, `"8,10"`, `"12"` → 810, 810, 1200; null when it is not a percentage from 0 to 100. */
export function percentToBasisPoints(text: string): number | null {
  const match = PERCENT.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10_000 ? bp : null;
}

/** 810 → `"8.1"`, 1200 → `"12"`: what the user would type (packages/swiss formatPercentage). */
export function basisPointsToPercent(bp: number): string {
  return formatPercentage(bp);
}

/**
 * 810 → the rate as the documents print it (packages/swiss formatRate): fr-CH `8,1 %`, de-CH
 * `8.1 %`, it-CH and en-CH `8.1%` — the same text on the screen as on the PDF.
 */
export function formatBasisPoints(bp: number, locale: string): string {
  return formatRate(bp, toLanguage(locale));
}
