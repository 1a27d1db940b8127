import { validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { SwissRuleError } from './errors';

/** A checked Swiss or Liechtenstein IBAN (ISO 13616; CH/LI, 21 characters: IG QR-bill 2.3, §4.2.2 "IBAN"). */
export interface SwissIban {
  /** Electronic form: 21 characters, upper case, no spaces — the form stored and put in the QR code. */
  readonly iban: string;
  readonly country: 'CH' | 'LI';
  /** Institution id, characters 5–9 (the bank clearing number position). */
  readonly iid: string;
  /** IID 30000–31999: payments to this account need a QR reference (IG QR-bill 2.3, §4.2.2 "IBAN"). */
  readonly isQrIban: boolean;
}

/**
 * Removes all whitespace and upper-cases: the electronic form of an IBAN as typed or pasted
 * (ISO 13616-1 electronic format, no separators; SWISS.md "IBAN": accept spaces and lower case).
 */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/**
 * Whether an IBAN is a QR-IBAN: its institution id (characters 5–9) lies in 30000–31999, the range
 * SIX reserves for QR-IIDs (IG QR-bill 2.3, §4.2.2 "IBAN"; same rule for CH and LI).
 * Does not check the checksum: see {@link parseIban}.
 */
export function isQrIban(iban: string): boolean {
  const iid = normalizeIban(iban).slice(4, 9);
  if (!/^\d{5}$/.test(iid)) return false;
  const n = Number(iid);
  return n >= 30_000 && n <= 31_999;
}

function describeIbanFailure(codes: readonly ValidationErrorsIBAN[]): string {
  if (codes.includes(ValidationErrorsIBAN.NoIBANCountry)) return 'country';
  if (codes.includes(ValidationErrorsIBAN.WrongBBANLength)) return 'length';
  if (codes.includes(ValidationErrorsIBAN.WrongIBANChecksum)) return 'checksum';
  return 'format';
}

/**
 * Parses an account number for a QR-bill: tolerant input (spaces, lower case), then ISO 13616
 * structure and mod-97 checksum through `ibantools`, then the QR-bill restriction to Swiss and
 * Liechtenstein IBANs of 21 characters (IG QR-bill 2.3, §4.2.2 "IBAN").
 *
 * Errors: `IBAN_INVALID` (params.reason: `checksum`, `length`, `format` or `country` — an unknown
 * country code), `IBAN_NOT_CH_LI` (a valid IBAN of another country, params.country).
 */
export function parseIban(input: string, field = 'iban'): SwissIban {
  const iban = normalizeIban(typeof input === 'string' ? input : '');
  const result = validateIBAN(iban);
  if (!result.valid) {
    throw new SwissRuleError('IBAN_INVALID', field, { iban, reason: describeIbanFailure(result.errorCodes) });
  }
  const country = iban.slice(0, 2);
  if ((country !== 'CH' && country !== 'LI') || iban.length !== 21) {
    throw new SwissRuleError('IBAN_NOT_CH_LI', field, { iban, country });
  }
  const iid = iban.slice(4, 9);
  return { iban, country, iid, isQrIban: isQrIban(iban) };
}

/**
 * Whether `input` is a valid CH/LI IBAN or QR-IBAN (see {@link parseIban}): ISO 13616 checksum,
 * CH/LI only per IG QR-bill 2.3, §4.2.2 "IBAN".
 */
export function isValidSwissIban(input: string): boolean {
  try {
    parseIban(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats an IBAN in groups of 4 for print (ISO 13616-1 "paper format"; IG QR-bill 2.3 §3.5 shows
 * the account this way): `CH44 3199 9123 0008 8901 2`.
 */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}
