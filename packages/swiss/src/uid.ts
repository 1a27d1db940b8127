import { SwissRuleError } from './errors';
import type { Language } from './types';

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4] as const;

/**
 * The check digit of a UID from its first 8 digits: weights 5,4,3,2,7,6,5,4, check =
 * (11 − sum mod 11) mod 11 (eCH-0097, UID data standard). Returns `null` for a result of 10:
 * such numbers are never issued.
 */
export function computeUidCheckDigit(first8: string): number | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (first8.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : check;
}

/**
 * Parses a Swiss UID / VAT number as typed — `CHE-123.456.788`, `CHE123456788`,
 * `che 123 456 788 MWST`, `123456788` — and returns its 9 digits, the stored form. A `MWST`, `TVA`,
 * `IVA` or `TPV` suffix is accepted and dropped. Errors: `UID_FORMAT` (not CHE + 9 digits),
 * `UID_CHECK_DIGIT` (params.expected, or `none` when no check digit can make it valid).
 * Format CHE + 9 digits: Ordinance on the UID (UIDV) / eCH-0097 check digit; suffixes per ESTV practice.
 */
export function parseUid(input: string, field = 'uid'): string {
  const compact = (typeof input === 'string' ? input : '')
    .toUpperCase()
    .trim()
    .replace(/\s*(MWST|TVA|IVA|TPV)$/, '')
    .replace(/[\s.-]/g, '')
    .replace(/^CHE/, '');
  if (!/^\d{9}$/.test(compact)) throw new SwissRuleError('UID_FORMAT', field, { value: String(input) });
  const expected = computeUidCheckDigit(compact);
  if (expected === null || String(expected) !== compact[8]) {
    throw new SwissRuleError('UID_CHECK_DIGIT', field, { value: String(input), expected: expected === null ? 'none' : String(expected) });
  }
  return compact;
}

/** Whether `input` is a valid UID (UIDV / eCH-0097 check digit; see {@link parseUid}). */
export function isValidUid(input: string): boolean {
  try {
    parseUid(input);
    return true;
  } catch {
    return false;
  }
}

/** Formats UID digits (or any accepted input form) as `CHE-123.456.788` (eCH-0097). */
export function formatUid(uid: string): string {
  const d = parseUid(uid);
  return `CHE-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}`;
}

/**
 * The VAT-number suffix per document language: since the UID replaced the old MWST number, the
 * VAT number is the UID followed by "MWST", "TVA", "IVA" or "TPV" (ESTV practice). English
 * documents use MWST: there is no official English suffix.
 */
export const VAT_NUMBER_SUFFIX: Readonly<Record<Language | 'rm', string>> = {
  de: 'MWST',
  fr: 'TVA',
  it: 'IVA',
  rm: 'TPV',
  en: 'MWST',
};

/**
 * Formats a UID as the VAT number printed on invoices (MWSTG art. 26 al. 2 let. a):
 * `CHE-123.456.788 TVA` for French, `… MWST` German and English, `… IVA` Italian, `… TPV` Romansh.
 */
export function formatVatNumber(uid: string, language: Language | 'rm'): string {
  return `${formatUid(uid)} ${VAT_NUMBER_SUFFIX[language]}`;
}
