/**
 * Locale formatting for amounts and dates (fr-CH, de-CH, it-CH, en-CH).
 *
 * Amounts come from the API as integer minor units (Rappen, cents) in a string or a number. They
 * are never divided as floats: they are parsed into a BigInt and formatted by packages/swiss, the
 * one place that writes Swiss amounts, so a screen shows the same characters as the PDF
 * (`CHF 1'234.50`, `1 234.50 CHF` with a no-break space) — exact for any size.
 */
import type { Currency } from '@simplifaq/swiss';
import { formatAmount as formatSwissAmount, formatMoney as formatSwissMoney, toSwissLocale } from '@simplifaq/swiss/money';
import type { SwissLocale } from '@simplifaq/swiss/money';
import { toLanguage } from './languages';

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
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** The Swiss locale of an app locale or language tag (`fr-CH`, `de`, …; French otherwise). */
function swissLocaleOf(locale: string): SwissLocale {
  return toSwissLocale(toLanguage(locale));
}

/** `formatMoney("123450", "de-CH")` → `CHF 1'234.50`, `formatMoney("123450", "fr-CH")` → `1 234.50 CHF`. */
export function formatMoney(minor: MinorUnits, locale: string, currency = 'CHF'): string {
  // The API sends CHF or EUR (the only invoice currencies, both with 2 decimals); the code is printed as is.
  return formatSwissMoney(toMinorUnits(minor), currency as Currency, swissLocaleOf(locale));
}

/**
 * The amount without the currency, for table columns whose header names it: `1'234.50`. Same
 * separators as formatMoney (fr-CH `1 234.50`), so a column matches the totals. The currency
 * changes nothing: CHF and EUR both have 2 decimals.
 */
export function formatAmount(minor: MinorUnits, locale: string, _currency = 'CHF'): string {
  return formatSwissAmount(toMinorUnits(minor), swissLocaleOf(locale));
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
