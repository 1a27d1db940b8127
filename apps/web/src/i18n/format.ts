/**
 * Locale formatting for amounts and dates (fr-CH, de-CH, it-CH, en-CH).
 *
 * Amounts come from the API as integer minor units (Rappen, cents) in a string or a number. They
 * are never divided as floats: the integer is split with BigInt into units and minor digits, Intl
 * formats the units (grouping, sign, currency placement per locale) and the minor digits are put
 * back verbatim — exact for any size, e.g. 900719925474099312 Rappen.
 */

/** An integer count of minor units: `"123456"`, `123456` or `123456n`. */
export type MinorUnits = string | number | bigint;

const INTEGER = /^-?\d+$/;

/** Parses minor units; throws a RangeError for anything that is not an exact integer. */
export function toMinorUnits(value: MinorUnits): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    // Past 2^53 a number has already lost Rappen on its way through JSON.parse.
    if (!Number.isSafeInteger(value)) throw new RangeError(`Amount is not an exact integer of minor units: ${value}`);
    return BigInt(value);
  }
  const trimmed = value.trim();
  if (!INTEGER.test(trimmed)) throw new RangeError(`Amount is not an integer of minor units: "${value}"`);
  return BigInt(trimmed);
}

// Intl constructors are slow next to format(); long lists format thousands of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** ISO 4217 minor-unit digits of a currency as Intl knows them (2 for CHF and EUR). */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

const currencyGaps = new WeakMap<Intl.NumberFormat, string>();

/** What a format puts between a leading currency and a positive number (de-CH: a no-break space). */
function currencyGap(format: Intl.NumberFormat): string {
  let gap = currencyGaps.get(format);
  if (gap === undefined) {
    const parts = format.formatToParts(1);
    const next = parts[parts.findIndex((part) => part.type === 'currency') + 1];
    gap = parts[0]?.type === 'currency' && next?.type === 'literal' ? next.value : '';
    currencyGaps.set(format, gap);
  }
  return gap;
}

function formatExact(format: Intl.NumberFormat, minor: bigint, digits: number, withCurrency = true): string {
  const negative = minor < 0n;
  const magnitude = negative ? -minor : minor;
  const scale = 10n ** BigInt(digits);
  const units = magnitude / scale;
  const fraction = (magnitude % scale).toString().padStart(digits, '0');
  // BigInt has no -0: for -0.50 format -1 to get the locale's sign placement, then put the 0 back.
  const signedZero = negative && units === 0n;
  const parts = format.formatToParts(negative ? -(signedZero ? 1n : units) : units);
  return parts
    .filter((part) => withCurrency || (part.type !== 'currency' && !(part.type === 'literal' && part.value.trim() === '')))
    .map((part, i, shown) => {
      if (part.type === 'fraction') return fraction;
      if (part.type === 'integer' && signedZero) return '0';
      // ICU writes "CHF 29.18" but "CHF-29.18" (de-CH, it-CH, en-CH): keep the positive's gap
      // before the sign, "CHF -29.18", as fr-CH keeps it before the currency ("-29.18 CHF").
      if (part.type === 'currency' && shown[i + 1]?.type === 'minusSign') return part.value + currencyGap(format);
      return part.value;
    })
    .join('');
}

function currencyFormat(locale: string, currency: string, digits: number): Intl.NumberFormat {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** `formatMoney("123450", "de-CH")` → `CHF 1'234.50`. */
export function formatMoney(minor: MinorUnits, locale: string, currency = 'CHF'): string {
  const digits = currencyDigits(currency);
  return formatExact(currencyFormat(locale, currency, digits), toMinorUnits(minor), digits);
}

/**
 * The amount without the currency, for table columns whose header names it: `1'234.50`. It uses
 * the locale's currency separators, not its plain-number ones (fr-CH writes 1 234.50 CHF but
 * 1 234,5 for a plain number), so a column matches the totals printed with formatMoney.
 */
export function formatAmount(minor: MinorUnits, locale: string, currency = 'CHF'): string {
  const digits = currencyDigits(currency);
  return formatExact(currencyFormat(locale, currency, digits), toMinorUnits(minor), digits, false);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Timestamps are shown in Swiss time wherever the browser is: invoices, due dates and audit
// entries are Swiss business facts.
const BUSINESS_TIME_ZONE = 'Europe/Zurich';

function toDate(value: string | Date): { date: Date; timeZone: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid date');
    return { date: value, timeZone: BUSINESS_TIME_ZONE };
  }
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    // A calendar date (invoice date, due date) has no time zone: pin it to UTC both ways so it
    // never shifts by a day.
    const [, year, month, day] = dateOnly;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) throw new RangeError(`Invalid date: "${value}"`);
    return { date, timeZone: 'UTC' };
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: "${value}"`);
  return { date, timeZone: BUSINESS_TIME_ZONE };
}

export type DateStyle = 'short' | 'medium' | 'long';

/** `formatDate("2026-11-27", "de-CH")` → `27.11.2026`. Accepts `YYYY-MM-DD`, ISO timestamps or a Date. */
export function formatDate(value: string | Date, locale: string, style: DateStyle = 'medium'): string {
  const { date, timeZone } = toDate(value);
  return dateFormat(locale, { dateStyle: style, timeZone }).format(date);
}

/** Date and time in Swiss time: `27.11.2026, 14:05`. */
export function formatDateTime(value: string | Date, locale: string): string {
  const { date } = toDate(value);
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: BUSINESS_TIME_ZONE }).format(date);
}
