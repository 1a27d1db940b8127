import { swissToday } from '@simplifaq/invoicing';
import { toMinor } from '../../lib/money-json';
import type { OrgScope } from '../../lib/request-context';
import type { DashboardRepo } from './dashboard-repo';
import { amountDue, daysBetween, last12Months, periodsOf } from './dashboard-fns';
import type { TDashboard } from './dashboard-schemas';

const FOLLOW_UP_LIMIT = 10;
const ACTIVITY_LIMIT = 10;

const isoOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** A JSON field of an audit event, when it is a string. */
function dataField(data: unknown, key: string): string | null {
  if (!data || typeof data !== 'object') return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

/** An integer of minor units an audit event stored as text (`"137400"`), or null. */
function minorField(data: unknown, key: string): number | null {
  const text = dataField(data, key);
  return text !== null && /^-?\d{1,15}$/.test(text) ? Number(text) : null;
}

export function createDashboardService({ dashboard, now = () => new Date() }: { dashboard: DashboardRepo; now?: () => Date }) {
  return {
    /**
     * What the dashboard shows, for the organisation's currency: open, overdue and paid amounts
     * this month and this year, 12 months of revenue, the invoices to follow up and the latest
     * events. Periods are calendar periods in Switzerland; "open" and "overdue" count the invoices
     * issued in the period by what is still due on them today.
     */
    async get(scope: OrgScope): Promise<TDashboard> {
      const today = swissToday(now());
      const { monthStart, monthEnd, yearStart, yearEnd, revenueStart } = periodsOf(today);
      // Both ends bound a period, as they bound a month of the chart: a date after the month (a
      // value date entered ahead, from before such dates were refused) is not this month's.
      const inMonth = (date: string) => date >= monthStart && date <= monthEnd;
      const inYear = (date: string) => date >= yearStart && date <= yearEnd;
      const org = await dashboard.organisation(scope.organisationId);
      const currency = org.currency;
      const from = revenueStart < yearStart ? revenueStart : yearStart;

      const [open, issued, payments, events, counts] = await Promise.all([
        dashboard.openInvoices(scope.organisationId, currency),
        dashboard.issuedSince(scope.organisationId, currency, from),
        dashboard.paymentsSince(scope.organisationId, currency, from),
        dashboard.recentEvents(scope.organisationId, ACTIVITY_LIMIT),
        dashboard.counts(scope.organisationId),
      ]);
      const openIds = open.map((invoice) => invoice.id);
      const [credited, fees] = await Promise.all([dashboard.creditedByInvoice(scope.organisationId, openIds), dashboard.reminderFeesByInvoice(scope.organisationId, openIds)]);

      const month = { open: 0n, overdue: 0n, paid: 0n, invoiced: 0n };
      const year = { open: 0n, overdue: 0n, paid: 0n, invoiced: 0n };
      const followUp: TDashboard['followUp'] = [];
      for (const invoice of open) {
        const due = amountDue(invoice.totalPayable, invoice.amountPaid, credited.get(invoice.id) ?? 0n, fees.get(invoice.id) ?? 0n);
        if (due === 0n) continue;
        const issueDate = isoOf(invoice.issueDate) ?? today;
        const dueDate = isoOf(invoice.dueDate);
        const overdue = dueDate !== null && dueDate < today;
        const bucket = overdue ? 'overdue' : 'open';
        if (inYear(issueDate)) year[bucket] += due;
        if (inMonth(issueDate)) month[bucket] += due;
        if (overdue) {
          followUp.push({ id: invoice.id, number: invoice.number, clientId: invoice.clientId, clientName: invoice.client.name, dueDate, amountDue: toMinor(due), daysOverdue: daysBetween(dueDate, today) });
        }
      }
      followUp.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.number ?? '').localeCompare(b.number ?? ''));

      const months = last12Months(today);
      const revenue = new Map(months.map((key) => [key, { invoiced: 0n, paid: 0n }]));
      for (const row of issued) {
        const date = isoOf(row.issueDate);
        if (!date) continue;
        const bucket = revenue.get(date.slice(0, 7));
        if (bucket) bucket.invoiced += row.totalPayable;
        if (inYear(date)) year.invoiced += row.totalPayable;
        if (inMonth(date)) month.invoiced += row.totalPayable;
      }
      for (const payment of payments) {
        const date = isoOf(payment.paidOn) ?? today;
        const bucket = revenue.get(date.slice(0, 7));
        if (bucket) bucket.paid += payment.amount;
        if (inYear(date)) year.paid += payment.amount;
        if (inMonth(date)) month.paid += payment.amount;
      }

      const names = await dashboard.memberNames(scope.organisationId, [...new Set(events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])))]);
      const money = (totals: typeof month) => ({ open: toMinor(totals.open), overdue: toMinor(totals.overdue), paid: toMinor(totals.paid), invoiced: toMinor(totals.invoiced) });
      return {
        currency,
        today,
        month: money(month),
        year: money(year),
        revenue: months.map((key) => {
          const totals = revenue.get(key)!;
          return { month: key, invoiced: toMinor(totals.invoiced), paid: toMinor(totals.paid) };
        }),
        followUp: followUp.slice(0, FOLLOW_UP_LIMIT),
        activity: events.map((event) => ({
          id: event.id,
          action: event.action,
          targetType: event.targetType,
          targetId: event.targetId,
          number: dataField(event.data, 'number'),
          amount: minorField(event.data, 'amount') ?? minorField(event.data, 'totalPayable') ?? minorField(event.data, 'amountDue'),
          actorUserId: event.actorUserId,
          actorName: event.actorUserId ? (names.get(event.actorUserId) ?? null) : null,
          data: event.data,
          createdAt: event.createdAt,
        })),
        setup: { addressComplete: Boolean(org.postalCode && org.town), ...counts },
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
