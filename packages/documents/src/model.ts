// The document model: everything a PDF shows, already computed and frozen by the caller (the
// invoicing engine computes totals; this package only lays them out). Money is minor units
// (bigint), dates are ISO `YYYY-MM-DD` strings, rates and discounts are basis points.
import type { Currency, IsoDate, Language, PriceMode, QrAddress, QrBillInput, TvaCategory } from '@simplifaq/swiss';

export type DocumentKind = 'invoice' | 'credit_note' | 'quote' | 'reminder';

/** A postal address as printed: structured like the QR-bill's (IG QR-bill 2.3, address type S). */
export interface DocumentAddress extends QrAddress {
  /** Attention line under the name ("z. H. …", "à l'att. de …"), recipient only. */
  readonly contactName?: string | null;
}

/** A logo image: PNG, JPEG or SVG bytes. */
export interface DocumentLogo {
  readonly data: Uint8Array;
  readonly mimeType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
}

/** The issuing business (MWSTG art. 26 al. 2 let. a: name, place, VAT number). */
export interface DocumentSender extends DocumentAddress {
  /** UID digits or any form `parseUid` accepts; printed as `CHE-123.456.788 TVA` when registered. */
  readonly uid?: string | null;
  readonly vatRegistered: boolean;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly website?: string | null;
  readonly logo?: DocumentLogo | null;
}

/** Which window of a Swiss window envelope (SN 010130) the recipient's address must show in. */
export type EnvelopeWindow = 'left' | 'right';

/** One line of an invoice, credit note or quote, as calculated and stored. */
export interface DocumentLine {
  readonly description: string;
  /** Decimal string, ≤ 4 decimals (`"1.5"`). */
  readonly quantity: string;
  readonly unit?: string | null;
  /** Minor units, net or gross as the document's `priceMode` says. */
  readonly unitPrice: bigint;
  readonly discountBp?: number;
  readonly category: TvaCategory;
  /** Resolved TVA rate; `null` when the sender is not registered for TVA. */
  readonly tvaRateBp: number | null;
  /** Line amount after its discount, in the price mode. */
  readonly amount: bigint;
  /** The line's own date of supply, when it differs from the document's (MWSTG art. 26 al. 2 let. c). */
  readonly supplyDate?: IsoDate | null;
}

/** One row of the TVA summary: base (net) and tax at one rate. */
export interface DocumentTvaRow {
  readonly category: TvaCategory;
  readonly rateBp: number;
  readonly base: bigint;
  readonly tax: bigint;
}

/** The totals as computed by `calculateInvoice` (packages/swiss) and stored. */
export interface DocumentTotals {
  /** Sum of the lines, in the price mode, before the document discount. */
  readonly subtotal: bigint;
  /** Document discount amount (0 when none), in the price mode. */
  readonly discount: bigint;
  readonly totalNet: bigint;
  readonly totalTva: bigint;
  readonly totalGross: bigint;
  /** The 5-Rappen rounding line (CHF); 0 for EUR. */
  readonly roundingAdjustment: bigint;
  readonly totalPayable: bigint;
}

interface DocumentBase {
  readonly language: Language;
  readonly currency: Currency;
  readonly sender: DocumentSender;
  readonly recipient: DocumentAddress;
  readonly envelopeWindow: EnvelopeWindow;
  /** The document number; `null` on a draft that has none yet. */
  readonly number: string | null;
  /** Date of the document (invoice date, quote date, reminder date). */
  readonly date: IsoDate;
  readonly title?: string | null;
  readonly introText?: string | null;
  readonly footerText?: string | null;
  /** A preview: every page is watermarked as a draft. */
  readonly draft?: boolean;
}

interface LinesDocument extends DocumentBase {
  readonly priceMode: PriceMode;
  readonly lines: readonly DocumentLine[];
  /** Document discount in basis points (0 when none). */
  readonly discountBp?: number;
  readonly tvaSummary: readonly DocumentTvaRow[];
  readonly totals: DocumentTotals;
  /** Date of supply, or first day of the supply period, when it differs from `date`. */
  readonly supplyDate?: IsoDate | null;
  readonly supplyPeriodEnd?: IsoDate | null;
  /** The client's own reference (their order number). */
  readonly clientReference?: string | null;
}

export interface InvoiceDocument extends LinesDocument {
  readonly kind: 'invoice';
  readonly dueDate: IsoDate;
  readonly paymentTermDays: number;
  /**
   * The QR-bill, in the app's terms; checked by `buildQrBillData` before anything is drawn.
   * `null` prints the invoice without a payment part (e.g. no bank account).
   */
  readonly payment: QrBillInput | null;
}

export interface CreditNoteDocument extends LinesDocument {
  readonly kind: 'credit_note';
  /** The invoice this credit note corrects. */
  readonly creditedInvoice?: { readonly number: string; readonly date: IsoDate } | null;
}

export interface QuoteDocument extends LinesDocument {
  readonly kind: 'quote';
  readonly validUntil?: IsoDate | null;
}

/** Reminder level: 1 = friendly reminder, 2 = second reminder, 3 = final notice. */
export type ReminderLevel = 1 | 2 | 3;

export interface ReminderDocument extends DocumentBase {
  readonly kind: 'reminder';
  readonly level: ReminderLevel;
  readonly invoice: {
    readonly number: string;
    readonly date: IsoDate;
    readonly dueDate: IsoDate;
    readonly totalPayable: bigint;
    readonly amountPaid: bigint;
    /** Credit notes against the invoice (≤ 0; absent when none). */
    readonly credited?: bigint;
  };
  /** Fees of the earlier reminders of the invoice, still owed (absent when none). */
  readonly earlierFees?: bigint;
  /** Reminder fee in minor units (0 when none). */
  readonly fee: bigint;
  /** Outstanding amount plus the fees of this and earlier reminders: the amount of the fresh QR-bill. */
  readonly amountDue: bigint;
  readonly dueDate: IsoDate;
  readonly payment: QrBillInput | null;
}

/** Any document this package renders. */
export type SimplifaqDocument = InvoiceDocument | CreditNoteDocument | QuoteDocument | ReminderDocument;
