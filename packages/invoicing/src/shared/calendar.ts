import type { IsoDate } from '@simplifaq/swiss';

/**
 * Calendar dates as `YYYY-MM-DD`. Postgres DATE columns come back from Prisma as UTC midnight, so
 * the UTC fields of a Date are the calendar day; no local time zone is involved.
 */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function toIsoDateOrNull(date: Date | null | undefined): IsoDate | null {
  return date ? toIsoDate(date) : null;
}

export function fromIsoDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromIsoDateOrNull(date: IsoDate | null | undefined): Date | null {
  return date ? fromIsoDate(date) : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = fromIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

const zurichDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Zurich', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Switzerland at `now`: invoice dates, due dates and "overdue" are Swiss days. */
export function swissToday(now: Date = new Date()): IsoDate {
  return zurichDay.format(now);
}
