import { describe, expect, it } from 'vitest';
import { checkReminderDate, checkReminderDays, checkReminderFee, nextReminderFrom, nextReminderLevel } from './reminder-rules';

const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (err) {
    return [(err as { code: string }).code, (err as { field?: string }).field];
  }
};

describe('reminder rules', () => {
  it('takes the level after the highest, up to the final notice', () => {
    expect(nextReminderLevel([])).toBe(1);
    expect(nextReminderLevel([1])).toBe(2);
    expect(nextReminderLevel([2, 1])).toBe(3);
    expect(code(() => nextReminderLevel([1, 2, 3]))).toEqual(['REMINDER_LIMIT', undefined]);
  });

  it('takes a fee of 0–100.00, in CHF to the 5 Rappen', () => {
    for (const fee of [0n, 5n, 2000n, 10_000n]) expect(code(() => checkReminderFee(fee, 'CHF'))).toBeNull();
    expect(code(() => checkReminderFee(1999n, 'EUR'))).toBeNull();
    expect(code(() => checkReminderFee(-5n, 'CHF'))).toEqual(['REMINDER_FEE_INVALID', 'fee']);
    expect(code(() => checkReminderFee(10_005n, 'EUR'))).toEqual(['REMINDER_FEE_INVALID', 'fee']);
    for (const fee of [1n, 2002n, 9_999n]) expect(code(() => checkReminderFee(fee, 'CHF'))).toEqual(['REMINDER_FEE_NOT_ROUNDED', 'fee']);
  });

  it('gives 1 to 60 whole days to pay', () => {
    for (const days of [1, 10, 60]) expect(code(() => checkReminderDays(days))).toBeNull();
    for (const days of [0, 61, 1.5, Number.NaN]) expect(code(() => checkReminderDays(days))).toEqual(['REMINDER_DUE_DAYS_INVALID', 'dueInDays']);
  });

  it('dates a reminder after the due date, up to today, never before the last reminder', () => {
    const facts = { today: '2026-03-10', invoiceIssueDate: '2026-01-05', invoiceDueDate: '2026-02-04', lastReminderOn: null, lastReminderDueDate: null };
    expect(code(() => checkReminderDate({ ...facts, issuedOn: '2026-02-05' }))).toBeNull();
    expect(code(() => checkReminderDate({ ...facts, issuedOn: '2026-02-04' }))).toEqual(['INVOICE_NOT_OVERDUE', undefined]);
    expect(code(() => checkReminderDate({ ...facts, issuedOn: '2026-03-11' }))).toEqual(['REMINDER_DATE_INVALID', 'issuedOn']);
    expect(code(() => checkReminderDate({ ...facts, issuedOn: '2026-01-04' }))).toEqual(['REMINDER_DATE_INVALID', 'issuedOn']);
    expect(code(() => checkReminderDate({ ...facts, issuedOn: '2026-02-20', lastReminderOn: '2026-02-21' }))).toEqual(['REMINDER_DATE_INVALID', 'issuedOn']);
    expect(code(() => checkReminderDate({ ...facts, issuedOn: '2026-02-21', lastReminderOn: '2026-02-21' }))).toBeNull();
  });

  it('waits for the deadline of the previous reminder to pass before the next level', () => {
    const after = { today: '2026-03-10', invoiceIssueDate: '2026-01-05', invoiceDueDate: '2026-02-04', lastReminderOn: '2026-02-10', lastReminderDueDate: '2026-02-20' };
    for (const issuedOn of ['2026-02-10', '2026-02-15', '2026-02-20']) {
      let error: unknown = null;
      try {
        checkReminderDate({ ...after, issuedOn });
      } catch (err) {
        error = err;
      }
      expect(error, issuedOn).toMatchObject({ code: 'REMINDER_TOO_EARLY', kind: 'conflict', field: 'issuedOn', params: { possibleFrom: '2026-02-21', lastReminderDueDate: '2026-02-20' } });
    }
    expect(code(() => checkReminderDate({ ...after, issuedOn: '2026-02-21' }))).toBeNull();
    expect(code(() => checkReminderDate({ ...after, issuedOn: '2026-03-10' }))).toBeNull();
    // A date before the previous reminder, or after today, stays a wrong date rather than an early one.
    expect(code(() => checkReminderDate({ ...after, issuedOn: '2026-02-09' }))).toEqual(['REMINDER_DATE_INVALID', 'issuedOn']);
    expect(code(() => checkReminderDate({ ...after, today: '2026-02-15', issuedOn: '2026-02-16' }))).toEqual(['REMINDER_DATE_INVALID', 'issuedOn']);
  });

  it('gives the day after the last deadline as the first date of the next reminder, none after the final notice', () => {
    expect(nextReminderFrom(undefined)).toBeNull();
    expect(nextReminderFrom({ level: 1, dueDate: '2026-12-07' })).toBe('2026-12-08');
    expect(nextReminderFrom({ level: 2, dueDate: '2026-12-31' })).toBe('2027-01-01');
    expect(nextReminderFrom({ level: 3, dueDate: '2026-12-07' })).toBeNull();
  });
});
