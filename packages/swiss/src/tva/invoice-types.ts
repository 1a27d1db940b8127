import type { IsoDate } from '../dates';
import type { Currency, PriceMode, TvaCategory } from '../types';
import type { TvaRateRow } from './rate-table';

/**
 * One invoice line as entered (the `invoice_line` row's inputs): extent and price of a supply
 * (MWSTG art. 26 al. 2 let. d, e).
 */
export interface InvoiceLineInput {
  /** Decimal string with ≤ 4 decimals (`"1.5"`), as Prisma's `Decimal#toString()` gives it. */
  readonly quantity: string;
  /** Minor units, net or gross as the invoice's `priceMode` says; negative for a rebate line. */
  readonly unitPrice: bigint;
  /** Line discount in basis points (0–10 000). Default 0. */
  readonly discountBp?: number;
  readonly category: TvaCategory;
  /** Date of supply of this line when it differs from the invoice's (MWSTG art. 26 al. 2 let. c). */
  readonly supplyDate?: IsoDate | null;
}

/** Everything the invoice calculation needs; credit notes use the same input (MWSTG art. 25, 26). */
export interface InvoiceInput {
  readonly lines: readonly InvoiceLineInput[];
  /** Invoice discount in basis points, applied to the lines' sum before TVA. Default 0. */
  readonly discountBp?: number;
  readonly priceMode: PriceMode;
  readonly currency: Currency;
  /** A business below the registration threshold invoices without TVA (MWSTG art. 10). */
  readonly vatRegistered: boolean;
  /**
   * Date of supply, or first day of the supply period. Pass the invoice date when no separate
   * supply date was given (MWSTG art. 26 al. 2 let. c: it only has to be shown when it differs).
   */
  readonly supplyDate: IsoDate;
  /** Last day (inclusive) of the supply period, for lines without their own date. */
  readonly supplyPeriodEnd?: IsoDate | null;
  /** The TVA rate table, e.g. the `tva_rate` rows or {@link SWISS_TVA_RATES}. */
  readonly rates: readonly TvaRateRow[];
}

/** The computed side of one line: its amount and the rate in force on its date of supply (MWSTG art. 25). */
export interface InvoiceLineResult {
  /** `quantity × unitPrice × (1 − discount)`, rounded once; in the invoice's price mode. */
  readonly amount: bigint;
  readonly category: TvaCategory;
  /** Resolved rate; `null` when the business is not registered for TVA. */
  readonly rateBp: number | null;
  /** `validFrom` of the rate row used (`null` for exempt, zero-rated or unregistered). */
  readonly validFrom: IsoDate | null;
}

/**
 * One row of the TVA summary: all lines sharing a category, rate and rate period. Lines on both
 * sides of a rate change land in different rows (MWSTG art. 115). `base` is net of TVA and of the
 * invoice discount; `tax` is rounded to 0.01 once per row.
 */
export interface TvaSummaryRow {
  readonly category: TvaCategory;
  readonly rateBp: number;
  readonly validFrom: IsoDate | null;
  readonly base: bigint;
  readonly tax: bigint;
}

/**
 * Result of {@link calculateInvoice}: every amount in minor units of `currency` — the price, rates
 * and tax MWSTG art. 26 al. 2 let. e–f requires, and the 5-Rappen rounding of SWISS.md "TVA".
 */
export interface InvoiceCalculation {
  readonly currency: Currency;
  readonly priceMode: PriceMode;
  readonly lines: readonly InvoiceLineResult[];
  /** Sum of line amounts, in the price mode (net or gross), before the invoice discount. */
  readonly subtotal: bigint;
  /** Invoice discount, in the price mode; equals the sum of the per-row shares. */
  readonly discount: bigint;
  /** Per-rate rows, ordered by rate period, then category; empty when not registered for TVA. */
  readonly rows: readonly TvaSummaryRow[];
  /** Σ base. */
  readonly totalNet: bigint;
  /** Σ tax. */
  readonly totalTva: bigint;
  /** totalNet + totalTva. */
  readonly totalGross: bigint;
  /** totalPayable − totalGross: the 5-Rappen rounding line (CHF), always 0 for EUR. */
  readonly roundingAdjustment: bigint;
  /** What the customer pays: totalGross rounded to 0.05 for CHF, to 0.01 (unchanged) for EUR. */
  readonly totalPayable: bigint;
}
