import { SwissRuleError } from './errors';

/**
 * Whether a Unicode code point is in the QR-bill character set (IG QR-bill 2.3, §4.1.1): Basic
 * Latin U+0020–007E, Latin-1 Supplement U+00A0–00FF, Latin Extended-A U+0100–017F, Ș ș Ț ț
 * (U+0218–021B) and € (U+20AC). Control characters (line breaks included) are outside the set.
 */
export function isQrCharacter(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0x17f) ||
    (codePoint >= 0x218 && codePoint <= 0x21b) ||
    codePoint === 0x20ac
  );
}

/** The first character of a text outside the QR-bill character set (IG QR-bill 2.3, §4.1.1). */
export interface InvalidCharacter {
  readonly character: string;
  /** `U+XXXX` notation, for messages. */
  readonly codePoint: string;
  /** Position in code points (what a user counts), 0-based. */
  readonly index: number;
}

/** Finds the first character outside the QR-bill character set (IG QR-bill 2.3, §4.1.1), or `null`. */
export function findInvalidQrCharacter(value: string): InvalidCharacter | null {
  let index = 0;
  for (const character of value) {
    const cp = character.codePointAt(0) as number;
    if (!isQrCharacter(cp)) {
      return { character, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, index };
    }
    index++;
  }
  return null;
}

/**
 * Checks that a text uses only the QR-bill character set (IG QR-bill 2.3, §4.1.1) and throws
 * `CHARSET_INVALID` naming the field and the offending character (params: `character`,
 * `codePoint`, `index`) so the user can correct it — or call {@link transliterateToQrCharset}.
 */
export function assertQrCharset(value: string, field: string): void {
  const invalid = findInvalidQrCharacter(value);
  if (invalid) throw new SwissRuleError('CHARSET_INVALID', field, { ...invalid });
}

// Out-of-set characters people commonly type or paste, with their in-set equivalent.
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '-', '\u2039': '<', '\u203a': '>',
  '\u1e9e': 'SS',
  '\t': ' ', '\n': ' ', '\r': ' ', '\u2028': ' ', '\u2029': ' ',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u2060': '', '\ufeff': '',
};

function isSpaceVariant(cp: number): boolean {
  return (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000;
}

/**
 * Rewrites a text into the QR-bill character set where a faithful equivalent exists (IG QR-bill 2.3,
 * §4.1.1 says such characters must be replaced before they reach the payload): composes decomposed
 * accents (NFC), turns typographic quotes, dashes, ellipsis, exotic spaces and line breaks into
 * their ASCII forms, and strips diacritics from Latin letters outside the set (ǎ → a, ơ → o,
 * ﬁ → fi). Characters without an equivalent (e.g. Cyrillic, CJK) are left unchanged so that
 * {@link assertQrCharset} still reports them: nothing is silently dropped.
 */
export function transliterateToQrCharset(value: string): string {
  let out = '';
  for (const character of value.normalize('NFC')) {
    const cp = character.codePointAt(0) as number;
    if (isQrCharacter(cp)) {
      out += character;
      continue;
    }
    const replacement = REPLACEMENTS[character];
    if (replacement !== undefined) out += replacement;
    else if (isSpaceVariant(cp)) out += ' ';
    else out += stripToLatin(character);
  }
  return out;
}

function stripToLatin(character: string): string {
  const decomposed = character.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (decomposed === '') return character;
  for (const c of decomposed) {
    if (!isQrCharacter(c.codePointAt(0) as number)) return character;
  }
  return decomposed;
}
