// From what the database and the invoicing use cases hold to the document model that
// @simplifaq/documents draws. Pure: every date and every record is passed in.
import type { CreditNoteDocument, DocumentAddress, DocumentLine, DocumentLogo, DocumentSender, DocumentTotals, DocumentTvaRow, EnvelopeWindow, InvoiceDocument, QuoteDocument, ReminderDocument, ReminderLevel } from '@simplifaq/documents';
import type { BankAccountSnapshot, CreditorSnapshot, DebtorSnapshot, IssuedDocument } from '@simplifaq/invoicing';
import { buildInvoiceQrBill } from '@simplifaq/invoicing';
import type { Currency, InvoiceCalculation, IsoDate, Language, PriceMode, QrBillInput, TvaCategory } from '@simplifaq/swiss';
import { SwissRuleError } from '@simplifaq/swiss';

const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const isoOrNull = (d: Date | null | undefined): IsoDate | null => (d ? iso(d) : null);

/** A stored line (invoice_line or quote_line). */
export interface StoredLine {
  description: string;
  quantity: { toString(): string };
  unit: string | null;
  unitPrice: bigint;
  discountBp: number;
  tvaCategory: TvaCategory;
  tvaRateBp: number | null;
  supplyDate: Date | null;
  amount: bigint;
}

/** A stored TVA summary row: bigint from a calculation, JSON numbers from the `tva_summary` column. */
export interface StoredTvaRow {
  category: string;
  rateBp: number;
  base: bigint | number;
  tax: bigint | number;
}

/** What invoices, credit notes and quotes share. */
export interface StoredLinesDocument {
  language: Language;
  currency: Currency;
  priceMode: PriceMode;
  discountBp: number;
  lines: StoredLine[];
  totalNet: bigint;
  totalTva: bigint;
  totalGross: bigint;
  roundingAdjustment: bigint;
  totalPayable: bigint;
  supplyDate: Date | null;
  title: string | null;
  introText: string | null;
  footerText: string | null;
}

const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);

export function toLogo(logo: { data: Uint8Array; mimeType: string } | null | undefined): DocumentLogo | null {
  return logo && LOGO_TYPES.has(logo.mimeType) ? { data: logo.data, mimeType: logo.mimeType as DocumentLogo['mimeType'] } : null;
}

export function toSender(creditor: Omit<CreditorSnapshot, 'vatNumber'>, logo: DocumentLogo | null): DocumentSender {
  return {
    name: creditor.name,
    street: creditor.street,
    buildingNumber: creditor.buildingNumber,
    postalCode: creditor.postalCode,
    town: creditor.town,
    country: creditor.country,
    uid: creditor.uid,
    vatRegistered: creditor.vatRegistered,
    email: creditor.email,
    phone: creditor.phone,
    website: creditor.website,
    logo,
  };
}

export function toRecipient(debtor: Pick<DebtorSnapshot, 'name' | 'contactName' | 'street' | 'buildingNumber' | 'postalCode' | 'town' | 'country'>): DocumentAddress {
  return { name: debtor.name, contactName: debtor.contactName, street: debtor.street, buildingNumber: debtor.buildingNumber, postalCode: debtor.postalCode, town: debtor.town, country: debtor.country };
}

const negateQuantity = (q: string) => (q.startsWith('-') ? q.slice(1) : `-${q}`);

/**
 * Lines, TVA rows and totals as printed. Credit notes are stored with negative amounts (they take
 * back what the invoice charged); the document shows them positive under "Montant crédité",
 * flipping each line's negative factor so that quantity × price = amount still reads true.
 */
export function toLinesAndTotals(doc: StoredLinesDocument, rows: readonly StoredTvaRow[], vatRegistered: boolean, flip: boolean) {
  const s = flip ? -1n : 1n;
  const lines: DocumentLine[] = doc.lines.map((l) => {
    const quantity = l.quantity.toString();
    const negativeQuantity = quantity.startsWith('-');
    return {
      description: l.description,
      quantity: flip && negativeQuantity ? negateQuantity(quantity) : quantity,
      unit: l.unit,
      unitPrice: flip && !negativeQuantity ? -l.unitPrice : l.unitPrice,
      discountBp: l.discountBp,
      category: l.tvaCategory,
      tvaRateBp: l.tvaRateBp,
      amount: l.amount * s,
      supplyDate: isoOrNull(l.supplyDate),
    };
  });
  const tvaSummary: DocumentTvaRow[] = rows.map((r) => ({ category: r.category as TvaCategory, rateBp: r.rateBp, base: BigInt(r.base) * s, tax: BigInt(r.tax) * s }));
  const subtotal = lines.reduce((n, l) => n + l.amount, 0n);
  // The stored row has no discount column: the discount is what separates the lines' sum from the
  // total in the price mode (net: Σ base; gross or unregistered: the gross total).
  const afterDiscount = vatRegistered && doc.priceMode === 'net' ? doc.totalNet * s : doc.totalGross * s;
  const totals: DocumentTotals = {
    subtotal,
    discount: subtotal - afterDiscount,
    totalNet: doc.totalNet * s,
    totalTva: doc.totalTva * s,
    totalGross: doc.totalGross * s,
    roundingAdjustment: doc.roundingAdjustment * s,
    totalPayable: doc.totalPayable * s,
  };
  return { lines, tvaSummary, totals };
}

export interface InvoiceLayout {
  envelopeWindow: EnvelopeWindow;
  draft?: boolean;
}

/** The renderer's model of an issued (or previewed) invoice or credit note. */
export function toInvoiceDocument(issued: IssuedDocument, layout: InvoiceLayout): InvoiceDocument | CreditNoteDocument {
  const inv = issued.invoice;
  const isCredit = inv.kind === 'credit_note';
  const { lines, tvaSummary, totals } = toLinesAndTotals(
    { ...inv, lines: inv.lines },
    issued.calculation.rows,
    issued.creditor.vatRegistered,
    isCredit && inv.totalPayable < 0n,
  );
  const date = isoOrNull(inv.issueDate);
  if (!date) throw new SwissRuleError('FIELD_REQUIRED', 'issueDate');
  const base = {
    language: inv.language,
    currency: inv.currency,
    priceMode: inv.priceMode,
    sender: toSender(issued.creditor, toLogo(issued.logo)),
    recipient: toRecipient(issued.debtor),
    envelopeWindow: layout.envelopeWindow,
    number: inv.number,
    date,
    title: inv.title,
    introText: inv.introText,
    footerText: inv.footerText,
    draft: layout.draft ?? false,
    lines,
    discountBp: inv.discountBp,
    tvaSummary,
    totals,
    supplyDate: isoOrNull(inv.supplyDate),
    supplyPeriodEnd: isoOrNull(inv.supplyPeriodEnd),
    clientReference: inv.clientReference,
  };
  if (isCredit) {
    const credited = issued.creditedInvoice;
    return { ...base, kind: 'credit_note', creditedInvoice: credited?.number && credited.issueDate ? { number: credited.number, date: credited.issueDate } : null };
  }
  const dueDate = isoOrNull(inv.dueDate);
  if (!dueDate) throw new SwissRuleError('FIELD_REQUIRED', 'dueDate');
  return { ...base, kind: 'invoice', dueDate, paymentTermDays: inv.paymentTermDays, payment: issued.qrBill };
}

/** A calculation standing for the stored one (rows and totals), for the QR-bill and the S1 rates. */
export function storedCalculation(inv: StoredLinesDocument & { tvaSummary: unknown }): InvoiceCalculation {
  const rows = ((inv.tvaSummary ?? []) as StoredTvaRow[]).map((r) => ({
    category: r.category as TvaCategory,
    rateBp: r.rateBp,
    validFrom: (r as { validFrom?: IsoDate | null }).validFrom ?? null,
    base: BigInt(r.base),
    tax: BigInt(r.tax),
  }));
  const subtotal = inv.lines.reduce((n, l) => n + l.amount, 0n);
  return {
    currency: inv.currency,
    priceMode: inv.priceMode,
    lines: inv.lines.map((l) => ({ amount: l.amount, category: l.tvaCategory, rateBp: l.tvaRateBp, validFrom: null })),
    subtotal,
    discount: 0n,
    rows,
    totalNet: inv.totalNet,
    totalTva: inv.totalTva,
    totalGross: inv.totalGross,
    roundingAdjustment: inv.roundingAdjustment,
    totalPayable: inv.totalPayable,
  };
}

/** The QR-bill of an issued invoice, rebuilt from its frozen snapshots exactly as at issue. */
export function storedQrBill(inv: IssuedDocument['invoice'], calculation: InvoiceCalculation): QrBillInput | null {
  const account = inv.bankAccountSnapshot as BankAccountSnapshot | null;
  if (inv.kind !== 'invoice' || !account || !inv.number || !inv.issueDate || !inv.dueDate) return null;
  return buildInvoiceQrBill({
    account,
    creditor: inv.creditorSnapshot as CreditorSnapshot,
    debtor: inv.debtorSnapshot as DebtorSnapshot,
    invoice: { currency: inv.currency, language: inv.language, clientReference: inv.clientReference, number: inv.number },
    issueDate: iso(inv.issueDate),
    dueDate: iso(inv.dueDate),
    supplyDate: isoOrNull(inv.supplyDate),
    supplyPeriodEnd: isoOrNull(inv.supplyPeriodEnd),
    referenceType: inv.referenceType,
    reference: inv.reference,
    calculation,
  });
}

export interface StoredQuote extends StoredLinesDocument {
  number: string | null;
  status: string;
  issueDate: Date | null;
  validUntil: Date | null;
  tvaSummary: unknown;
}

export function toQuoteDocument(quote: StoredQuote, parties: { sender: DocumentSender; recipient: DocumentAddress; envelopeWindow: EnvelopeWindow }, today: IsoDate): QuoteDocument {
  const { lines, tvaSummary, totals } = toLinesAndTotals(quote, (quote.tvaSummary ?? []) as StoredTvaRow[], parties.sender.vatRegistered, false);
  return {
    kind: 'quote',
    language: quote.language,
    currency: quote.currency,
    priceMode: quote.priceMode,
    ...parties,
    number: quote.number,
    date: isoOrNull(quote.issueDate) ?? today,
    validUntil: isoOrNull(quote.validUntil),
    title: quote.title,
    introText: quote.introText,
    footerText: quote.footerText,
    draft: quote.status === 'draft',
    lines,
    discountBp: quote.discountBp,
    tvaSummary,
    totals,
    supplyDate: isoOrNull(quote.supplyDate),
  };
}

const REMINDER_MESSAGE: Record<Language, string> = { fr: 'Rappel facture', de: 'Mahnung Rechnung', it: 'Sollecito fattura', en: 'Reminder invoice' };

export interface StoredReminder {
  level: number;
  fee: bigint;
  amountDue: bigint;
  issuedOn: Date;
  dueDate: Date;
}

/** What stood against the invoice when the reminder was issued, besides the reminder itself. */
export interface ReminderContext {
  /** Credit notes against the invoice (≤ 0). */
  credited: bigint;
  /** Fees of the earlier reminders. */
  earlierFees: bigint;
}

/**
 * A reminder: the invoice's frozen parties, and a fresh QR-bill for what is due now (outstanding
 * + fees) carrying the invoice's own reference, so the payment is matched to the invoice. What was
 * paid is derived from the reminder's stored amount due, not read from the invoice, so the
 * statement adds up to the amount of the slip even when payments arrived after the reminder.
 */
export function toReminderDocument(
  reminder: StoredReminder,
  inv: IssuedDocument['invoice'],
  context: ReminderContext,
  layout: { envelopeWindow: EnvelopeWindow; logo: DocumentLogo | null },
): ReminderDocument {
  const creditor = inv.creditorSnapshot as CreditorSnapshot;
  const debtor = inv.debtorSnapshot as DebtorSnapshot;
  const account = inv.bankAccountSnapshot as BankAccountSnapshot | null;
  if (!inv.number || !inv.issueDate || !inv.dueDate) throw new SwissRuleError('FIELD_REQUIRED', 'invoice.number');
  const payment: QrBillInput | null = account
    ? {
        account: account.iban,
        creditor,
        debtor,
        currency: inv.currency,
        amount: reminder.amountDue,
        referenceType: inv.referenceType,
        reference: inv.reference,
        message: `${REMINDER_MESSAGE[inv.language]} ${inv.number}`,
      }
    : null;
  return {
    kind: 'reminder',
    language: inv.language,
    currency: inv.currency,
    sender: toSender(creditor, layout.logo),
    recipient: toRecipient(debtor),
    envelopeWindow: layout.envelopeWindow,
    number: null,
    date: iso(reminder.issuedOn),
    level: Math.min(3, Math.max(1, reminder.level)) as ReminderLevel,
    invoice: {
      number: inv.number,
      date: iso(inv.issueDate),
      dueDate: iso(inv.dueDate),
      totalPayable: inv.totalPayable,
      amountPaid: inv.totalPayable + context.credited + context.earlierFees + reminder.fee - reminder.amountDue,
      credited: context.credited,
    },
    earlierFees: context.earlierFees,
    fee: reminder.fee,
    amountDue: reminder.amountDue,
    dueDate: iso(reminder.dueDate),
    payment,
  };
}
