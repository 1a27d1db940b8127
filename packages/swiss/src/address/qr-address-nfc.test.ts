// Address fields are composed to Unicode NFC before the IG QR-bill 2.3 character-set check
// (§4.1.1): a decomposed "Zu\u0308rich" (macOS input, text pasted from PDFs) is the in-set "Zürich".
import { describe, expect, it } from 'vitest';
import { catchRule } from '../../test/catch-rule';
import { validateQrAddress } from './qr-address';

describe('QR-bill address: NFC before the character-set check', () => {
  it('accepts decomposed name, street and town and returns them precomposed', () => {
    const checked = validateQrAddress(
      {
        name: 'Mu\u0308ller & Fils Sa\u0300rl',
        street: 'Chemin des A\u0302nes',
        buildingNumber: '3',
        postalCode: '8001',
        town: 'Zu\u0308rich',
        country: 'CH',
      },
      'creditor',
    );
    expect(checked).toEqual({
      name: 'M\u00fcller & Fils S\u00e0rl',
      street: 'Chemin des \u00c2nes',
      buildingNumber: '3',
      postalCode: '8001',
      town: 'Z\u00fcrich',
      country: 'CH',
    });
    expect(checked.town).toBe('Zürich');
    expect(checked.town.normalize('NFC')).toBe(checked.town);
  });

  it('measures the length after composition', () => {
    // 35 composed characters, 70 code units decomposed: within the town's limit of 35.
    const town = 'u\u0308'.repeat(35);
    expect(validateQrAddress({ name: 'A', postalCode: '8001', town, country: 'CH' }, 'debtor').town).toBe('\u00fc'.repeat(35));
  });

  it('still refuses a character that stays outside the set after NFC, naming the field and the character', () => {
    // N + combining grave composes to Ǹ (U+01F8), outside Latin Extended-A.
    const composed = catchRule(() => validateQrAddress({ name: 'N\u0300oe', postalCode: '8001', town: 'Bern', country: 'CH' }, 'debtor'));
    expect(composed).toMatchObject({
      code: 'CHARSET_INVALID',
      field: 'debtor.name',
      params: { character: '\u01f8', codePoint: 'U+01F8', index: 0 },
    });
    // q + combining diaeresis has no precomposed form: the mark itself is reported.
    const mark = catchRule(() => validateQrAddress({ name: 'A', street: 'Iraq\u0308 Road', postalCode: '8001', town: 'Bern', country: 'CH' }, 'creditor'));
    expect(mark).toMatchObject({
      code: 'CHARSET_INVALID',
      field: 'creditor.street',
      params: { character: '\u0308', codePoint: 'U+0308', index: 4 },
    });
    // Cyrillic is unchanged by NFC.
    const cyrillic = catchRule(() => validateQrAddress({ name: 'A', postalCode: '8001', town: 'Москва', country: 'CH' }, 'creditor'));
    expect(cyrillic).toMatchObject({ code: 'CHARSET_INVALID', field: 'creditor.town', params: { character: 'М', codePoint: 'U+041C' } });
  });
});
