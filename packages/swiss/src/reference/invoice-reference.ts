import { SwissRuleError } from '../errors';
import {
  decodeInvoiceNumberFromDigits,
  encodeInvoiceNumberAsDigits,
  escapeInvoiceNumberForScor,
  normalizeInvoiceNumber,
  unescapeInvoiceNumberFromScor,
} from './invoice-number-codec';
import { createQrReference, parseQrReference } from './qr-reference';
import { createScorReference, parseScorReference } from './scor-reference';

/**
 * What a payment reference is derived from: an app-level convention (SWISS.md "References": unique
 * per organisation) serving IG QR-bill 2.3, §4.2.2 "Ref" and ISO 11649.
 */
export interface InvoiceReferenceSource {
  /**
   * 0–20 digits fixed per organisation (and bank account): e.g. the customer id some banks require
   * at the start of QR references, or a number the organisation chooses. Keep it constant: the
   * references of one organisation are unique because the prefix is the same and the rest is an
   * injective encoding of the invoice number.
   */
  readonly prefix?: string;
  /** The invoice number as issued (unique per organisation), letters allowed. */
  readonly invoiceNumber: string;
}

const MAX_PREFIX_DIGITS = 20;

function checkPrefix(prefix: string | undefined, field: string): string {
  const value = prefix ?? '';
  if (typeof value !== 'string' || !/^\d*$/.test(value) || value.length > MAX_PREFIX_DIGITS) {
    throw new SwissRuleError('REFERENCE_PREFIX_INVALID', field, { value: String(value), maxDigits: MAX_PREFIX_DIGITS });
  }
  return value;
}

/**
 * Creates the QR reference (QRR) of an invoice: 26 data digits = prefix + the invoice number
 * encoded as digits (mode 1: an all-digit number as is; mode 2: bijective base 41 over
 * 0-9 A-Z - . / _ space) left-padded with zeros, then the modulo 10 recursive check digit
 * (IG QR-bill 2.3, §4.2.2 "Ref", annex B).
 *
 * Deterministic, and unique per organisation: the encoding is injective and its first digit is
 * never 0, so different invoice numbers under the same prefix never share a reference (see
 * docs/swiss-rules.md). With a prefix of p digits, all-digit numbers up to 25 − p digits and other
 * numbers up to about (25 − p) / 1.61 characters fit (11 characters for p = 6, 15 for p = 0);
 * longer ones throw `QRR_SOURCE_TOO_LONG` rather than lose uniqueness.
 */
export function createInvoiceQrReference(source: InvoiceReferenceSource, field = 'invoiceNumber'): string {
  const prefix = checkPrefix(source.prefix, 'referencePrefix');
  const width = 26 - prefix.length;
  const encoded = encodeInvoiceNumberAsDigits(normalizeInvoiceNumber(source.invoiceNumber, field));
  if (encoded.length > width) {
    throw new SwissRuleError('QRR_SOURCE_TOO_LONG', field, { value: source.invoiceNumber, maxDigits: width, digits: encoded.length });
  }
  return createQrReference(prefix + encoded.padStart(width, '0'), field);
}

/**
 * Reads back the invoice number (upper-cased) from a QR reference made by
 * {@link createInvoiceQrReference} with the same prefix; `null` when the reference is invalid, has
 * another prefix, or was not made this way. Lets payment matching recognise references of
 * invoices whose stored reference is not at hand. The decoding is app-level; the reference is
 * checked per IG QR-bill 2.3, §4.2.2 "Ref" and annex B.
 */
export function readInvoiceQrReference(reference: string, prefix = ''): string | null {
  let digits: string;
  try {
    digits = parseQrReference(reference);
  } catch {
    return null;
  }
  if (!digits.startsWith(prefix)) return null;
  return decodeInvoiceNumberFromDigits(digits.slice(prefix.length, 26));
}

/**
 * Creates the creditor reference (SCOR, ISO 11649) of an invoice: `RF` + check digits + prefix +
 * the invoice number with letters and digits kept and separators escaped (`2024-0042` →
 * `2024ZA0042`, see `escapeInvoiceNumberForScor`). Injective, hence unique per organisation under a
 * constant prefix. Throws `SCOR_SOURCE_TOO_LONG` when the body exceeds 21 characters.
 */
export function createInvoiceScorReference(source: InvoiceReferenceSource, field = 'invoiceNumber'): string {
  const prefix = checkPrefix(source.prefix, 'referencePrefix');
  const body = prefix + escapeInvoiceNumberForScor(normalizeInvoiceNumber(source.invoiceNumber, field));
  if (body.length > 21) {
    throw new SwissRuleError('SCOR_SOURCE_TOO_LONG', field, { value: source.invoiceNumber, maxLength: 21, length: body.length });
  }
  return createScorReference(body, field);
}

/**
 * Reads back the invoice number from a reference made by {@link createInvoiceScorReference}; `null`
 * otherwise. The decoding is app-level; the reference is checked per ISO 11649.
 */
export function readInvoiceScorReference(reference: string, prefix = ''): string | null {
  let value: string;
  try {
    value = parseScorReference(reference);
  } catch {
    return null;
  }
  const body = value.slice(4);
  if (!body.startsWith(prefix)) return null;
  const number = unescapeInvoiceNumberFromScor(body.slice(prefix.length));
  return number === null || number === '' ? null : number;
}
