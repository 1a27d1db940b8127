import type { Data, Debtor } from 'swissqrbill/types';
import { SwissRuleError } from '../errors';

/** Maximum length of the QR code payload in characters (IG QR-bill 2.3, §4.2.1). */
export const QR_PAYLOAD_MAX_LENGTH = 997;

function addressLines(address: Debtor | undefined): string[] {
  if (!address) return ['', '', '', '', '', '', ''];
  return [
    'S',
    address.name,
    address.address,
    address.buildingNumber === undefined ? '' : String(address.buildingNumber),
    String(address.zip),
    address.city,
    address.country,
  ];
}

/**
 * Writes the Swiss QR Code payload for `data` exactly as IG QR-bill 2.3, §4.2.2 orders it, joined
 * with LF: header (`SPC`, `0200`, `1`), IBAN, creditor (type `S` + 6 fields), 7 empty ultimate-
 * creditor lines, amount (empty = open), currency, debtor (or 7 empty lines), reference type and
 * reference, message, `EPD`, then bill information and alternative schemes when present (the
 * bill-information line is written, possibly empty, whenever an alternative scheme follows).
 *
 * Used to check the 997-character limit before swissqrbill renders and to test that swissqrbill
 * encodes what we checked. Expects data produced by `buildQrBillData` (amount already exact).
 */
export function serializeQrPayload(data: Data): string {
  const reference = data.reference ?? '';
  const referenceType = reference === '' ? 'NON' : /^\d{27}$/.test(reference) ? 'QRR' : 'SCOR';
  const lines = [
    'SPC',
    '0200',
    '1',
    data.creditor.account,
    ...addressLines(data.creditor),
    '', '', '', '', '', '', '',
    data.amount === undefined ? '' : formatPayloadNumber(data.amount),
    data.currency,
    ...addressLines(data.debtor),
    referenceType,
    reference,
    data.message ?? '',
    'EPD',
  ];
  const alternatives = [data.av1, data.av2].filter((av): av is string => av !== undefined && av !== '');
  if ((data.additionalInformation ?? '') !== '' || alternatives.length > 0) lines.push(data.additionalInformation ?? '');
  lines.push(...alternatives);
  return lines.join('\n');
}

// The Data type carries the amount as a JS number (see build-qr-bill-data.ts for why it is exact);
// write it back with two decimals through integer arithmetic rather than toFixed.
function formatPayloadNumber(amount: number): string {
  const cents = Math.round(amount * 100);
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Checks the payload length limit (IG QR-bill 2.3, §4.2.1); throws `PAYLOAD_TOO_LONG`. */
export function assertQrPayloadLength(payload: string): void {
  const length = [...payload].length;
  if (length > QR_PAYLOAD_MAX_LENGTH) throw new SwissRuleError('PAYLOAD_TOO_LONG', 'payload', { max: QR_PAYLOAD_MAX_LENGTH, length });
}
