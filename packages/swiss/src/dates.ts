import { SwissRuleError } from './errors';

/**
 * A calendar date as ISO 8601 `YYYY-MM-DD` (the form of Postgres `DATE`). Calendar dates have no
 * time zone, so a string is exact; it also sorts and compares correctly as text. The package never
 * reads the clock: callers pass every date in.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `value` is an existing Gregorian calendar day written `YYYY-MM-DD` (ISO 8601). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= max;
}

/** Checks an ISO 8601 calendar date; throws `DATE_INVALID` naming `field`. */
export function assertIsoDate(value: unknown, field = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new SwissRuleError('DATE_INVALID', field, { value: String(value) });
}

/** Formats an ISO date as `YYMMDD`, the date form of Swico S1 tags 11 and 31 (Swico S1 syntax definition). */
export function formatSwicoDate(date: IsoDate, field = 'date'): string {
  assertIsoDate(date, field);
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}
