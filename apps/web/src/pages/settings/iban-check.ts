import { formatIban, normalizeIban, parseIban } from '@simplifaq/swiss/iban';
import { isSwissRuleError } from '@simplifaq/swiss/errors';

/** Swiss and Liechtenstein IBANs have 21 characters (IG QR-bill 2.3, §4.2.2 "IBAN"). */
const SWISS_IBAN_LENGTH = 21;

export type IbanCheck =
  | { state: 'empty' }
  | { state: 'incomplete'; missing: number }
  | { state: 'invalid'; code: 'IBAN_INVALID' | 'IBAN_NOT_CH_LI' }
  | { state: 'valid'; iban: string; formatted: string; isQrIban: boolean };

/**
 * The IBAN as it is being typed, checked with the same rules as the API (packages/swiss): quiet
 * while a Swiss IBAN is still short, an error as soon as the country or the checksum is wrong.
 */
export function checkIban(input: string): IbanCheck {
  const iban = normalizeIban(input);
  if (iban === '') return { state: 'empty' };
  const country = iban.slice(0, 2);
  const swiss = country === 'CH' || country === 'LI';
  // "C", "CH", "CH9…": still typing a Swiss IBAN.
  if ((iban.length < 2 && 'CL'.includes(iban)) || (swiss && iban.length < SWISS_IBAN_LENGTH)) {
    return { state: 'incomplete', missing: SWISS_IBAN_LENGTH - iban.length };
  }
  if (iban.length >= 2 && !swiss && /^[A-Z]{2}/.test(iban)) return { state: 'invalid', code: 'IBAN_NOT_CH_LI' };
  try {
    const parsed = parseIban(iban);
    return { state: 'valid', iban: parsed.iban, formatted: formatIban(parsed.iban), isQrIban: parsed.isQrIban };
  } catch (error) {
    if (isSwissRuleError(error) && (error.code === 'IBAN_INVALID' || error.code === 'IBAN_NOT_CH_LI')) return { state: 'invalid', code: error.code };
    throw error;
  }
}
