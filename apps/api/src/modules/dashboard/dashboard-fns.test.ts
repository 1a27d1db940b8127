import { describe, expect, it } from 'vitest';
import { amountDue, daysBetween, last12Months, periodsOf } from './dashboard-fns';

describe('dashboard periods', () => {
  it('finds the month, the year and the start of the 12-month chart, across a year change', () => {
    expect(periodsOf('2026-03-17')).toEqual({ monthStart: '2026-03-01', monthEnd: '2026-03-31', yearStart: '2026-01-01', yearEnd: '2026-12-31', revenueStart: '2025-04-01' });
    expect(periodsOf('2026-12-31')).toEqual({ monthStart: '2026-12-01', monthEnd: '2026-12-31', yearStart: '2026-01-01', yearEnd: '2026-12-31', revenueStart: '2026-01-01' });
    expect(periodsOf('2028-02-10')).toMatchObject({ monthStart: '2028-02-01', monthEnd: '2028-02-29' });
    expect(periodsOf('2026-02-28')).toMatchObject({ monthStart: '2026-02-01', monthEnd: '2026-02-28' });
    expect(last12Months('2026-03-17')).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('counts what is due after payments and credit notes, never below zero', () => {
    expect(amountDue(137400n, 0n, 0n)).toBe(137400n);
    expect(amountDue(137400n, 37400n, -50000n)).toBe(50000n);
    expect(amountDue(137400n, 137400n, -10000n)).toBe(0n);
    expect(amountDue(137400n, 137400n, 0n, 2000n)).toBe(2000n);
  });

  it('counts days overdue in calendar days', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
  });
});
