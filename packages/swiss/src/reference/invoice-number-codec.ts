import { SwissRuleError } from '../errors';

/**
 * The characters an invoice number may use to derive a payment reference, in a fixed order that
 * defines the encoding below. Never reorder or extend in place: every reference already issued
 * would then decode to another number (a new alphabet would need a new mode digit).
 * App-level convention, not a standard; serves IG QR-bill 2.3, §4.2.2 "Ref" (QRR) and ISO 11649 (SCOR).
 */
export const INVOICE_NUMBER_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-./_ ';
const BASE = BigInt(INVOICE_NUMBER_ALPHABET.length); // 41

/**
 * Invoice numbers are `VARCHAR(32)` in the schema: an app-level limit, no standard sets it; the
 * reference derived from the number must still fit IG QR-bill 2.3, §4.2.2 "Ref" / ISO 11649.
 */
export const MAX_INVOICE_NUMBER_LENGTH = 32;

/**
 * Upper-cases an invoice number and checks it against {@link INVOICE_NUMBER_ALPHABET}; throws
 * `REFERENCE_SOURCE_INVALID` naming the first character outside it. Case is folded because
 * payers and banks do not preserve it; two numbers differing only in case are one reference.
 * App-level convention; serves IG QR-bill 2.3, §4.2.2 "Ref" (QRR) and ISO 11649 (SCOR).
 */
export function normalizeInvoiceNumber(invoiceNumber: string, field = 'invoiceNumber'): string {
  const value = typeof invoiceNumber === 'string' ? invoiceNumber.trim().toUpperCase() : '';
  if (value.length === 0 || value.length > MAX_INVOICE_NUMBER_LENGTH) {
    throw new SwissRuleError('REFERENCE_SOURCE_INVALID', field, { value: String(invoiceNumber), maxLength: MAX_INVOICE_NUMBER_LENGTH });
  }
  for (const char of value) {
    if (!INVOICE_NUMBER_ALPHABET.includes(char)) {
      throw new SwissRuleError('REFERENCE_SOURCE_INVALID', field, { value: invoiceNumber, character: char });
    }
  }
  return value;
}

/**
 * Encodes a normalized invoice number as a decimal string whose first digit names the mode:
 * - `1` + the number itself when it is all digits (readable: `2024001` → `12024001`);
 * - `2` + the bijective base-41 value of the string over {@link INVOICE_NUMBER_ALPHABET}
 *   (`2024-0042` → `2` + digits).
 * Both modes are injective and the mode digit is non-zero, so leading zeros added for padding
 * can be stripped again: distinct numbers always give distinct digit strings.
 * App-level convention; serves IG QR-bill 2.3, §4.2.2 "Ref": QRR 26 digits + check digit.
 */
export function encodeInvoiceNumberAsDigits(normalized: string): string {
  if (/^\d+$/.test(normalized)) return `1${normalized}`;
  let value = 0n;
  for (const char of normalized) value = value * BASE + BigInt(INVOICE_NUMBER_ALPHABET.indexOf(char) + 1);
  return `2${value}`;
}

/**
 * Inverse of {@link encodeInvoiceNumberAsDigits} (leading zeros allowed); `null` if not an encoding.
 * App-level convention; serves IG QR-bill 2.3, §4.2.2 "Ref" (QRR data digits).
 */
export function decodeInvoiceNumberFromDigits(digits: string): string | null {
  const body = digits.replace(/^0+/, '');
  if (body.startsWith('1') && /^\d+$/.test(body) && body.length > 1) return body.slice(1);
  if (!body.startsWith('2') || !/^\d+$/.test(body) || body.length < 2) return null;
  let value = BigInt(body.slice(1));
  let out = '';
  while (value > 0n) {
    // Bijective numeration: digits run 1..41, so subtract one before taking the remainder.
    value -= 1n;
    out = (INVOICE_NUMBER_ALPHABET[Number(value % BASE)] as string) + out;
    value /= BASE;
  }
  return out === '' ? null : out;
}

/**
 * Escapes a normalized invoice number into the letters and digits a creditor reference allows
 * (ISO 11649): letters and digits stay as they are, `Z` becomes `ZZ` and the separators become `Z`
 * + a letter (`-` ZA, `.` ZB, `/` ZC, `_` ZD, space ZE). A prefix-free code, hence injective:
 * `2024-0042` → `2024ZA0042`. App-level convention, not part of ISO 11649 itself.
 */
export function escapeInvoiceNumberForScor(normalized: string): string {
  let out = '';
  for (const char of normalized) {
    const escape = SCOR_ESCAPES[char];
    out += escape ?? char;
  }
  return out;
}

/**
 * Inverse of {@link escapeInvoiceNumberForScor}; `null` when the text is not an escaped number.
 * App-level convention; serves ISO 11649 (SCOR body: 1–21 letters or digits).
 */
export function unescapeInvoiceNumberFromScor(escaped: string): string | null {
  let out = '';
  for (let i = 0; i < escaped.length; i++) {
    const char = escaped[i] as string;
    if (char !== 'Z') {
      out += char;
      continue;
    }
    const next = escaped[++i];
    const original = next === undefined ? undefined : SCOR_UNESCAPES[next];
    if (original === undefined) return null;
    out += original;
  }
  return out;
}

const SCOR_ESCAPES: Readonly<Record<string, string>> = { Z: 'ZZ', '-': 'ZA', '.': 'ZB', '/': 'ZC', _: 'ZD', ' ': 'ZE' };
const SCOR_UNESCAPES: Readonly<Record<string, string>> = { Z: 'Z', A: '-', B: '.', C: '/', D: '_', E: ' ' };
