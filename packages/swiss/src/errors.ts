/**
 * Every rule violation in this package is reported as one {@link SwissRuleError} whose `code`
 * is one of these keys. The API maps codes to 4xx answers and the web app translates them, so a
 * code is never renamed or reused for another meaning; new codes are only added.
 *
 * The value is the English description of the rule, for logs and for developers; user-facing text
 * comes from the web app's translations keyed by the code.
 *
 * A rule taken from a standard cites it in its text (IG QR-bill 2.3, ISO 11649, ISO 13616, MWSTG,
 * eCH-0097, Swico S1); codes without a citation are app-level input rules.
 */
export const SWISS_ERROR_CODES = {
  AMOUNT_INVALID: 'The text is not an amount (digits, one decimal separator, optional grouping and currency).',
  AMOUNT_PRECISION: 'An amount has at most 2 decimals (minor units: Rappen / cents).',
  AMOUNT_OUT_OF_RANGE: 'A QR-bill amount is 0.01 to 999 999 999.99 and never negative (IG QR-bill 2.3, §4.2.2 "Amt").',
  QUANTITY_INVALID: 'A quantity is a decimal number with at most 4 decimals (NUMERIC(18,4)).',
  PERCENTAGE_INVALID: 'A percentage is given in basis points: an integer from 0 to 10000 (0 % to 100 %).',
  SPLIT_INVALID: 'An amount can only be split across weights whose sum is not zero.',
  DATE_INVALID: 'A date is an existing calendar day written YYYY-MM-DD (ISO 8601).',
  CURRENCY_INVALID: 'The currency is CHF or EUR (IG QR-bill 2.3, §4.2.2 "Ccy").',
  TVA_CATEGORY_INVALID: 'The TVA category is normal, reduced, accommodation, exempt or zero_rated (MWSTG art. 21, 23, 25).',
  TVA_RATE_NOT_FOUND: 'No TVA rate row covers this category on the date of supply (MWSTG art. 25, art. 115).',
  SUPPLY_PERIOD_STRADDLES_RATE_CHANGE:
    'A supply period spans a TVA rate change: split the line by period so each part gets its own rate (MWSTG art. 115).',
  PRICE_MODE_INVALID: 'Prices are entered net (HT) or gross (TTC).',
  IBAN_INVALID: 'The IBAN has a wrong structure or checksum (ISO 13616).',
  IBAN_NOT_CH_LI: 'A QR-bill account is a Swiss or Liechtenstein IBAN of 21 characters (IG QR-bill 2.3, §4.2.2 "IBAN").',
  QRR_FORMAT: 'A QR reference is 27 digits (IG QR-bill 2.3, §4.2.2 "Ref").',
  QRR_CHECK_DIGIT: 'The last digit of a QR reference is its modulo 10 recursive check digit (IG QR-bill 2.3, annex B).',
  QRR_ALL_ZERO: 'A QR reference made only of zeros is not accepted by the banks.',
  QRR_SOURCE_TOO_LONG: 'The invoice number does not fit the 26 data digits of a QR reference after the prefix.',
  SCOR_FORMAT: 'A creditor reference is RF, 2 check digits and 1 to 21 letters or digits (ISO 11649).',
  SCOR_CHECK_DIGIT: 'The check digits of a creditor reference do not give mod 97 = 1, or are 00, 01 or 99, which are never issued (ISO 11649).',
  SCOR_SOURCE_TOO_LONG: 'The invoice number does not fit the 21 characters of a creditor reference.',
  REFERENCE_SOURCE_INVALID: 'An invoice number used for a reference is 1–32 characters among 0-9, A-Z, space, "-", "/", ".", "_".',
  REFERENCE_PREFIX_INVALID: 'A reference prefix is 0 to 20 digits.',
  REFERENCE_TYPE_INVALID: 'The reference type is QRR, SCOR or NON (IG QR-bill 2.3, §4.2.2 "Tp").',
  REFERENCE_TYPE_MISMATCH: 'A QR-IBAN requires a QRR reference; an ordinary IBAN takes SCOR or NON (IG QR-bill 2.3, §4.2.2 "Tp").',
  REFERENCE_MISSING: 'Reference type QRR or SCOR needs a reference (IG QR-bill 2.3, §4.2.2 "Ref").',
  REFERENCE_UNEXPECTED: 'Reference type NON carries no reference (IG QR-bill 2.3, §4.2.2 "Ref").',
  UID_FORMAT: 'A UID is CHE followed by 9 digits, e.g. CHE-123.456.788 (eCH-0097).',
  UID_CHECK_DIGIT: 'The ninth digit of a UID is its modulo 11 check digit (eCH-0097).',
  CHARSET_INVALID: 'The text holds a character outside the QR-bill character set (IG QR-bill 2.3, §4.1.1).',
  FIELD_REQUIRED: 'This field is required.',
  FIELD_TOO_LONG: 'This field is longer than the standard allows.',
  POSTAL_CODE_INVALID: 'Swiss postal codes are 4 digits 1000–9699; Liechtenstein 9485–9498.',
  COUNTRY_INVALID: 'A country is an ISO 3166-1 alpha-2 code.',
  MESSAGE_TOO_LONG:
    'The unstructured message and the bill information together hold at most 140 characters (IG QR-bill 2.3, §4.2.2 "Ustrd", "StrdBkgInf").',
  PAYMENT_TERM_INVALID: 'Payment condition days are an integer from 0 to 9999 (Swico S1, tag 40).',
  BILL_INFORMATION_INVALID: 'Bill information starts with "//" followed by a scheme code, e.g. "//S1/…" (Swico S1).',
  ALTERNATIVE_SCHEME_INVALID: 'At most two alternative schemes of at most 100 characters each (IG QR-bill 2.3, §4.2.2 "AltPmt").',
  PAYLOAD_TOO_LONG: 'The QR code payload holds at most 997 characters (IG QR-bill 2.3, §4.2.1).',
} as const;

/**
 * A stable error code: one key of {@link SWISS_ERROR_CODES}. App-level; each code's rule text cites
 * its source where there is one (IG QR-bill 2.3, ISO 11649, MWSTG, eCH-0097).
 */
export type SwissErrorCode = keyof typeof SWISS_ERROR_CODES;

/**
 * Values that describe the violation, e.g. the offending character or the allowed maximum.
 * App-level; the limits they report come from the cited rules (e.g. IG QR-bill 2.3, §4.2.2 lengths).
 */
export type SwissErrorParams = Readonly<Record<string, string | number>>;

/**
 * The only error this package throws for bad input.
 *
 * - `code`: stable, listed in {@link SWISS_ERROR_CODES}; the API maps it to a 4xx answer.
 * - `field`: the input path the user must correct (`creditor.town`, `lines[3].quantity`, `iban`).
 * - `rule`: the rule broken, citing the standard (IG QR-bill 2.3, ISO 11649, MWSTG art. …).
 * - `params`: the details (`character`, `codePoint`, `max`, `length`, …) so a message can be
 *   written in any language without parsing `message`.
 */
export class SwissRuleError extends Error {
  override readonly name = 'SwissRuleError';
  readonly code: SwissErrorCode;
  readonly field: string;
  readonly rule: string;
  readonly params: SwissErrorParams;

  constructor(code: SwissErrorCode, field: string, params: SwissErrorParams = {}, rule: string = SWISS_ERROR_CODES[code]) {
    const details = Object.entries(params)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(', ');
    super(`${field}: ${rule}${details ? ` (${details})` : ''}`);
    this.code = code;
    this.field = field;
    this.rule = rule;
    this.params = params;
  }
}

/**
 * Narrows an unknown caught value to a {@link SwissRuleError}, for the API's error mapper.
 * App-level plumbing for the rules of SWISS.md (IG QR-bill 2.3, ISO 11649/13616, MWSTG, eCH-0097).
 */
export function isSwissRuleError(error: unknown): error is SwissRuleError {
  return error instanceof SwissRuleError;
}
