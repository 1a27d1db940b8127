import { assertQrCharset } from '../charset';
import { SwissRuleError } from '../errors';
import { isIsoCountryCode } from './countries';

/**
 * A structured address, the only address type since IG QR-bill 2.3 (type `S`; the combined type
 * `K` is no longer accepted). Field names follow the app's schema.
 */
export interface QrAddress {
  /** Company name or first and last name, ≤ 70 characters. Required. */
  readonly name: string;
  /** Street or P.O. box, ≤ 70 characters. Optional. */
  readonly street?: string | null;
  /** Building number, ≤ 16 characters. Optional. */
  readonly buildingNumber?: string | null;
  /** ≤ 16 characters; CH 4 digits 1000–9699, LI 9485–9498. Required. */
  readonly postalCode: string;
  /** ≤ 35 characters. Required. */
  readonly town: string;
  /** ISO 3166-1 alpha-2. Required. */
  readonly country: string;
}

/**
 * An address after {@link validateQrAddress}: trimmed, empty optionals as `''`, country upper case.
 * The structured-address elements of IG QR-bill 2.3, §4.2.2 (address type `S`).
 */
export interface CheckedQrAddress {
  readonly name: string;
  readonly street: string;
  readonly buildingNumber: string;
  readonly postalCode: string;
  readonly town: string;
  readonly country: string;
}

/** Maximum lengths of the structured address elements (IG QR-bill 2.3, §4.2.2 "Name" … "Ctry"). */
export const QR_ADDRESS_MAX_LENGTHS = {
  name: 70,
  street: 70,
  buildingNumber: 16,
  postalCode: 16,
  town: 35,
} as const;

/**
 * Whether a postal code is valid for the country: Switzerland 4 digits 1000–9699, Liechtenstein
 * 9485–9498 (Swiss Post numbering, shared by both countries); other countries are only bounded by
 * the QR-bill's 16 characters.
 * Source: Swiss Post postcode ranges (SWISS.md "Addresses"); length: IG QR-bill 2.3, §4.2.2 "PstCd".
 */
export function isValidPostalCode(country: string, postalCode: string): boolean {
  if (country === 'CH' || country === 'LI') {
    if (!/^\d{4}$/.test(postalCode)) return false;
    const n = Number(postalCode);
    return country === 'CH' ? n >= 1000 && n <= 9699 : n >= 9485 && n <= 9498;
  }
  return postalCode.length >= 1 && postalCode.length <= QR_ADDRESS_MAX_LENGTHS.postalCode;
}

// NFC first, as for the message (build-qr-bill-data.ts): a decomposed "Zu\u0308rich" is the in-set
// "Zürich" (IG QR-bill 2.3, §4.1.1); the length is counted on the composed text.
function checkText(value: string | null | undefined, field: string, max: number, required: boolean): string {
  const text = (value ?? '').normalize('NFC').trim();
  if (text === '') {
    if (required) throw new SwissRuleError('FIELD_REQUIRED', field);
    return '';
  }
  assertQrCharset(text, field);
  if (text.length > max) throw new SwissRuleError('FIELD_TOO_LONG', field, { max, length: text.length });
  return text;
}

/**
 * Checks an address for the QR-bill (IG QR-bill 2.3, §4.2.2, structured address `S`): name, postal
 * code, town and country required; street and building number separate and optional; lengths;
 * the character set of every field; ISO country code; Swiss and Liechtenstein postal codes.
 * Text fields are composed to Unicode NFC before the character-set check (decomposed accents, as
 * typed on macOS or pasted from PDFs, are accepted). `field` prefixes the error path
 * (`creditor.town`). Returns the address trimmed and NFC-composed.
 */
export function validateQrAddress(address: QrAddress, field = 'address'): CheckedQrAddress {
  const name = checkText(address.name, `${field}.name`, QR_ADDRESS_MAX_LENGTHS.name, true);
  const street = checkText(address.street, `${field}.street`, QR_ADDRESS_MAX_LENGTHS.street, false);
  const buildingNumber = checkText(address.buildingNumber, `${field}.buildingNumber`, QR_ADDRESS_MAX_LENGTHS.buildingNumber, false);
  const postalCode = checkText(address.postalCode, `${field}.postalCode`, QR_ADDRESS_MAX_LENGTHS.postalCode, true);
  const town = checkText(address.town, `${field}.town`, QR_ADDRESS_MAX_LENGTHS.town, true);
  const country = (address.country ?? '').trim().toUpperCase();
  if (country === '') throw new SwissRuleError('FIELD_REQUIRED', `${field}.country`);
  if (!isIsoCountryCode(country)) throw new SwissRuleError('COUNTRY_INVALID', `${field}.country`, { value: address.country });
  if (!isValidPostalCode(country, postalCode)) {
    throw new SwissRuleError('POSTAL_CODE_INVALID', `${field}.postalCode`, { value: postalCode, country });
  }
  return { name, street, buildingNumber, postalCode, town, country };
}
