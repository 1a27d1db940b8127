/** Pure helpers of the dashboard: periods and amounts, no I/O. */

/** Midnight UTC of a calendar date: how Prisma reads and writes `@db.Date` columns. */
export const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** `2026-03-17` → the first days of its month and year, and of the month 11 months before. */
export function periodsOf(today: string) {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const monthStart = `${today.slice(0, 7)}-01`;
  const yearStart = `${year}-01-01`;
  const monthEnd = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const firstMonth = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  return { monthStart, monthEnd, yearStart, yearEnd: `${year}-12-31`, revenueStart: firstMonth };
}

/** The 12 `YYYY-MM` keys ending with today's month, oldest first. */
export function last12Months(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(year, month - 12 + i, 1)).toISOString().slice(0, 7));
}

/**
 * What is still due on an invoice: total, less payments, less credit notes (which are negative),
 * plus the fees of its reminders (owed with it, docs/api-invoicing.md).
 */
export function amountDue(totalPayable: bigint, amountPaid: bigint, credited: bigint, reminderFees = 0n): bigint {
  const due = totalPayable + credited + reminderFees - amountPaid;
  return due > 0n ? due : 0n;
}

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateOf(to).getTime() - dateOf(from).getTime()) / 86_400_000);
}
