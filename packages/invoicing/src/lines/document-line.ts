import type { IsoDate, TvaCategory } from '@simplifaq/swiss';

/** A line as the caller enters it: from a product (its fields are the defaults) or free text. */
export interface LineInput {
  readonly productId?: string | null;
  readonly description?: string | null;
  /** Decimal string, ≤ 4 decimals (`"1.5"`); negative for returns. */
  readonly quantity: string;
  readonly unit?: string | null;
  /** Minor units, net or gross as the document's price mode says. */
  readonly unitPrice?: bigint | null;
  readonly discountBp?: number | null;
  readonly tvaCategory?: TvaCategory | null;
  /** Date of supply of this line when it differs from the document's (MWSTG art. 26 al. 2 let. c). */
  readonly supplyDate?: IsoDate | null;
}

/** A line with every field decided: what `invoice_line` and `quote_line` store. */
export interface DocumentLine {
  readonly productId: string | null;
  readonly description: string;
  /** Canonical decimal string (`"1.5"`). */
  readonly quantity: string;
  readonly unit: string | null;
  readonly unitPrice: bigint;
  readonly discountBp: number;
  readonly tvaCategory: TvaCategory;
  readonly supplyDate: IsoDate | null;
}

/** The stored row of a line, as Prisma returns `invoice_line` / `quote_line`. */
export interface StoredLineRow {
  productId: string | null;
  description: string;
  quantity: { toString(): string };
  unit: string | null;
  unitPrice: bigint;
  discountBp: number;
  tvaCategory: TvaCategory;
  supplyDate: Date | null;
}
