import { findTvaRate, SWISS_TVA_RATES } from '@simplifaq/swiss/tva';
import type { TvaCategory } from '../../api/documents';
import { swissToday } from './editor-state';

/** The rate of a category on a supply date (today when none), or null when no rate applies. */
export function rateOf(category: TvaCategory, supplyDate: string): number | null {
  try {
    return findTvaRate(SWISS_TVA_RATES, category, supplyDate || swissToday()).rateBp;
  } catch {
    return null;
  }
}
