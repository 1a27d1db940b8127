import type { Creditor, Data, Debtor } from 'swissqrbill/types';
import type { CheckedQrAddress } from '../address/qr-address';
import { validateQrAddress } from '../address/qr-address';
import { assertQrCharset } from '../charset';
import { SwissRuleError } from '../errors';
import { parseIban } from '../iban';
import { parseQrReference } from '../reference/qr-reference';
import { parseScorReference } from '../reference/scor-reference';
import { MESSAGE_AND_BILL_INFORMATION_MAX } from '../swico';
import { assertCurrency, assertReferenceType } from '../types';
import type { QrBillInput } from './qr-bill-input';
import { assertQrPayloadLength, serializeQrPayload } from './serialize-qr-payload';

/** Largest QR-bill amount, 999 999 999.99, in minor units (IG QR-bill 2.3, §4.2.2 "Amt"). */
export const QR_AMOUNT_MAX = 99_999_999_999n;
/** Smallest payable QR-bill amount, 0.01, in minor units (IG QR-bill 2.3, §4.2.2 "Amt"; 0.00 is a notice). */
export const QR_AMOUNT_MIN = 1n;

function checkAmount(amount: bigint | null, zeroAllowed: boolean): number | undefined {
  if (amount === null) return undefined;
  if (typeof amount !== 'bigint') throw new SwissRuleError('AMOUNT_INVALID', 'amount', { value: String(amount) });
  const min = zeroAllowed ? 0n : QR_AMOUNT_MIN;
  if (amount < min || amount > QR_AMOUNT_MAX) {
    throw new SwissRuleError('AMOUNT_OUT_OF_RANGE', 'amount', { value: amount.toString(), min: min.toString(), max: QR_AMOUNT_MAX.toString() });
  }
  // swissqrbill's Data takes a JS number and writes it with toFixed(2). Minor units below 2^53
  // divided by 100 give the double nearest to the exact decimal, off by far less than 0.005 for
  // every amount up to 999 999 999.99, so toFixed(2) writes back exactly the checked amount
  // (tested for the range bounds and by a property over the whole range).
  return Number(amount) / 100;
}

function checkText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').normalize('NFC').trim();
  assertQrCharset(text, field);
  if (text.length > max) throw new SwissRuleError('FIELD_TOO_LONG', field, { max, length: text.length });
  return text;
}

function checkReference(input: QrBillInput, isQrIban: boolean): string | undefined {
  const type = input.referenceType;
  assertReferenceType(type);
  if (isQrIban !== (type === 'QRR')) {
    throw new SwissRuleError('REFERENCE_TYPE_MISMATCH', 'referenceType', {
      requested: type,
      allowed: isQrIban ? 'QRR' : 'SCOR,NON',
    });
  }
  const raw = (input.reference ?? '').trim();
  if (type === 'NON') {
    if (raw !== '') throw new SwissRuleError('REFERENCE_UNEXPECTED', 'reference', { value: raw });
    return undefined;
  }
  if (raw === '') throw new SwissRuleError('REFERENCE_MISSING', 'reference', { referenceType: type });
  return type === 'QRR' ? parseQrReference(raw) : parseScorReference(raw);
}

function toDebtor(address: CheckedQrAddress): Debtor {
  const debtor: Debtor = { name: address.name, address: address.street, zip: address.postalCode, city: address.town, country: address.country };
  if (address.buildingNumber !== '') debtor.buildingNumber = address.buildingNumber;
  return debtor;
}

/**
 * Checks an invoice's QR-bill data against IG QR-bill 2.3 and returns the exact object for
 * swissqrbill 4.4's `Data` type (`new SwissQRBill(data)` / `new SwissQRCode(data)`).
 *
 * Checks first what swissqrbill 4.4 does not (SWISS.md): the amount range and sign (0.01 to
 * 999 999 999.99, exact minor units), the creditor-reference (SCOR) check digits, the all-zero QR
 * reference, the character set of every text field (§4.1.1, after NFC composition), CH/LI IBAN
 * with its checksum, the reference type against the account (QR-IBAN ⇔ QRR), structured
 * addresses with postal codes and ISO countries, message + bill information ≤ 140, bill
 * information starting with `//`, alternative schemes, and the 997-character payload.
 *
 * Throws {@link SwissRuleError} with the field to correct. The result carries electronic forms
 * (IBAN and reference without spaces) and omits empty optional elements, so swissqrbill writes
 * NON for a missing reference and leaves the debtor blank when there is none.
 */
export function buildQrBillData(input: QrBillInput): Data {
  assertCurrency(input.currency);
  const account = parseIban(input.account, 'account');
  const creditor = validateQrAddress(input.creditor, 'creditor');
  const debtor = input.debtor ? validateQrAddress(input.debtor, 'debtor') : null;
  const amount = checkAmount(input.amount, input.zeroAmountNotice === true);
  const reference = checkReference(input, account.isQrIban);

  const message = checkText(input.message, 'message', MESSAGE_AND_BILL_INFORMATION_MAX);
  const billInformation = checkText(input.billInformation, 'billInformation', MESSAGE_AND_BILL_INFORMATION_MAX);
  if (billInformation !== '' && !/^\/\/[A-Za-z0-9]/.test(billInformation)) {
    throw new SwissRuleError('BILL_INFORMATION_INVALID', 'billInformation', { value: billInformation.slice(0, 10) });
  }
  if (message.length + billInformation.length > MESSAGE_AND_BILL_INFORMATION_MAX) {
    throw new SwissRuleError('MESSAGE_TOO_LONG', 'message', {
      max: MESSAGE_AND_BILL_INFORMATION_MAX,
      length: message.length + billInformation.length,
    });
  }
  const schemes = (input.alternativeSchemes ?? []).map((s, i) => checkText(s, `alternativeSchemes[${i}]`, 100)).filter((s) => s !== '');
  if (schemes.length > 2) throw new SwissRuleError('ALTERNATIVE_SCHEME_INVALID', 'alternativeSchemes', { max: 2, count: schemes.length });
  if (schemes.length > 0 && billInformation === '') {
    // IG 2.3 wants an empty bill-information line before AV1/AV2, but swissqrbill 4.4 skips an
    // empty one, which would shift AV1 into the bill-information position. Refuse instead.
    throw new SwissRuleError('ALTERNATIVE_SCHEME_INVALID', 'billInformation', { reason: 'bill information required with alternative schemes' });
  }

  const data: Data = {
    currency: input.currency,
    creditor: { ...toDebtor(creditor), account: account.iban } satisfies Creditor,
  };
  if (amount !== undefined) data.amount = amount;
  if (debtor) data.debtor = toDebtor(debtor);
  if (reference !== undefined) data.reference = reference;
  if (message !== '') data.message = message;
  if (billInformation !== '') data.additionalInformation = billInformation;
  if (schemes[0] !== undefined) data.av1 = schemes[0];
  if (schemes[1] !== undefined) data.av2 = schemes[1];

  // With every element within its own limit the payload stays below 997 characters (about 880 at
  // most); the check guards the sum should the limits or the layout ever change.
  assertQrPayloadLength(serializeQrPayload(data));
  return data;
}

/** Maps the app's document language to swissqrbill's `language` option (IG QR-bill 2.3, annex: labels). */
export function toQrBillLanguage(language: 'fr' | 'de' | 'it' | 'en'): 'FR' | 'DE' | 'IT' | 'EN' {
  return language.toUpperCase() as 'FR' | 'DE' | 'IT' | 'EN';
}
