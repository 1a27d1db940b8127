import { describe, expect, it } from 'vitest';
import { catchRule } from '../../test/catch-rule';
import { isIsoCountryCode, ISO_COUNTRY_CODES } from './countries';
import type { QrAddress } from './qr-address';
import { validateQrAddress } from './qr-address';

const address: QrAddress = { name: 'Muster AG', street: 'Bahnhofstrasse', buildingNumber: '1a', postalCode: '8001', town: 'Zürich', country: 'CH' };

describe('QR-bill address', () => {
  it('trims, fills empty optionals with "" and upper-cases the country', () => {
    expect(validateQrAddress({ name: ' Anna Rossi ', postalCode: '9490', town: 'Vaduz', country: 'li' })).toEqual({
      name: 'Anna Rossi',
      street: '',
      buildingNumber: '',
      postalCode: '9490',
      town: 'Vaduz',
      country: 'LI',
    });
    expect(validateQrAddress({ ...address, postalCode: '75008', country: 'FR', street: null, buildingNumber: undefined }).street).toBe('');
  });

  it.each([
    [{ name: '  ' }, 'FIELD_REQUIRED', 'creditor.name'],
    [{ postalCode: '' }, 'FIELD_REQUIRED', 'creditor.postalCode'],
    [{ town: '' }, 'FIELD_REQUIRED', 'creditor.town'],
    [{ country: '' }, 'FIELD_REQUIRED', 'creditor.country'],
    [{ name: 'x'.repeat(71) }, 'FIELD_TOO_LONG', 'creditor.name'],
    [{ street: 'x'.repeat(71) }, 'FIELD_TOO_LONG', 'creditor.street'],
    [{ buildingNumber: '1'.repeat(17) }, 'FIELD_TOO_LONG', 'creditor.buildingNumber'],
    [{ town: 'x'.repeat(36) }, 'FIELD_TOO_LONG', 'creditor.town'],
    [{ country: 'FR', postalCode: '1'.repeat(17) }, 'FIELD_TOO_LONG', 'creditor.postalCode'],
    [{ town: 'Zürich\n' + 'x' }, 'CHARSET_INVALID', 'creditor.town'],
    [{ street: 'Straße “Nord”' }, 'CHARSET_INVALID', 'creditor.street'],
    [{ country: 'XK' }, 'COUNTRY_INVALID', 'creditor.country'],
    [{ country: 'CHE' }, 'COUNTRY_INVALID', 'creditor.country'],
    [{ postalCode: '800' }, 'POSTAL_CODE_INVALID', 'creditor.postalCode'],
    [{ postalCode: 'CH-8001' }, 'POSTAL_CODE_INVALID', 'creditor.postalCode'],
    [{ postalCode: '9700' }, 'POSTAL_CODE_INVALID', 'creditor.postalCode'],
    [{ country: 'LI', postalCode: '8001' }, 'POSTAL_CODE_INVALID', 'creditor.postalCode'],
  ])('%j → %s on %s', (change, code, field) => {
    expect(catchRule(() => validateQrAddress({ ...address, ...change }, 'creditor'))).toMatchObject({ code, field });
  });

  it('reports the length limit', () => {
    expect(catchRule(() => validateQrAddress({ ...address, town: 'x'.repeat(36) })).params).toEqual({ max: 35, length: 36 });
  });

  it('knows the ISO 3166-1 alpha-2 codes', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
    expect(isIsoCountryCode('CH')).toBe(true);
    expect(isIsoCountryCode('ch')).toBe(false);
    expect(isIsoCountryCode('UK')).toBe(false);
  });
});
