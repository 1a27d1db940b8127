import type { ApiClient, QueryValue } from './api-client';
import type { AccountLanguage } from './auth';
import type { Currency, DocumentDraftFields, DocumentLine, PriceMode, TvaSummaryRow } from './documents';
import { fetchPage } from './pagination';

export type InvoiceStatus = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'cancelled';
export type InvoiceKind = 'invoice' | 'credit_note';
export type ReferenceType = 'QRR' | 'SCOR' | 'NON';
/** The list's filter: a status, or `overdue` (issued or partially paid past the due date). */
export type InvoiceFilter = InvoiceStatus | 'overdue';

/** `ZInvoice` of apps/api/src/modules/invoices/invoice-schemas.ts. */
export interface Invoice {
  id: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  overdue: boolean;
  number: string | null;
  sequence: number | null;
  clientId: string;
  clientName: string;
  bankAccountId: string | null;
  creditedInvoiceId: string | null;
  currency: Currency;
  priceMode: PriceMode;
  language: AccountLanguage;
  issueDate: string | null;
  supplyDate: string | null;
  supplyPeriodEnd: string | null;
  dueDate: string | null;
  paymentTermDays: number;
  referenceType: ReferenceType;
  reference: string | null;
  clientReference: string | null;
  title: string | null;
  introText: string | null;
  footerText: string | null;
  discountBp: number;
  lines: DocumentLine[];
  subtotal: number;
  discount: number;
  totalNet: number;
  totalTva: number;
  totalGross: number;
  roundingAdjustment: number;
  totalPayable: number;
  amountPaid: number;
  amountCredited: number;
  /** Fees of its reminders, owed with the invoice and included in `amountDue`. */
  reminderFees: number;
  amountDue: number;
  tvaSummary: TvaSummaryRow[];
  pdfSha256: string | null;
  issuedAt: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
  liveError: { code: string; field?: string } | null;
}

export type InvoiceSummary = Pick<
  Invoice,
  'id' | 'kind' | 'status' | 'overdue' | 'number' | 'clientId' | 'clientName' | 'creditedInvoiceId' | 'currency' | 'title' | 'issueDate' | 'dueDate' | 'totalPayable' | 'amountPaid' | 'createdAt'
>;

export interface InvoiceDraftInput extends DocumentDraftFields {
  bankAccountId?: string | null;
  supplyPeriodEnd?: string | null;
  dueDate?: string | null;
  paymentTermDays?: number;
  referenceType?: ReferenceType;
  clientReference?: string | null;
}

export interface InvoiceListQuery {
  status?: InvoiceFilter;
  kind?: InvoiceKind;
  clientId?: string;
  q?: string;
  cursor?: string | null;
  limit?: number;
}

export interface Payment {
  id: string;
  invoiceId: string;
  amount: number;
  currency: Currency;
  paidOn: string;
  source: 'manual' | 'camt';
  bankReference: string | null;
  note: string | null;
  createdAt: string;
}

export interface PaymentResult {
  payment: Payment;
  invoice: { id: string; status: 'partially_paid' | 'paid'; amountPaid: number; amountDue: number };
  overpaid: boolean;
  overpaidBy: number;
}

const path = (id: string, rest = '') => `/api/invoices/${encodeURIComponent(id)}${rest}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const listInvoices = (client: ApiClient, query: InvoiceListQuery, signal?: AbortSignal) =>
  fetchPage<InvoiceSummary>(client, '/api/invoices', { ...query } as Record<string, QueryValue>, signal);

export const getInvoice = (client: ApiClient, id: string, signal?: AbortSignal) => client.get<Invoice>(path(id), withSignal(signal));

export const createInvoice = (client: ApiClient, input: InvoiceDraftInput) => client.post<Invoice>('/api/invoices', input);

export const updateInvoice = (client: ApiClient, id: string, patch: Partial<InvoiceDraftInput>) => client.patch<Invoice>(path(id), patch);

export const deleteInvoice = (client: ApiClient, id: string) => client.delete<void>(path(id));

export const duplicateInvoice = (client: ApiClient, id: string) => client.post<Invoice>(path(id, '/duplicate'));

/** Issues the draft: number, reference, frozen addresses, archived PDF. Idempotent per key. */
export const issueInvoice = (client: ApiClient, id: string, idempotencyKey: string) =>
  client.post<Invoice>(path(id, '/issue'), {}, { headers: { 'idempotency-key': idempotencyKey } });

export const creditNote = (client: ApiClient, id: string, body: { amount?: number; title?: string | null }) =>
  client.post<Invoice>(path(id, '/credit-note'), body);

export const recordPayment = (client: ApiClient, id: string, body: { amount: number; paidOn?: string; note?: string | null; bankReference?: string | null }) =>
  client.post<PaymentResult>(path(id, '/payments'), body);

export const listPayments = (client: ApiClient, id: string, signal?: AbortSignal) =>
  fetchPage<Payment>(client, path(id, '/payments'), { limit: 200 }, signal);

/** The archived PDF of an issued invoice (or credit note). */
export const invoicePdfPath = (id: string) => path(id, '/pdf');

/** The PDF of a draft as it would be issued, rendered on request. */
export const invoicePreviewPath = (id: string) => path(id, '/preview');
