import type { Invoice, InvoiceLine } from '@simplifaq/db';
import type { Currency, IsoDate, Language, PriceMode, ReferenceType } from '@simplifaq/swiss';
import type { LineInput } from '../lines/document-line';

/** What a user may set on an invoice draft. Status, number, totals and organisation never come from here. */
export interface InvoiceDraftInput {
  clientId?: string;
  /** The account the QR-bill names; the organisation's default account when absent. */
  bankAccountId?: string | null;
  currency?: Currency;
  priceMode?: PriceMode;
  language?: Language;
  /** Date of supply, or first day of the supply period (MWSTG art. 26 al. 2 let. c). */
  supplyDate?: IsoDate | null;
  supplyPeriodEnd?: IsoDate | null;
  /** Explicit due date; otherwise issue date + `paymentTermDays`. */
  dueDate?: IsoDate | null;
  paymentTermDays?: number;
  /**
   * `SCOR` (default) asks for a structured reference — a QRR when the account is a QR-IBAN, which
   * requires one (IG QR-bill 2.3, §4.2.2 "Tp"); `QRR` demands a QR-IBAN; `NON` asks for none.
   */
  referenceType?: ReferenceType;
  clientReference?: string | null;
  title?: string | null;
  introText?: string | null;
  footerText?: string | null;
  discountBp?: number;
  /** Replaces every line when present. */
  lines?: readonly LineInput[];
}

/** An invoice (or credit note) with its lines in position order. */
export type InvoiceRecord = Omit<Invoice, 'pdf'> & {
  lines: InvoiceLine[];
  client: { name: string };
  /** Σ totalPayable of the credit notes against it (≤ 0); set by `getInvoice`. */
  amountCredited?: bigint;
  /** Issued invoices: Σ of the fees of its reminders, owed with it. */
  reminderFees?: bigint;
  /** A draft whose totals could not be recalculated live (the stored ones are shown): why. */
  liveError?: { code: string; field?: string } | null;
};

/** The archived PDF is read only by its own route, never with the invoice. */
export const invoiceOmit = { pdf: true } as const;

export const invoiceInclude = {
  lines: { orderBy: { position: 'asc' } },
  client: { select: { name: true } },
} as const;
