import type { ApiClient } from './api-client';
import type { Currency } from './documents';

export interface PeriodTotals {
  open: number;
  overdue: number;
  paid: number;
  invoiced: number;
}

/** `GET /api/dashboard` (apps/api/src/modules/dashboard). Amounts in minor units of `currency`. */
export interface Dashboard {
  currency: Currency;
  today: string;
  month: PeriodTotals;
  year: PeriodTotals;
  revenue: { month: string; invoiced: number; paid: number }[];
  followUp: { id: string; number: string | null; clientId: string; clientName: string; dueDate: string; amountDue: number; daysOverdue: number }[];
  /** The latest audit events; `data` as in the audit log (written in words by describeAuditEvent). */
  activity: {
    id: string;
    action: string;
    targetType: string | null;
    targetId: string | null;
    number: string | null;
    amount: number | null;
    actorUserId: string | null;
    actorName: string | null;
    data: unknown;
    createdAt: string;
  }[];
  setup: { addressComplete: boolean; bankAccounts: number; clients: number; invoices: number };
}

export const fetchDashboard = (client: ApiClient, signal?: AbortSignal) => client.get<Dashboard>('/api/dashboard', signal ? { signal } : {});
