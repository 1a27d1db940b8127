import { describe, expect, it } from 'vitest';
import { catchRule } from '../test/catch-rule';
import { computeUidCheckDigit, formatUid, formatVatNumber, isValidUid, parseUid } from './uid';

describe('UID', () => {
  it.each(['CHE-123.456.788', 'CHE123456788', 'che 123 456 788 MWST', 'CHE-123.456.788 TVA', '123456788', 'CHE-123.456.788 iva', 'CHE-123.456.788 TPV'])(
    'reads %j',
    (input) => {
      expect(parseUid(input)).toBe('123456788');
    },
  );

  it('refuses malformed numbers', () => {
    for (const bad of ['CHE-123.456.78', 'CHE-123.456.7890', 'ABC-123.456.788', '', 'CHE-123.456.788 VAT']) {
      expect(catchRule(() => parseUid(bad, 'client.uid'))).toMatchObject({ code: 'UID_FORMAT', field: 'client.uid' });
    }
    expect(catchRule(() => parseUid(123456788 as unknown as string)).code).toBe('UID_FORMAT');
  });

  it('gives the expected check digit, or none when the sum needs a 10', () => {
    expect(catchRule(() => parseUid('CHE-123.456.789')).params.expected).toBe('8');
    expect(computeUidCheckDigit('00000001')).toBe(7); // 1 × 4 = 4 → 11 − 4 = 7
    expect(computeUidCheckDigit('00000000')).toBe(0); // (11 − 0) mod 11 = 0
    // 3 × 4 = 12 ≡ 1 (mod 11) → check 10: no UID is issued with these first 8 digits
    expect(computeUidCheckDigit('00000003')).toBeNull();
    expect(catchRule(() => parseUid('CHE-000.000.030')).params.expected).toBe('none');
    expect(isValidUid('CHE-100.155.212')).toBe(true);
    expect(isValidUid('CHE-100.155.213')).toBe(false);
  });

  it('formats the UID and the VAT number', () => {
    expect(formatUid('100155212')).toBe('CHE-100.155.212');
    expect(formatVatNumber('CHE-100.155.212 MWST', 'en')).toBe('CHE-100.155.212 MWST');
    expect(formatVatNumber('100155212', 'fr')).toBe('CHE-100.155.212 TVA');
  });
});
