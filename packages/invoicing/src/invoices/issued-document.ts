import { createHash } from 'node:crypto';
import type { BankAccount, Client, Organisation } from '@simplifaq/db';
import type { InvoiceCalculation, IsoDate, Language, QrBillInput, ReferenceType } from '@simplifaq/swiss';
import { buildSwicoS1, formatVatNumber, isSwissRuleError, toSwicoVatRates } from '@simplifaq/swiss';
import type { Tx } from '../shared/db-client';
import type { InvoiceRecord } from './invoice-types';

/** The issuer as printed on the document, frozen at issue (MWSTG art. 26 al. 2 let. a). */
export type CreditorSnapshot = {
  name: string;
  street: string | null;
  buildingNumber: string | null;
  postalCode: string;
  town: string;
  country: string;
  uid: string | null;
  /** `CHE-123.456.788 TVA` in the document language; null when not registered (MWSTG art. 10). */
  vatNumber: string | null;
  vatRegistered: boolean;
  email: string | null;
  phone: string | null;
  website: string | null;
};

/** The recipient, frozen at issue (MWSTG art. 26 al. 2 let. b): later edits of the client don't change it. */
export type DebtorSnapshot = {
  clientId: string;
  kind: string;
  name: string;
  contactName: string | null;
  street: string | null;
  buildingNumber: string | null;
  postalCode: string;
  town: string;
  country: string;
  uid: string | null;
  email: string | null;
  language: Language;
};

export type BankAccountSnapshot = {
  id: string;
  label: string;
  iban: string;
  isQrIban: boolean;
  qrrPrefix: string | null;
};

/** Everything a renderer needs to draw an issued invoice or credit note, exactly as it was issued. */
export interface IssuedDocument {
  /** The invoice row as it is being stored (number, dates, totals, lines), without the PDF. */
  invoice: InvoiceRecord;
  creditor: CreditorSnapshot;
  debtor: DebtorSnapshot;
  bankAccount: BankAccountSnapshot | null;
  calculation: InvoiceCalculation;
  /** The QR-bill as checked by `buildQrBillData` before issuing; null for a credit note (nothing to pay). */
  qrBill: QrBillInput | null;
  /** For a credit note: the invoice it credits. */
  creditedInvoice: { id: string; number: string | null; issueDate: IsoDate | null } | null;
  logo: { data: Uint8Array; mimeType: string } | null;
}

/** Renders the archived PDF; called inside the issuing transaction, so a failure issues nothing. */
export type RenderPdf = (issued: IssuedDocument) => Promise<Uint8Array>;

export function creditorSnapshot(org: Omit<Organisation, 'logo'>, language: Language): CreditorSnapshot {
  return {
    name: org.name,
    street: org.street,
    buildingNumber: org.buildingNumber,
    postalCode: org.postalCode ?? '',
    town: org.town ?? '',
    country: org.country,
    uid: org.uid,
    vatNumber: org.vatRegistered && org.uid ? formatVatNumber(org.uid, language) : null,
    vatRegistered: org.vatRegistered,
    email: org.email,
    phone: org.phone,
    website: org.website,
  };
}

export function debtorSnapshot(client: Client): DebtorSnapshot {
  return {
    clientId: client.id,
    kind: client.kind,
    name: client.name,
    contactName: client.contactName,
    street: client.street,
    buildingNumber: client.buildingNumber,
    postalCode: client.postalCode,
    town: client.town,
    country: client.country,
    uid: client.uid,
    email: client.email,
    language: client.language,
  };
}

export function bankAccountSnapshot(account: BankAccount): BankAccountSnapshot {
  return { id: account.id, label: account.label, iban: account.iban, isQrIban: account.isQrIban, qrrPrefix: account.qrrPrefix };
}

const MESSAGE_LABEL: Record<Language, string> = { fr: 'Facture', de: 'Rechnung', it: 'Fattura', en: 'Invoice' };

export interface QrBillSource {
  account: BankAccountSnapshot;
  creditor: CreditorSnapshot;
  debtor: DebtorSnapshot;
  invoice: Pick<InvoiceRecord, 'currency' | 'language' | 'clientReference'> & { number: string };
  issueDate: IsoDate;
  dueDate: IsoDate;
  supplyDate: IsoDate | null;
  supplyPeriodEnd: IsoDate | null;
  referenceType: ReferenceType;
  reference: string | null;
  calculation: InvoiceCalculation;
}

/**
 * The QR-bill of an invoice: the payable amount, the reference, a message naming the invoice and
 * the Swico S1 bill information (number, date, customer reference, UID, supply date, TVA rates,
 * payment term) that the payer's software reads. Message and bill information share 140
 * characters (IG QR-bill 2.3, §4.2.2): when a long customer reference overflows them, or holds
 * characters outside the QR-bill set (it is free text printed on the invoice anyway), the optional
 * S1 elements are dropped rather than refusing the invoice.
 */
export function buildInvoiceQrBill(src: QrBillSource): QrBillInput {
  const message = `${MESSAGE_LABEL[src.invoice.language]} ${src.invoice.number}`;
  const days = Math.round((Date.parse(src.dueDate) - Date.parse(src.issueDate)) / 86_400_000);
  const full = {
    invoiceNumber: src.invoice.number,
    invoiceDate: src.issueDate,
    customerReference: src.invoice.clientReference,
    uid: src.creditor.vatRegistered ? src.creditor.uid : null,
    supplyDate: src.supplyDate,
    supplyPeriodEnd: src.supplyPeriodEnd,
    vatRates: toSwicoVatRates(src.calculation),
    paymentConditions: days >= 0 && days <= 9999 ? [{ discountBp: 0, days }] : null,
  };
  let billInformation: string | null = null;
  for (const attempt of [full, { ...full, vatRates: null, customerReference: null }, { invoiceNumber: src.invoice.number, invoiceDate: src.issueDate }]) {
    try {
      billInformation = buildSwicoS1(attempt, message.length) || null;
      break;
    } catch (err) {
      if (!isSwissRuleError(err) || (err.code !== 'MESSAGE_TOO_LONG' && err.code !== 'CHARSET_INVALID')) throw err;
    }
  }
  return {
    account: src.account.iban,
    creditor: src.creditor,
    debtor: src.debtor,
    currency: src.invoice.currency,
    amount: src.calculation.totalPayable,
    referenceType: src.referenceType,
    reference: src.reference,
    message,
    billInformation,
  };
}

/** The organisation's logo for the renderer (read only when a PDF is rendered). */
export async function loadLogo(tx: Tx, organisationId: string): Promise<IssuedDocument['logo']> {
  const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { logo: true, logoMimeType: true } });
  return org.logo && org.logoMimeType ? { data: org.logo, mimeType: org.logoMimeType } : null;
}

/** Renders the document and hashes the bytes as archived (SHA-256, shown so the copy can be checked). */
export async function renderAndHash(renderPdf: RenderPdf, issued: IssuedDocument): Promise<{ pdf: Uint8Array<ArrayBuffer>; pdfSha256: string }> {
  const bytes = await renderPdf(issued);
  const pdf = new Uint8Array(bytes);
  return { pdf, pdfSha256: createHash('sha256').update(pdf).digest('hex') };
}
