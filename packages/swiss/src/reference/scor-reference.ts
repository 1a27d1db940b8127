import { SwissRuleError } from '../errors';

// ISO 7064 mod 97-10 of an alphanumeric string, letters as A=10 … Z=35 (ISO 11649, ISO 13616).
function mod97(alphanumeric: string): number {
  let remainder = 0;
  for (let i = 0; i < alphanumeric.length; i++) {
    const code = alphanumeric.charCodeAt(i);
    if (code >= 65) remainder = (remainder * 100 + (code - 55)) % 97;
    else remainder = (remainder * 10 + (code - 48)) % 97;
  }
  return remainder;
}

const BODY = /^[0-9A-Z]{1,21}$/;

/**
 * The two check digits of a creditor reference for `body`: `98 − mod97(body + "RF00")`, zero-padded
 * (ISO 11649, §3.2).
 */
export function computeScorCheckDigits(body: string): string {
  return String(98 - mod97(`${body}RF00`)).padStart(2, '0');
}

/**
 * Creates an ISO 11649 creditor reference `RF` + check digits + body. The body is 1–21 letters or
 * digits; spaces are removed and letters upper-cased first. Throws `SCOR_FORMAT` otherwise.
 */
export function createScorReference(body: string, field = 'reference'): string {
  const normalized = body.replace(/ /g, '').toUpperCase();
  if (!BODY.test(normalized)) throw new SwissRuleError('SCOR_FORMAT', field, { value: body, maxLength: 21 });
  return `RF${computeScorCheckDigits(normalized)}${normalized}`;
}

/**
 * Checks a creditor reference and returns its electronic form (upper case, no spaces): `RF`, two
 * digits, 1–21 alphanumerics — 5 to 25 characters — and, with the first four characters moved to
 * the end, mod 97 = 1, with check digits 02–98, the only ones ISO 11649 issues (ISO 11649; IG QR-bill
 * 2.3, §4.2.2 "Ref" for type SCOR). Errors:
 * `SCOR_FORMAT`, `SCOR_CHECK_DIGIT` (params.expected holds the right check digits).
 */
export function parseScorReference(input: string, field = 'reference'): string {
  const reference = typeof input === 'string' ? input.replace(/ /g, '').toUpperCase() : '';
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(reference)) {
    throw new SwissRuleError('SCOR_FORMAT', field, { value: String(input) });
  }
  // 98 − mod97 only ever gives 02–98: RF00, RF01 and RF99 pass mod 97 as aliases of RF97, RF98
  // and RF02 but are never issued, so they are refused with the check digits that are.
  const digits = Number(reference.slice(2, 4));
  if (mod97(reference.slice(4) + reference.slice(0, 4)) !== 1 || digits < 2 || digits > 98) {
    const expected = computeScorCheckDigits(reference.slice(4));
    throw new SwissRuleError('SCOR_CHECK_DIGIT', field, { value: reference, expected });
  }
  return reference;
}

/** Whether `input` is a valid ISO 11649 creditor reference (see {@link parseScorReference}). */
export function isValidScorReference(input: string): boolean {
  try {
    parseScorReference(input);
    return true;
  } catch {
    return false;
  }
}

/** Formats a creditor reference in groups of 4 from the left (ISO 11649 print form): `RF18 5390 0754 7034`. */
export function formatScorReference(reference: string): string {
  return reference.replace(/ /g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}
