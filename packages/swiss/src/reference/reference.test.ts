import { describe, expect, it } from 'vitest';
import { catchRule, codeOf } from '../../test/catch-rule';
import {
  decodeInvoiceNumberFromDigits,
  encodeInvoiceNumberAsDigits,
  escapeInvoiceNumberForScor,
  normalizeInvoiceNumber,
  unescapeInvoiceNumberFromScor,
} from './invoice-number-codec';
import { createInvoiceQrReference, createInvoiceScorReference, readInvoiceQrReference, readInvoiceScorReference } from './invoice-reference';
import { computeQrReferenceCheckDigit, createQrReference, formatQrReference, isValidQrReference, parseQrReference } from './qr-reference';
import { chooseReferenceType, createInvoiceReference, formatReference } from './reference-type';
import { computeScorCheckDigits, createScorReference, formatScorReference, isValidScorReference, parseScorReference } from './scor-reference';

const QR_IBAN = 'CH4431999123000889012';
const IBAN = 'CH5800791123000889012';

describe('QR reference', () => {
  it('creates the SWISS.md vectors from their data digits', () => {
    expect(createQrReference('21000000000313947143000901')).toBe('210000000003139471430009017');
    expect(createQrReference('123456')).toBe('000000000000000000001234565');
    expect(createQrReference('12 3456')).toBe('000000000000000000001234565');
    expect(computeQrReferenceCheckDigit('')).toBe('0');
  });

  it('refuses bad data', () => {
    expect(codeOf(() => createQrReference('0000'))).toBe('QRR_ALL_ZERO');
    expect(codeOf(() => createQrReference(''))).toBe('QRR_FORMAT');
    expect(codeOf(() => createQrReference('1'.repeat(27)))).toBe('QRR_FORMAT');
    expect(codeOf(() => createQrReference('12a'))).toBe('QRR_FORMAT');
    expect(catchRule(() => parseQrReference('210000000003139471430009018')).params.expected).toBe('7');
    expect(codeOf(() => parseQrReference(null as unknown as string))).toBe('QRR_FORMAT');
  });

  it('accepts the printed form and formats it back', () => {
    expect(parseQrReference('21 00000 00003 13947 14300 09017')).toBe('210000000003139471430009017');
    expect(isValidQrReference('21 00000 00003 13947 14300 09017')).toBe(true);
    expect(isValidQrReference('21 00000 00003 13947 14300 09018')).toBe(false);
    expect(formatQrReference('000000000000000000001234565')).toBe('00 00000 00000 00000 00012 34565');
    expect(formatQrReference('1234567890')).toBe('12345 67890');
  });
});

describe('creditor reference', () => {
  it('creates the SWISS.md vectors from their bodies', () => {
    expect(createScorReference('539007547034')).toBe('RF18539007547034');
    expect(createScorReference('n73g bst73akl38zx')).toBe('RF49N73GBST73AKL38ZX');
    expect(computeScorCheckDigits('539007547034')).toBe('18');
  });

  it('pads a check value below 10 to two digits', () => {
    // Find a body whose check digits start with 0 to cover the padding.
    const body = Array.from({ length: 200 }, (_, i) => String(i + 1)).find((b) => computeScorCheckDigits(b).startsWith('0')) as string;
    expect(isValidScorReference(createScorReference(body))).toBe(true);
    expect(createScorReference(body).slice(2, 4)).toMatch(/^0\d$/);
  });

  it('refuses malformed references and bodies', () => {
    for (const bad of ['RF18', 'RF1853900754703412345678901', 'XX18539007547034', 'RF1A539007547034', 'RF18-5390']) {
      expect(codeOf(() => parseScorReference(bad))).toBe('SCOR_FORMAT');
    }
    expect(codeOf(() => parseScorReference(undefined as unknown as string))).toBe('SCOR_FORMAT');
    expect(codeOf(() => createScorReference(''))).toBe('SCOR_FORMAT');
    expect(codeOf(() => createScorReference('A'.repeat(22)))).toBe('SCOR_FORMAT');
    expect(codeOf(() => createScorReference('ÄB'))).toBe('SCOR_FORMAT');
    expect(catchRule(() => parseScorReference('RF19539007547034')).params.expected).toBe('18');
  });

  it('refuses the check digits 00, 01 and 99, which pass mod 97 but are never issued, naming the right ones', () => {
    // For a body whose check digits are 97, 98 or 02, RF00, RF01 or RF99 also give mod 97 = 1.
    const bodyWith = (digits: string) => {
      for (let n = 1; ; n++) if (createScorReference(String(n)).slice(2, 4) === digits) return String(n);
    };
    for (const [alias, canonical] of [['00', '97'], ['01', '98'], ['99', '02']] as const) {
      const body = bodyWith(canonical);
      expect(parseScorReference(`RF${canonical}${body}`)).toBe(`RF${canonical}${body}`);
      const rule = catchRule(() => parseScorReference(`RF${alias}${body}`));
      expect([rule.code, rule.params.expected]).toEqual(['SCOR_CHECK_DIGIT', canonical]);
    }
  });

  it('accepts lower case and spaces, formats in groups of 4', () => {
    expect(parseScorReference('rf49 n73g bst7 3akl 38zx')).toBe('RF49N73GBST73AKL38ZX');
    expect(formatScorReference('rf49n73gbst73akl38zx')).toBe('RF49 N73G BST7 3AKL 38ZX');
  });
});

describe('invoice number codec', () => {
  it('normalizes and checks invoice numbers', () => {
    expect(normalizeInvoiceNumber(' inv-2024/7 ')).toBe('INV-2024/7');
    expect(catchRule(() => normalizeInvoiceNumber('2024#1'))).toMatchObject({ code: 'REFERENCE_SOURCE_INVALID', params: { character: '#' } });
    expect(codeOf(() => normalizeInvoiceNumber(''))).toBe('REFERENCE_SOURCE_INVALID');
    expect(codeOf(() => normalizeInvoiceNumber('1'.repeat(33)))).toBe('REFERENCE_SOURCE_INVALID');
    expect(codeOf(() => normalizeInvoiceNumber(7 as unknown as string))).toBe('REFERENCE_SOURCE_INVALID');
  });

  it('keeps all-digit numbers readable (mode 1) and encodes others in base 41 (mode 2)', () => {
    expect(encodeInvoiceNumberAsDigits('0042')).toBe('10042');
    // "A-1": A=11, -=37, 1=2 (bijective digits = index + 1) → (11 × 41 + 37) × 41 + 2 = 20010
    expect(encodeInvoiceNumberAsDigits('A-1')).toBe('220010');
    expect(decodeInvoiceNumberFromDigits('000220010')).toBe('A-1');
    expect(decodeInvoiceNumberFromDigits('00010042')).toBe('0042');
  });

  it('rejects digit strings that are no encoding', () => {
    for (const bad of ['', '0000', '1', '2', '3123', '20']) expect(decodeInvoiceNumberFromDigits(bad)).toBeNull();
  });

  it('escapes separators for creditor references, prefix-free', () => {
    expect(escapeInvoiceNumberForScor('2024-0042')).toBe('2024ZA0042');
    expect(escapeInvoiceNumberForScor('Z.Z/_ X')).toBe('ZZZBZZZCZDZEX');
    expect(unescapeInvoiceNumberFromScor('ZZZBZZZCZDZEX')).toBe('Z.Z/_ X');
    expect(unescapeInvoiceNumberFromScor('ABZ')).toBeNull();
    expect(unescapeInvoiceNumberFromScor('ZQ')).toBeNull();
  });
});

describe('invoice references', () => {
  it('derives a QRR from an invoice number with letters, under a bank customer-id prefix', () => {
    const ref = createInvoiceQrReference({ prefix: '123456', invoiceNumber: 'F-2024-17' });
    expect(ref).toHaveLength(27);
    expect(ref.startsWith('123456')).toBe(true);
    expect(isValidQrReference(ref)).toBe(true);
    expect(readInvoiceQrReference(ref, '123456')).toBe('F-2024-17');
    expect(readInvoiceQrReference(ref, '654321')).toBeNull();
    expect(readInvoiceQrReference('bogus')).toBeNull();
    // the default numbering pattern {YYYY}-{seq:4}
    expect(readInvoiceQrReference(createInvoiceQrReference({ invoiceNumber: '2024-0042' }))).toBe('2024-0042');
    expect(createInvoiceQrReference({ invoiceNumber: '20240042' })).toBe(createQrReference('120240042'));
  });

  it('refuses numbers that do not fit rather than lose uniqueness', () => {
    const e = catchRule(() => createInvoiceQrReference({ prefix: '123456', invoiceNumber: 'INV-2024-00042' }));
    expect(e).toMatchObject({ code: 'QRR_SOURCE_TOO_LONG', field: 'invoiceNumber', params: { maxDigits: 20 } });
    expect(codeOf(() => createInvoiceQrReference({ prefix: '12a', invoiceNumber: '1' }))).toBe('REFERENCE_PREFIX_INVALID');
    expect(codeOf(() => createInvoiceQrReference({ prefix: '1'.repeat(21), invoiceNumber: '1' }))).toBe('REFERENCE_PREFIX_INVALID');
    expect(codeOf(() => createInvoiceQrReference({ prefix: 5 as unknown as string, invoiceNumber: '1' }))).toBe('REFERENCE_PREFIX_INVALID');
  });

  it('derives a SCOR from an invoice number and reads it back', () => {
    expect(createInvoiceScorReference({ invoiceNumber: '2024-0042' })).toBe(createScorReference('2024ZA0042'));
    const ref = createInvoiceScorReference({ prefix: '77', invoiceNumber: 'inv 9' });
    expect(readInvoiceScorReference(ref, '77')).toBe('INV 9');
    expect(readInvoiceScorReference(ref, '78')).toBeNull();
    expect(readInvoiceScorReference('RF18539007547034')).toBe('539007547034');
    expect(readInvoiceScorReference('RF19539007547034')).toBeNull();
    expect(readInvoiceScorReference(createScorReference('12Z'))).toBeNull();
    expect(readInvoiceScorReference(createScorReference('77'), '77')).toBeNull();
    expect(catchRule(() => createInvoiceScorReference({ invoiceNumber: 'INVOICE-2024-0000042' }))).toMatchObject({
      code: 'SCOR_SOURCE_TOO_LONG',
      params: { maxLength: 21, length: 22 },
    });
  });
});

describe('reference type from the account', () => {
  it('requires QRR on a QR-IBAN', () => {
    expect(chooseReferenceType(QR_IBAN)).toBe('QRR');
    expect(chooseReferenceType(QR_IBAN, 'QRR')).toBe('QRR');
    expect(catchRule(() => chooseReferenceType(QR_IBAN, 'SCOR'))).toMatchObject({ code: 'REFERENCE_TYPE_MISMATCH', params: { allowed: 'QRR' } });
    expect(codeOf(() => chooseReferenceType(QR_IBAN, 'NON'))).toBe('REFERENCE_TYPE_MISMATCH');
  });

  it('defaults to SCOR on an ordinary IBAN, allows NON, forbids QRR', () => {
    expect(chooseReferenceType(IBAN)).toBe('SCOR');
    expect(chooseReferenceType(IBAN, null)).toBe('SCOR');
    expect(chooseReferenceType(IBAN, 'NON')).toBe('NON');
    expect(codeOf(() => chooseReferenceType(IBAN, 'QRR'))).toBe('REFERENCE_TYPE_MISMATCH');
    expect(codeOf(() => chooseReferenceType(IBAN, 'ESR' as never))).toBe('REFERENCE_TYPE_INVALID');
    expect(codeOf(() => chooseReferenceType('CH00'))).toBe('IBAN_INVALID');
  });

  it('creates the reference the invoice is issued with', () => {
    expect(createInvoiceReference({ iban: QR_IBAN, prefix: '1', invoiceNumber: '7' })).toEqual({ referenceType: 'QRR', reference: createQrReference(`1${'0'.repeat(23)}17`) });
    expect(createInvoiceReference({ iban: IBAN, invoiceNumber: '2024-0042' })).toEqual({ referenceType: 'SCOR', reference: 'RF' + computeScorCheckDigits('2024ZA0042') + '2024ZA0042' });
    expect(createInvoiceReference({ iban: IBAN, referenceType: 'NON', invoiceNumber: '2024-0042' })).toEqual({ referenceType: 'NON', reference: null });
  });

  it('formats a reference by its type', () => {
    expect(formatReference('QRR', '210000000003139471430009017')).toBe('21 00000 00003 13947 14300 09017');
    expect(formatReference('SCOR', 'RF18539007547034')).toBe('RF18 5390 0754 7034');
    expect(formatReference('NON', 'ignored')).toBe('');
    expect(formatReference('SCOR', null)).toBe('');
  });
});
