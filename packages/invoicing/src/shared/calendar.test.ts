import { describe, expect, it } from 'vitest';
import { addDays, fromIsoDate, swissToday, toIsoDate } from './calendar';

describe('calendar', () => {
  it('takes the Swiss day, not the UTC one', () => {
    expect(swissToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // CEST, UTC+2
    expect(swissToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31'); // CET, UTC+1
    expect(swissToday(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('adds days across months, leap days and the year end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(toIsoDate(fromIsoDate('2026-03-29'))).toBe('2026-03-29');
  });
});
