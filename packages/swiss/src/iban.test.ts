import { describe, expect, it } from 'vitest';
import { catchRule } from '../test/catch-rule';
import { formatIban, isQrIban, isValidSwissIban, normalizeIban, parseIban } from './iban';

describe('IBAN', () => {
  it('parses tolerant input into the electronic form with its IID', () => {
    expect(parseIban('li56 0880 0000 0209 4080 8')).toEqual({ iban: 'LI5608800000020940808', country: 'LI', iid: '08800', isQrIban: false });
    expect(parseIban('CH30\t3000 0001 2500 9072 0')).toMatchObject({ iid: '30000', isQrIban: true });
    expect(normalizeIban(' ch58 0079 ')).toBe('CH580079');
  });

  it('detects QR-IBANs by the 30000–31999 IID range', () => {
    expect(isQrIban('CH4431999123000889012')).toBe(true);
    expect(isQrIban('CH3030000001250090720')).toBe(true);
    expect(isQrIban('CH5800791123000889012')).toBe(false);
    expect(isQrIban('CH0032000000000000000')).toBe(false); // IID 32000: just above the range
    expect(isQrIban('CH00299990000000000000')).toBe(false); // IID 29999
    expect(isQrIban('CH00AB')).toBe(false);
  });

  it('says why an IBAN is invalid', () => {
    expect(catchRule(() => parseIban('CH4431999123000889011', 'bankAccount.iban'))).toMatchObject({
      code: 'IBAN_INVALID',
      field: 'bankAccount.iban',
      params: { reason: 'checksum' },
    });
    expect(catchRule(() => parseIban('CH44319991230008890')).params.reason).toBe('length');
    expect(catchRule(() => parseIban('XX4431999123000889012')).params.reason).toBe('country');
    expect(catchRule(() => parseIban('')).code).toBe('IBAN_INVALID');
    expect(catchRule(() => parseIban(42 as unknown as string)).code).toBe('IBAN_INVALID');
    expect(catchRule(() => parseIban('CH44 3199 9123 000A 8901 2')).params.reason).toMatch(/format|checksum/);
  });

  it('refuses valid IBANs of other countries', () => {
    expect(catchRule(() => parseIban('FR1420041010050500013M02606'))).toMatchObject({ code: 'IBAN_NOT_CH_LI', params: { country: 'FR' } });
    expect(isValidSwissIban('DE89370400440532013000')).toBe(false);
    expect(isValidSwissIban('CH5800791123000889012')).toBe(true);
  });

  it('formats in groups of 4', () => {
    expect(formatIban('ch5800791123000889012')).toBe('CH58 0079 1123 0008 8901 2');
  });
});
