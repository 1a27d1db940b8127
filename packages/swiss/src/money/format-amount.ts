import type { Currency, Language } from '../types';

/** The four Swiss locales the app writes documents in: an app choice among the CLDR Swiss locales. */
export type SwissLocale = 'de-CH' | 'fr-CH' | 'it-CH' | 'en-CH';

/** Maps a document language to its Swiss locale (`fr` → `fr-CH`, …), a CLDR / BCP 47 locale id. */
export function toSwissLocale(language: Language): SwissLocale {
  return `${language}-CH` as SwissLocale;
}

/**
 * Separators per locale. They follow CLDR's Swiss conventions (apostrophe grouping in de/it/en-CH,
 * space grouping and a decimal point for money in fr-CH) but are fixed here rather than read
 * from `Intl`: an issued invoice must re-render byte for byte (CO art. 958f), and ICU updates
 * have changed these characters before (’ vs '). Two substitutions are deliberate: ASCII `'`
 * instead of U+2019 and U+00A0 instead of CLDR's U+202F, because both replacements are in the
 * QR-bill character set (IG QR-bill 2.3, §4.1.1) and in the WinAnsi encoding of PDF base fonts,
 * so a formatted amount can go into a QR-bill message or a PDF without a font change.
 */
const GROUP_SEPARATOR: Record<SwissLocale, string> = {
  'de-CH': "'",
  'fr-CH': '\u00a0',
  'it-CH': "'",
  'en-CH': "'",
};

function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = digits.slice(start, end) + (out === '' ? '' : separator + out);
  }
  return out;
}

function splitMinor(minor: bigint): { sign: string; units: string; cents: string } {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  return { sign: negative ? '-' : '', units: (abs / 100n).toString(), cents: (abs % 100n).toString().padStart(2, '0') };
}

/**
 * Formats minor units as a plain decimal, no grouping: `123456` → `1234.56`, `-5` → `-0.05`.
 * This is the QR payload form of the amount (IG QR-bill 2.3, §4.2.2 "Amt": digits, `.` and two
 * decimals, no leading zeros) and the exchange form for JSON.
 */
export function formatPlainAmount(minor: bigint): string {
  const { sign, units, cents } = splitMinor(minor);
  return `${sign}${units}.${cents}`;
}

/**
 * Formats minor units for people in a Swiss locale, always with 2 decimals:
 * de-CH / it-CH / en-CH `1'234.50`, fr-CH `1 234.50` (no-break space). Separators: CLDR Swiss
 * locales, with the substitutions above that keep them in the IG QR-bill 2.3, §4.1.1 character set.
 */
export function formatAmount(minor: bigint, locale: SwissLocale = 'de-CH'): string {
  const { sign, units, cents } = splitMinor(minor);
  return `${sign}${groupDigits(units, GROUP_SEPARATOR[locale])}.${cents}`;
}

/**
 * Formats an amount with its currency code in the order of the locale's CLDR currency pattern:
 * `CHF 1'234.50` (de/it/en-CH), `1 234.50 CHF` (fr-CH); negative `CHF -1'234.50`.
 */
export function formatMoney(minor: bigint, currency: Currency, locale: SwissLocale = 'de-CH'): string {
  const amount = formatAmount(minor, locale);
  return locale === 'fr-CH' ? `${amount}\u00a0${currency}` : `${currency}\u00a0${amount}`;
}

/**
 * Formats an amount the way the QR-bill's payment part and receipt show it: space-grouped
 * thousands, `.` decimals, e.g. `1 234.56` (IG QR-bill 2.3, §3.5, "Amount"). Negative amounts
 * never appear on a QR-bill; the QR-bill builder rejects them before this is called.
 */
export function formatQrAmount(minor: bigint): string {
  const { sign, units, cents } = splitMinor(minor);
  return `${sign}${groupDigits(units, ' ')}.${cents}`;
}
