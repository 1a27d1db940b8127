import type { ApiClient, QueryValue } from './api-client';
import type { AccountLanguage } from './auth';
import type { Currency, DocumentDraftFields, DocumentLine, PriceMode, TvaSummaryRow } from './documents';
import type { Invoice } from './invoices';
import { fetchPage } from './pagination';

export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'converted';

/** `ZQuote` of apps/api/src/modules/quotes/quote-schemas.ts. */
export interface Quote {
  id: string;
  status: QuoteStatus;
  number: string | null;
  clientId: string;
  clientName: string;
  currency: Currency;
  priceMode: PriceMode;
  language: AccountLanguage;
  issueDate: string | null;
  validUntil: string | null;
  supplyDate: string | null;
  title: string | null;
  introText: string | null;
  footerText: string | null;
  discountBp: number;
  lines: DocumentLine[];
  totalNet: number;
  totalTva: number;
  totalGross: number;
  roundingAdjustment: number;
  totalPayable: number;
  tvaSummary: TvaSummaryRow[];
  convertedInvoiceId: string | null;
  sentAt: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type QuoteSummary = Omit<Quote, 'lines' | 'tvaSummary' | 'introText' | 'footerText'>;

export interface QuoteDraftInput extends DocumentDraftFields {
  validUntil?: string | null;
}

export interface QuoteListQuery {
  status?: QuoteStatus;
  clientId?: string;
  q?: string;
  cursor?: string | null;
  limit?: number;
}

const path = (id: string, rest = '') => `/api/quotes/${encodeURIComponent(id)}${rest}`;

export const listQuotes = (client: ApiClient, query: QuoteListQuery, signal?: AbortSignal) =>
  fetchPage<QuoteSummary>(client, '/api/quotes', { ...query } as Record<string, QueryValue>, signal);

export const getQuote = (client: ApiClient, id: string, signal?: AbortSignal) => client.get<Quote>(path(id), signal ? { signal } : {});

export const createQuote = (client: ApiClient, input: QuoteDraftInput) => client.post<Quote>('/api/quotes', input);

export const updateQuote = (client: ApiClient, id: string, patch: Partial<QuoteDraftInput>) => client.patch<Quote>(path(id), patch);

export const deleteQuote = (client: ApiClient, id: string) => client.delete<void>(path(id));

/** Sends the quote: it gets its number and date and can no longer be edited. */
export const sendQuote = (client: ApiClient, id: string) => client.post<Quote>(path(id, '/send'));

export const acceptQuote = (client: ApiClient, id: string) => client.post<Quote>(path(id, '/accept'));

export const declineQuote = (client: ApiClient, id: string) => client.post<Quote>(path(id, '/decline'));

/** Turns an accepted (or sent) quote into an invoice draft with the same lines. */
export const convertQuote = (client: ApiClient, id: string) => client.post<Invoice>(path(id, '/convert'));

export const quotePdfPath = (id: string) => path(id, '/pdf');
/** A draft's PDF is watermarked by the API: the same route serves as its preview. */
export const quotePreviewPath = (id: string) => path(id, '/pdf');
