import { SwissRuleError } from '../errors';

// Recursive modulo 10 table (IG QR-bill 2.3, annex B; the former ISR/ESR check digit).
const MOD10_TABLE = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5] as const;

/**
 * The check digit of a QR reference: recursive modulo 10 over the digits (IG QR-bill 2.3, annex B):
 * `carry = T[(carry + d) % 10]` for each digit, check = `(10 − carry) % 10`.
 */
export function computeQrReferenceCheckDigit(digits: string): string {
  let carry = 0;
  for (let i = 0; i < digits.length; i++) {
    carry = MOD10_TABLE[(carry + digits.charCodeAt(i) - 48) % 10] as number;
  }
  return String((10 - carry) % 10);
}

/**
 * Creates a QR reference from up to 26 data digits: left-padded with zeros to 26, then the check
 * digit (IG QR-bill 2.3, §4.2.2 "Ref": 27 numeric characters). Spaces are ignored. Throws
 * `QRR_FORMAT` for non-digits or more than 26 digits and `QRR_ALL_ZERO` for an empty or all-zero
 * payload, which banks reject.
 */
export function createQrReference(data: string, field = 'reference'): string {
  const digits = data.replace(/ /g, '');
  if (!/^\d{1,26}$/.test(digits)) throw new SwissRuleError('QRR_FORMAT', field, { value: data, maxDigits: 26 });
  if (/^0+$/.test(digits)) throw new SwissRuleError('QRR_ALL_ZERO', field, { value: data });
  const padded = digits.padStart(26, '0');
  return padded + computeQrReferenceCheckDigit(padded);
}

/**
 * Checks a QR reference and returns its electronic form (27 digits, spaces removed) — IG QR-bill
 * 2.3, §4.2.2 "Ref" and annex B. Errors: `QRR_FORMAT` (not 27 digits), `QRR_ALL_ZERO`,
 * `QRR_CHECK_DIGIT` (params.expected is the right check digit).
 */
export function parseQrReference(input: string, field = 'reference'): string {
  const reference = typeof input === 'string' ? input.replace(/ /g, '') : '';
  if (!/^\d{27}$/.test(reference)) throw new SwissRuleError('QRR_FORMAT', field, { value: String(input), length: 27 });
  if (/^0+$/.test(reference)) throw new SwissRuleError('QRR_ALL_ZERO', field, { value: reference });
  const expected = computeQrReferenceCheckDigit(reference.slice(0, 26));
  if (reference[26] !== expected) throw new SwissRuleError('QRR_CHECK_DIGIT', field, { value: reference, expected });
  return reference;
}

/** Whether `input` is a valid QR reference (IG QR-bill 2.3, §4.2.2 "Ref", annex B): see {@link parseQrReference}. */
export function isValidQrReference(input: string): boolean {
  try {
    parseQrReference(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats a QR reference in blocks of 5 digits counted from the right, as printed on the payment
 * part (IG QR-bill 2.3, §3.5): `21 00000 00003 13947 14300 09017`.
 */
export function formatQrReference(reference: string): string {
  const digits = reference.replace(/ /g, '');
  const head = digits.length % 5;
  const blocks = head ? [digits.slice(0, head)] : [];
  for (let i = head; i < digits.length; i += 5) blocks.push(digits.slice(i, i + 5));
  return blocks.join(' ');
}
