import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { SwissQRCode } from 'swissqrbill/svg';
import type { Data } from 'swissqrbill/types';
import { describe, expect, it } from 'vitest';
import { createInvoiceQrReference } from '../reference/invoice-reference';
import { catchRule, codeOf } from '../../test/catch-rule';
import { buildQrBillData, QR_AMOUNT_MAX, toQrBillLanguage } from './build-qr-bill-data';
import type { QrBillInput } from './qr-bill-input';
import { assertQrPayloadLength, serializeQrPayload } from './serialize-qr-payload';

// swissqrbill's own payload writer is internal (not in its exports map); load it by file path to
// prove it writes exactly the payload we checked.
const require = createRequire(import.meta.url);
const qrCodeModule = join(dirname(require.resolve('swissqrbill/svg')), '../shared/qr-code.cjs');
const { generateQRData } = require(qrCodeModule) as { generateQRData: (data: Data) => string };

const creditor = { name: 'Robert Schneider AG', street: 'Rue du Lac', buildingNumber: '1268', postalCode: '2501', town: 'Biel', country: 'CH' };
const debtor = { name: 'Pia-Maria Rutschmann-Schnyder', street: 'Grosse Marktgasse', buildingNumber: '28', postalCode: '9400', town: 'Rorschach', country: 'CH' };

const qrInput = (over: Partial<QrBillInput> = {}): QrBillInput => ({
  account: 'CH44 3199 9123 0008 8901 2',
  creditor,
  debtor,
  currency: 'CHF',
  amount: 194_935n,
  referenceType: 'QRR',
  reference: '21 00000 00003 13947 14300 09017',
  message: 'Auftrag vom 15.06.2020',
  billInformation: '//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:2.5/40/0:30',
  ...over,
});

describe('buildQrBillData', () => {
  it('produces the swissqrbill Data object in electronic form', () => {
    const data = buildQrBillData(qrInput());
    expect(data).toEqual({
      currency: 'CHF',
      creditor: { name: 'Robert Schneider AG', address: 'Rue du Lac', buildingNumber: '1268', zip: '2501', city: 'Biel', country: 'CH', account: 'CH4431999123000889012' },
      debtor: { name: 'Pia-Maria Rutschmann-Schnyder', address: 'Grosse Marktgasse', buildingNumber: '28', zip: '9400', city: 'Rorschach', country: 'CH' },
      amount: 1949.35,
      reference: '210000000003139471430009017',
      message: 'Auftrag vom 15.06.2020',
      additionalInformation: '//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:2.5/40/0:30',
    });
  });

  it('writes the IG 2.3 payload, identical to what swissqrbill encodes', () => {
    const data = buildQrBillData(qrInput());
    const payload = serializeQrPayload(data);
    expect(payload.split('\n')).toEqual([
      'SPC', '0200', '1', 'CH4431999123000889012',
      'S', 'Robert Schneider AG', 'Rue du Lac', '1268', '2501', 'Biel', 'CH',
      '', '', '', '', '', '', '',
      '1949.35', 'CHF',
      'S', 'Pia-Maria Rutschmann-Schnyder', 'Grosse Marktgasse', '28', '9400', 'Rorschach', 'CH',
      'QRR', '210000000003139471430009017',
      'Auftrag vom 15.06.2020',
      'EPD',
      '//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:2.5/40/0:30',
    ]);
    expect(generateQRData(data)).toBe(payload);
    expect(new SwissQRCode(data).toString()).toContain('<svg');
  });

  it('handles an open amount, no debtor, SCOR and NON, EUR, alternative schemes', () => {
    const scor = buildQrBillData(
      qrInput({ account: 'CH5800791123000889012', referenceType: 'SCOR', reference: 'rf18 5390 0754 7034', amount: null, debtor: null, currency: 'EUR', message: '', billInformation: null }),
    );
    expect(scor).toEqual({ currency: 'EUR', creditor: { ...buildQrBillData(qrInput()).creditor, account: 'CH5800791123000889012' }, reference: 'RF18539007547034' });
    expect(serializeQrPayload(scor).split('\n').slice(18, 31)).toEqual(['', 'EUR', '', '', '', '', '', '', '', 'SCOR', 'RF18539007547034', '', 'EPD']);
    expect(generateQRData(scor)).toBe(serializeQrPayload(scor));

    const non = buildQrBillData(
      qrInput({ account: 'CH5800791123000889012', referenceType: 'NON', reference: null, creditor: { ...creditor, street: null, buildingNumber: null }, alternativeSchemes: ['eBill/B/john.doe@example.com', ''] }),
    );
    expect(non.reference).toBeUndefined();
    expect(non.creditor).toEqual({ name: 'Robert Schneider AG', address: '', zip: '2501', city: 'Biel', country: 'CH', account: 'CH5800791123000889012' });
    expect(non.av1).toBe('eBill/B/john.doe@example.com');
    const lines = generateQRData(non).split('\n');
    expect(lines.slice(27, 29)).toEqual(['NON', '']);
    expect(lines.at(-1)).toBe('eBill/B/john.doe@example.com');
    expect(generateQRData(non)).toBe(serializeQrPayload(non));

    const two = buildQrBillData(qrInput({ alternativeSchemes: ['A1', 'A2'] }));
    expect([two.av1, two.av2]).toEqual(['A1', 'A2']);
    expect(generateQRData(two)).toBe(serializeQrPayload(two));
  });

  it('checks the amount range and sign that swissqrbill does not', () => {
    expect(buildQrBillData(qrInput({ amount: 1n })).amount).toBe(0.01);
    expect(buildQrBillData(qrInput({ amount: QR_AMOUNT_MAX })).amount).toBe(999999999.99);
    expect(generateQRData(buildQrBillData(qrInput({ amount: QR_AMOUNT_MAX }))).split('\n')[18]).toBe('999999999.99');
    for (const amount of [0n, -5n, QR_AMOUNT_MAX + 1n]) {
      expect(catchRule(() => buildQrBillData(qrInput({ amount })))).toMatchObject({ code: 'AMOUNT_OUT_OF_RANGE', field: 'amount' });
    }
    expect(buildQrBillData(qrInput({ amount: 0n, zeroAmountNotice: true, message: 'DO NOT USE FOR PAYMENT' })).amount).toBe(0);
    expect(codeOf(() => buildQrBillData(qrInput({ amount: 12.5 as unknown as bigint })))).toBe('AMOUNT_INVALID');
  });

  it('checks references against the account, including what swissqrbill misses', () => {
    const qrr = { account: 'CH4431999123000889012' };
    const iban = { account: 'CH5800791123000889012' };
    expect(codeOf(() => buildQrBillData(qrInput({ ...qrr, reference: '000000000000000000000000000' })))).toBe('QRR_ALL_ZERO');
    expect(codeOf(() => buildQrBillData(qrInput({ ...qrr, reference: '210000000003139471430009018' })))).toBe('QRR_CHECK_DIGIT');
    expect(codeOf(() => buildQrBillData(qrInput({ ...iban, referenceType: 'SCOR', reference: 'RF19539007547034' })))).toBe('SCOR_CHECK_DIGIT');
    expect(codeOf(() => buildQrBillData(qrInput({ ...qrr, referenceType: 'SCOR', reference: 'RF18539007547034' })))).toBe('REFERENCE_TYPE_MISMATCH');
    expect(codeOf(() => buildQrBillData(qrInput({ ...iban, referenceType: 'QRR' })))).toBe('REFERENCE_TYPE_MISMATCH');
    expect(codeOf(() => buildQrBillData(qrInput({ ...qrr, reference: '' })))).toBe('REFERENCE_MISSING');
    expect(codeOf(() => buildQrBillData(qrInput({ ...iban, referenceType: 'SCOR', reference: undefined })))).toBe('REFERENCE_MISSING');
    expect(codeOf(() => buildQrBillData(qrInput({ ...iban, referenceType: 'NON', reference: 'RF18539007547034' })))).toBe('REFERENCE_UNEXPECTED');
    expect(codeOf(() => buildQrBillData(qrInput({ referenceType: 'ESR' as never })))).toBe('REFERENCE_TYPE_INVALID');
  });

  it('checks the account and the currency', () => {
    expect(catchRule(() => buildQrBillData(qrInput({ account: 'CH4431999123000889011' })))).toMatchObject({ code: 'IBAN_INVALID', field: 'account' });
    expect(codeOf(() => buildQrBillData(qrInput({ account: 'DE89370400440532013000' })))).toBe('IBAN_NOT_CH_LI');
    expect(codeOf(() => buildQrBillData(qrInput({ currency: 'USD' as never })))).toBe('CURRENCY_INVALID');
  });

  it('checks the character set of every text field and names it', () => {
    expect(catchRule(() => buildQrBillData(qrInput({ creditor: { ...creditor, name: 'Łukasz “Shop”' } })))).toMatchObject({
      code: 'CHARSET_INVALID',
      field: 'creditor.name',
      params: { character: '“' },
    });
    expect(catchRule(() => buildQrBillData(qrInput({ debtor: { ...debtor, town: 'Zürich\u200b' } }))).field).toBe('debtor.town');
    expect(catchRule(() => buildQrBillData(qrInput({ message: 'Rechnung – Mai' }))).field).toBe('message');
    expect(catchRule(() => buildQrBillData(qrInput({ billInformation: '//S1/10/№1' }))).field).toBe('billInformation');
    expect(catchRule(() => buildQrBillData(qrInput({ alternativeSchemes: ['x', 'é—'] }))).field).toBe('alternativeSchemes[1]');
    // a decomposed accent is composed (NFC) and accepted
    expect(buildQrBillData(qrInput({ message: 'Cafe\u0301' })).message).toBe('Café');
    // the IG 2.3 extras pass
    expect(buildQrBillData(qrInput({ message: 'Ștefan Țara €' })).message).toBe('Ștefan Țara €');
  });

  it('checks message, bill information and alternative schemes', () => {
    const billInformation = '//S1/10/1';
    expect(buildQrBillData(qrInput({ billInformation, message: 'x'.repeat(140 - billInformation.length) })).message).toHaveLength(131);
    expect(catchRule(() => buildQrBillData(qrInput({ billInformation, message: 'x'.repeat(141 - billInformation.length) })))).toMatchObject({
      code: 'MESSAGE_TOO_LONG',
      params: { max: 140, length: 141 },
    });
    expect(codeOf(() => buildQrBillData(qrInput({ billInformation: null, message: 'x'.repeat(141) })))).toBe('FIELD_TOO_LONG');
    expect(codeOf(() => buildQrBillData(qrInput({ billInformation: 'S1/10/1' })))).toBe('BILL_INFORMATION_INVALID');
    expect(codeOf(() => buildQrBillData(qrInput({ billInformation: '///' })))).toBe('BILL_INFORMATION_INVALID');
    expect(codeOf(() => buildQrBillData(qrInput({ alternativeSchemes: ['a', 'b', 'c'] })))).toBe('ALTERNATIVE_SCHEME_INVALID');
    expect(codeOf(() => buildQrBillData(qrInput({ alternativeSchemes: ['a'.repeat(101)] })))).toBe('FIELD_TOO_LONG');
    expect(catchRule(() => buildQrBillData(qrInput({ alternativeSchemes: ['a'], billInformation: '' })))).toMatchObject({
      code: 'ALTERNATIVE_SCHEME_INVALID',
      field: 'billInformation',
    });
  });

  it('checks the addresses', () => {
    expect(catchRule(() => buildQrBillData(qrInput({ creditor: { ...creditor, postalCode: '250' } })))).toMatchObject({ code: 'POSTAL_CODE_INVALID', field: 'creditor.postalCode' });
    expect(catchRule(() => buildQrBillData(qrInput({ debtor: { ...debtor, country: 'XX' } })))).toMatchObject({ code: 'COUNTRY_INVALID', field: 'debtor.country' });
  });

  it('limits the payload to 997 characters', () => {
    expect(() => assertQrPayloadLength('x'.repeat(997))).not.toThrow();
    expect(catchRule(() => assertQrPayloadLength('€'.repeat(998)))).toMatchObject({ code: 'PAYLOAD_TOO_LONG', params: { max: 997, length: 998 } });
    // every element at its maximum still fits
    const long = (n: number) => 'W'.repeat(n);
    const full = { name: long(70), street: long(70), buildingNumber: long(16), postalCode: long(16), town: long(35), country: 'DE' };
    const data = buildQrBillData(qrInput({ creditor: full, debtor: full, billInformation: `//${long(70)}`, message: long(68), alternativeSchemes: [long(100), long(100)] }));
    expect(serializeQrPayload(data).length).toBeLessThanOrEqual(997);
    expect(generateQRData(data)).toBe(serializeQrPayload(data));
  });

  it('builds data swissqrbill accepts and encodes unchanged for random valid invoices', () => {
    const text = (max: number) => fc.string({ unit: fc.constantFrom(...'abcXYZ 0123-éàüÖßŁșț€.,'), minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');
    const addressArb = fc.record({
      name: text(70),
      street: fc.option(text(70)),
      buildingNumber: fc.option(text(16)),
      postalCode: fc.integer({ min: 1000, max: 9699 }).map(String),
      town: text(35),
      country: fc.constant('CH'),
    });
    fc.assert(
      fc.property(
        addressArb,
        fc.option(addressArb),
        fc.option(fc.bigInt({ min: 1n, max: QR_AMOUNT_MAX })),
        fc.constantFrom('2024-0042', 'A-17', '99'),
        fc.option(text(60)),
        (cred, deb, amount, number, message) => {
          const data = buildQrBillData({
            account: 'CH3030000001250090720',
            creditor: cred,
            debtor: deb,
            currency: 'CHF',
            amount,
            referenceType: 'QRR',
            reference: createInvoiceQrReference({ prefix: '123456', invoiceNumber: number }),
            message,
          });
          expect(generateQRData(data)).toBe(serializeQrPayload(data));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('maps languages for swissqrbill', () => {
    expect(toQrBillLanguage('fr')).toBe('FR');
    expect(toQrBillLanguage('it')).toBe('IT');
  });
});
