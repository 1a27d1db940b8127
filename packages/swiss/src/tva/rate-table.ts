import type { IsoDate } from '../dates';
import { assertIsoDate } from '../dates';
import { SwissRuleError } from '../errors';
import type { TvaCategory } from '../types';
import { assertTvaCategory } from '../types';

/**
 * One row of the effective-dated TVA rate table (MWSTG art. 25): the rate of a category from
 * `validFrom` (inclusive) to `validTo` (exclusive; `null`/absent while in force). Mirrors the
 * `tva_rate` table, which the app passes in: rates are data, never constants in the calculation.
 */
export interface TvaRateRow {
  readonly category: TvaCategory;
  /** Rate in basis points: 810 = 8.10 %. */
  readonly rateBp: number;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate | null;
}

/**
 * The official rates in force since 2011 (MWSTG art. 25 in its versions of 2011-01-01,
 * 2018-01-01 and 2024-01-01 — the last one financing AHV 21; see SWISS.md, TVA table).
 * Seed data for the `tva_rate` table and a default for tests; a future change (e.g. the 2028
 * proposals) is a new row with the old row's `validTo` set, never an edit.
 */
export const SWISS_TVA_RATES: readonly TvaRateRow[] = Object.freeze([
  { category: 'normal', rateBp: 800, validFrom: '2011-01-01', validTo: '2018-01-01' },
  { category: 'reduced', rateBp: 250, validFrom: '2011-01-01', validTo: '2018-01-01' },
  { category: 'accommodation', rateBp: 380, validFrom: '2011-01-01', validTo: '2018-01-01' },
  { category: 'normal', rateBp: 770, validFrom: '2018-01-01', validTo: '2024-01-01' },
  { category: 'reduced', rateBp: 250, validFrom: '2018-01-01', validTo: '2024-01-01' },
  { category: 'accommodation', rateBp: 370, validFrom: '2018-01-01', validTo: '2024-01-01' },
  { category: 'normal', rateBp: 810, validFrom: '2024-01-01', validTo: null },
  { category: 'reduced', rateBp: 260, validFrom: '2024-01-01', validTo: null },
  { category: 'accommodation', rateBp: 380, validFrom: '2024-01-01', validTo: null },
] satisfies TvaRateRow[]);

/**
 * The rate that applies to a supply: category, rate and the table row's `validFrom` (which tells
 * the rate period apart in the TVA summary and in the return's "old rate" fields). Exempt and
 * zero-rated supplies carry no tax by law (MWSTG art. 21, 23) and resolve to 0 with
 * `validFrom: null` without consulting the table.
 */
export interface ResolvedTvaRate {
  readonly category: TvaCategory;
  readonly rateBp: number;
  readonly validFrom: IsoDate | null;
}

/**
 * Whether a category's rate comes from the table (normal, reduced, accommodation: MWSTG art. 25);
 * exempt (art. 21) and zero-rated (art. 23) supplies carry no tax.
 */
export function isTaxableCategory(category: TvaCategory): boolean {
  return category === 'normal' || category === 'reduced' || category === 'accommodation';
}

function findRow(table: readonly TvaRateRow[], category: TvaCategory, date: IsoDate): TvaRateRow | undefined {
  let best: TvaRateRow | undefined;
  for (const row of table) {
    if (row.category !== category || row.validFrom > date) continue;
    if (row.validTo != null && date >= row.validTo) continue;
    if (best === undefined || row.validFrom > best.validFrom) best = row;
  }
  return best;
}

/**
 * Finds the rate of `category` on the date of supply (MWSTG art. 25; the supply date, not the
 * invoice or payment date, decides — art. 115 for changes). Takes the table as an argument so the
 * app can pass the rows stored in its database. Throws `TVA_RATE_NOT_FOUND` when no row covers the
 * date, e.g. a supply before 2011 with {@link SWISS_TVA_RATES}.
 */
export function findTvaRate(
  table: readonly TvaRateRow[],
  category: TvaCategory,
  supplyDate: IsoDate,
  field = 'supplyDate',
): ResolvedTvaRate {
  assertTvaCategory(category, 'category');
  assertIsoDate(supplyDate, field);
  if (!isTaxableCategory(category)) return { category, rateBp: 0, validFrom: null };
  const row = findRow(table, category, supplyDate);
  if (!row) throw new SwissRuleError('TVA_RATE_NOT_FOUND', field, { category, date: supplyDate });
  return { category, rateBp: row.rateBp, validFrom: row.validFrom };
}

/**
 * Finds the rate of a supply spread over a period `[from, to]` (both inclusive). The period must
 * lie within one rate: when a row with a different rate starts inside it, the supply has to be
 * split by period (MWSTG art. 115: the new rate applies to the part supplied after the change),
 * so this throws `SUPPLY_PERIOD_STRADDLES_RATE_CHANGE` naming the date of the change.
 */
export function findTvaRateForPeriod(
  table: readonly TvaRateRow[],
  category: TvaCategory,
  from: IsoDate,
  to: IsoDate,
  field = 'supplyDate',
): ResolvedTvaRate {
  const start = findTvaRate(table, category, from, field);
  assertIsoDate(to, `${field}End`);
  if (to < from) throw new SwissRuleError('DATE_INVALID', `${field}End`, { value: to, before: from });
  if (start.validFrom === null) return start;
  for (const row of table) {
    if (row.category === category && row.validFrom > from && row.validFrom <= to && row.rateBp !== start.rateBp) {
      throw new SwissRuleError('SUPPLY_PERIOD_STRADDLES_RATE_CHANGE', field, { category, from, to, changeOn: row.validFrom });
    }
  }
  return start;
}
