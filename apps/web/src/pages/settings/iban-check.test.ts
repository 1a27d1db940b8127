import { describe, expect, it } from 'vitest';
import { checkIban } from './iban-check';

describe('checkIban', () => {
  it('stays quiet while a Swiss IBAN is being typed', () => {
    expect(checkIban('')).toEqual({ state: 'empty' });
    expect(checkIban('c')).toEqual({ state: 'incomplete', missing: 20 });
    expect(checkIban('CH93 0076 2011')).toEqual({ state: 'incomplete', missing: 9 });
  });

  it('accepts an IBAN and a QR-IBAN as typed or pasted, and tells them apart', () => {
    expect(checkIban('ch93 0076 2011 6238 5295 7')).toEqual({ state: 'valid', iban: 'CH9300762011623852957', formatted: 'CH93 0076 2011 6238 5295 7', isQrIban: false });
    expect(checkIban('CH44 3199 9123 0008 8901 2')).toMatchObject({ state: 'valid', isQrIban: true });
  });

  it('names a wrong checksum and a foreign IBAN', () => {
    expect(checkIban('CH93 0076 2011 6238 5295 8')).toEqual({ state: 'invalid', code: 'IBAN_INVALID' });
    expect(checkIban('DE89 3704 0044 0532 0130 00')).toEqual({ state: 'invalid', code: 'IBAN_NOT_CH_LI' });
    expect(checkIban('DE')).toEqual({ state: 'invalid', code: 'IBAN_NOT_CH_LI' });
    expect(checkIban('CH93 0076 2011 6238 5295 77')).toEqual({ state: 'invalid', code: 'IBAN_INVALID' });
  });
});
