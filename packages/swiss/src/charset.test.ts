import { describe, expect, it } from 'vitest';
import { catchRule } from '../test/catch-rule';
import { assertQrCharset, findInvalidQrCharacter, isQrCharacter, transliterateToQrCharset } from './charset';

describe('QR-bill character set (IG 2.3)', () => {
  it('has the exact boundaries', () => {
    const inside = [0x20, 0x7e, 0xa0, 0xff, 0x100, 0x17f, 0x218, 0x219, 0x21a, 0x21b, 0x20ac];
    const outside = [0x00, 0x0a, 0x1f, 0x7f, 0x9f, 0x180, 0x217, 0x21c, 0x20ab, 0x20ad, 0x1f600];
    for (const cp of inside) expect(isQrCharacter(cp)).toBe(true);
    for (const cp of outside) expect(isQrCharacter(cp)).toBe(false);
  });

  it('names the field and the character', () => {
    const e = catchRule(() => assertQrCharset('Müller “Söhne”', 'debtor.name'));
    expect(e).toMatchObject({ code: 'CHARSET_INVALID', field: 'debtor.name', params: { character: '“', codePoint: 'U+201C', index: 7 } });
    expect(e.message).toContain('debtor.name');
    expect(() => assertQrCharset('Zürich Ș€', 'town')).not.toThrow();
  });

  it('counts the index in code points', () => {
    expect(findInvalidQrCharacter('😀😀x—')).toMatchObject({ character: '😀', codePoint: 'U+1F600', index: 0 });
    expect(findInvalidQrCharacter('ab—')).toMatchObject({ index: 2 });
  });

  it('transliterates the common out-of-set characters', () => {
    expect(transliterateToQrCharset('“Café” – l’été…')).toBe('"Café" - l\'été...');
    expect(transliterateToQrCharset('Cafe\u0301')).toBe('Café'); // decomposed accent composed, not stripped
    expect(transliterateToQrCharset('Nguyễn Thị Ǎ ơ ư')).toBe('Nguyen Thi A o u');
    expect(transliterateToQrCharset('ﬁne ﬂow ẞ')).toBe('fine flow SS');
    expect(transliterateToQrCharset('a\tb\nc\r\u2028d')).toBe('a b c  d');
    expect(transliterateToQrCharset('x\u200by\ufeff\u202fz\u2009w')).toBe('xy z w');
    expect(transliterateToQrCharset('• ‹a› −1 ″')).toBe('- <a> -1 "');
    expect(transliterateToQrCharset('™')).toBe('TM');
  });

  it('leaves characters without an equivalent for the check to report', () => {
    const out = transliterateToQrCharset('Москва 東京 😀');
    expect(out).toBe('Москва 東京 😀');
    expect(findInvalidQrCharacter(out)?.character).toBe('М');
    expect(transliterateToQrCharset('\u0301')).toBe('\u0301'); // a lone combining mark has no base letter
  });
});
