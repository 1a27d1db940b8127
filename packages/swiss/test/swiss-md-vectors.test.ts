// Every vector in /work/shared/SWISS.md, valid and invalid, against the public API.
import { describe, expect, it } from 'vitest';
import {
  buildSwicoS1,
  findInvalidQrCharacter,
  findTvaRate,
  formatIban,
  formatQrAmount,
  formatQrReference,
  formatScorReference,
  formatUid,
  formatVatNumber,
  isValidPostalCode,
  parseIban,
  parseQrReference,
  parseScorReference,
  parseUid,
  SWISS_TVA_RATES,
} from '../src';
import { codeOf } from './catch-rule';

describe('QR reference (QRR)', () => {
  it.each(['210000000003139471430009017', '000000000000000000001234565'])('accepts %s', (ref) => {
    expect(parseQrReference(ref)).toBe(ref);
  });
  it.each([
    ['210000000003139471430009018', 'QRR_CHECK_DIGIT'],
    ['21000000000313947143000901', 'QRR_FORMAT'], // 26 digits
    ['21000000000313947143000901A', 'QRR_FORMAT'],
    ['000000000000000000000000000', 'QRR_ALL_ZERO'],
  ] as const)('rejects %s with %s', (ref, code) => {
    expect(codeOf(() => parseQrReference(ref))).toBe(code);
  });
  it('is shown in groups of 5 from the right', () => {
    expect(formatQrReference('210000000003139471430009017')).toBe('21 00000 00003 13947 14300 09017');
  });
});

describe('creditor reference (SCOR, ISO 11649)', () => {
  it.each(['RF18539007547034', 'RF49N73GBST73AKL38ZX'])('accepts %s', (ref) => {
    expect(parseScorReference(ref)).toBe(ref);
  });
  it('rejects RF19539007547034 (check digits)', () => {
    expect(codeOf(() => parseScorReference('RF19539007547034'))).toBe('SCOR_CHECK_DIGIT');
  });
  it('is shown in groups of 4', () => {
    expect(formatScorReference('RF18539007547034')).toBe('RF18 5390 0754 7034');
  });
});

describe('IBAN', () => {
  it.each([
    ['CH5800791123000889012', false],
    ['CH3709000000304442225', false],
    ['LI5608800000020940808', false],
    ['CH4431999123000889012', true],
    ['CH3030000001250090720', true],
  ])('accepts %s (QR-IBAN: %s)', (iban, qr) => {
    expect(parseIban(iban)).toMatchObject({ iban, isQrIban: qr });
  });
  it('rejects CH4431999123000889011 (checksum)', () => {
    expect(codeOf(() => parseIban('CH4431999123000889011'))).toBe('IBAN_INVALID');
  });
  it('rejects DE89370400440532013000 (not CH/LI)', () => {
    expect(codeOf(() => parseIban('DE89370400440532013000'))).toBe('IBAN_NOT_CH_LI');
  });
  it('accepts spaces and lower case, stores the electronic form, shows groups of 4', () => {
    expect(parseIban(' ch44 3199 9123 0008 8901 2 ').iban).toBe('CH4431999123000889012');
    expect(formatIban('CH4431999123000889012')).toBe('CH44 3199 9123 0008 8901 2');
  });
});

describe('UID / VAT number', () => {
  it.each(['CHE-100.155.212', 'CHE-113.690.319', 'CHE-106.017.086', 'CHE-123.456.788'])('accepts %s', (uid) => {
    expect(formatUid(parseUid(uid))).toBe(uid);
  });
  it.each(['CHE-100.155.213', 'CHE-123.456.789'])('rejects %s (check digit)', (uid) => {
    expect(codeOf(() => parseUid(uid))).toBe('UID_CHECK_DIGIT');
  });
  it('writes the TVA/MWST/IVA/TPV suffix', () => {
    expect(formatVatNumber('123456788', 'fr')).toBe('CHE-123.456.788 TVA');
    expect(formatVatNumber('123456788', 'de')).toBe('CHE-123.456.788 MWST');
    expect(formatVatNumber('123456788', 'it')).toBe('CHE-123.456.788 IVA');
    expect(formatVatNumber('123456788', 'rm')).toBe('CHE-123.456.788 TPV');
  });
});

describe('TVA rate table', () => {
  it.each([
    ['2011-01-01', 800, 250, 380],
    ['2017-12-31', 800, 250, 380],
    ['2018-01-01', 770, 250, 370],
    ['2023-12-31', 770, 250, 370],
    ['2024-01-01', 810, 260, 380],
    ['2030-06-30', 810, 260, 380],
  ])('on %s: normal %i, reduced %i, accommodation %i', (date, normal, reduced, accommodation) => {
    expect(findTvaRate(SWISS_TVA_RATES, 'normal', date).rateBp).toBe(normal);
    expect(findTvaRate(SWISS_TVA_RATES, 'reduced', date).rateBp).toBe(reduced);
    expect(findTvaRate(SWISS_TVA_RATES, 'accommodation', date).rateBp).toBe(accommodation);
  });
  it('exempt and zero-rated carry no tax', () => {
    expect(findTvaRate(SWISS_TVA_RATES, 'exempt', '2024-05-01')).toEqual({ category: 'exempt', rateBp: 0, validFrom: null });
    expect(findTvaRate(SWISS_TVA_RATES, 'zero_rated', '2024-05-01').rateBp).toBe(0);
  });
});

describe('QR amount, postal codes, character set', () => {
  it('shows amounts as 1 234.56', () => {
    expect(formatQrAmount(123456n)).toBe('1 234.56');
  });
  it('knows CH and LI postal codes', () => {
    expect(isValidPostalCode('CH', '1000')).toBe(true);
    expect(isValidPostalCode('CH', '9699')).toBe(true);
    expect(isValidPostalCode('CH', '0999')).toBe(false);
    expect(isValidPostalCode('CH', '9700')).toBe(false);
    expect(isValidPostalCode('LI', '9485')).toBe(true);
    expect(isValidPostalCode('LI', '9498')).toBe(true);
    expect(isValidPostalCode('LI', '9484')).toBe(false);
    expect(isValidPostalCode('LI', '9499')).toBe(false);
  });
  it('accepts the IG 2.3 ranges and rejects what lies outside', () => {
    expect(findInvalidQrCharacter('~ \u00a0ÿĀſȘșȚț€')).toBeNull();
    for (const c of ['\u007f', '\u009f', '\u0180', '\u0217', '\u021c', '\u20ab', '\n']) {
      expect(findInvalidQrCharacter(`a${c}`)).toMatchObject({ character: c, index: 1 });
    }
  });
});

describe('Swico S1', () => {
  it('builds the SWISS.md example', () => {
    expect(
      buildSwicoS1({
        invoiceNumber: '10201409',
        invoiceDate: '2019-05-12',
        customerReference: '1400.000-53',
        uid: 'CHE-106.017.086',
        supplyDate: '2018-05-08',
        vatRates: [{ rateBp: 770 }],
        paymentConditions: [
          { discountBp: 200, days: 10 },
          { discountBp: 0, days: 30 },
        ],
      }),
    ).toBe('//S1/10/10201409/11/190512/20/1400.000-53/30/106017086/31/180508/32/7.7/40/2:10;0:30');
  });
});
