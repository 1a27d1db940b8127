import { z } from 'zod';
import { ZBasisPoints, ZIsoDate, ZTvaCategory } from '../invoices/document-schemas';

/** One row of the `tva_rate` table (MWSTG art. 25): rates are data with validity dates. */
export const ZTvaRate = z.object({
  category: ZTvaCategory.describe('normal, reduced or accommodation (exempt and zero-rated supplies are 0 % by law and have no rows)'),
  rateBp: ZBasisPoints,
  validFrom: ZIsoDate.describe('first day the rate applies to a supply (inclusive)'),
  validTo: ZIsoDate.nullable().describe('first day it no longer applies (exclusive); null while in force'),
});

export const ZTvaRateTable = z.object({
  items: z.array(ZTvaRate).describe('the whole table, oldest first: every rate since 2011 and any future one already decided'),
});
export type TTvaRateTable = z.input<typeof ZTvaRateTable>;
