import type { Currency, IsoDate } from '@simplifaq/swiss';
import { roundToFiveRappen } from '@simplifaq/swiss';
import { addDays } from '../shared/calendar';
import { InvoicingError } from '../shared/invoicing-error';

/** Level 1 reminder, level 2 second reminder, level 3 final notice (the renderer's three texts). */
export const MAX_REMINDER_LEVEL = 3;
/** 100.00: a fee beyond that is no longer a reminder fee but a claim of its own. */
export const MAX_REMINDER_FEE = 10_000n;
export const DEFAULT_REMINDER_DAYS = 10;
export const MAX_REMINDER_DAYS = 60;

/** The level of the next reminder after those already issued: one above the highest, at most 3. */
export function nextReminderLevel(issuedLevels: readonly number[]): number {
  const level = issuedLevels.reduce((max, l) => Math.max(max, l), 0) + 1;
  if (level > MAX_REMINDER_LEVEL) throw new InvoicingError('REMINDER_LIMIT', undefined, { max: MAX_REMINDER_LEVEL });
  return level;
}

/**
 * A fee in minor units: 0–100.00, and in CHF a multiple of 5 Rappen — the amount to pay must stay
 * payable in cash and matches the 5-Rappen rounding of the invoice total (SWISS.md, TVA).
 */
export function checkReminderFee(fee: bigint, currency: Currency): void {
  if (typeof fee !== 'bigint' || fee < 0n || fee > MAX_REMINDER_FEE) throw new InvoicingError('REMINDER_FEE_INVALID', 'fee', { max: Number(MAX_REMINDER_FEE) });
  if (currency === 'CHF' && roundToFiveRappen(fee) !== fee) throw new InvoicingError('REMINDER_FEE_NOT_ROUNDED', 'fee');
}

export function checkReminderDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > MAX_REMINDER_DAYS) throw new InvoicingError('REMINDER_DUE_DAYS_INVALID', 'dueInDays', { min: 1, max: MAX_REMINDER_DAYS });
}

/**
 * The first day the reminder after `last` may be dated: the day after its deadline, once the debtor
 * has had all the time it gave. Null before a first reminder (the invoice's own due date rules it)
 * and after the final notice.
 */
export function nextReminderFrom(last: { level: number; dueDate: IsoDate } | undefined): IsoDate | null {
  if (!last || last.level >= MAX_REMINDER_LEVEL) return null;
  return addDays(last.dueDate, 1);
}

export interface ReminderDateFacts {
  issuedOn: IsoDate;
  today: IsoDate;
  invoiceIssueDate: IsoDate;
  invoiceDueDate: IsoDate;
  /** The date of the latest reminder so far, if any. */
  lastReminderOn: IsoDate | null;
  /** The deadline of the latest reminder so far, if any. */
  lastReminderDueDate: IsoDate | null;
}

/**
 * A reminder is dated between the invoice (or the last reminder) and today, and only once the
 * invoice is past due: the debtor is in default from the day after the agreed due date
 * (CO art. 102 al. 2), before that there is nothing to remind. The next level waits in the same
 * way for the deadline of the previous reminder to pass: reminding again within the time it gave
 * would contradict it.
 */
export function checkReminderDate(f: ReminderDateFacts): void {
  if (f.issuedOn > f.today || f.issuedOn < f.invoiceIssueDate || (f.lastReminderOn !== null && f.issuedOn < f.lastReminderOn)) {
    throw new InvoicingError('REMINDER_DATE_INVALID', 'issuedOn', { today: f.today, ...(f.lastReminderOn ? { lastReminderOn: f.lastReminderOn } : {}) });
  }
  if (f.lastReminderDueDate !== null && f.issuedOn <= f.lastReminderDueDate) {
    const possibleFrom = addDays(f.lastReminderDueDate, 1);
    throw new InvoicingError(
      'REMINDER_TOO_EARLY',
      'issuedOn',
      { possibleFrom, lastReminderDueDate: f.lastReminderDueDate },
      `The previous reminder gave until ${f.lastReminderDueDate} to pay: the next one can be issued from ${possibleFrom}.`,
    );
  }
  if (f.issuedOn <= f.invoiceDueDate) throw new InvoicingError('INVOICE_NOT_OVERDUE', undefined, { dueDate: f.invoiceDueDate });
}
