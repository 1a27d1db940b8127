import type { ApiClient, QueryValue } from './api-client';
import type { AccountLanguage } from './auth';
import { fetchPage } from './pagination';

export type Currency = 'CHF' | 'EUR';
export type PriceMode = 'net' | 'gross';
export type TvaCategory = 'normal' | 'reduced' | 'accommodation' | 'exempt' | 'zero_rated';
export const TVA_CATEGORY_LIST: readonly TvaCategory[] = ['normal', 'reduced', 'accommodation', 'exempt', 'zero_rated'];

/** A line as the API stores it (`ZLine`, apps/api/src/modules/invoices/document-schemas.ts). */
export interface DocumentLine {
  id: string;
  position: number;
  productId: string | null;
  description: string;
  /** Decimal string, e.g. "1.5". */
  quantity: string;
  unit: string | null;
  /** Minor units, net or gross as the document's priceMode says. */
  unitPrice: number;
  discountBp: number;
  tvaCategory: TvaCategory;
  tvaRateBp: number | null;
  supplyDate: string | null;
  amount: number;
}

/** A line as a draft sends it (`ZLineInput`). */
export interface DocumentLineInput {
  productId?: string | null;
  description?: string;
  quantity: string;
  unit?: string | null;
  unitPrice?: number;
  discountBp?: number;
  tvaCategory?: TvaCategory;
  supplyDate?: string | null;
}

export interface TvaSummaryRow {
  category: string;
  rateBp: number;
  validFrom: string | null;
  base: number;
  tax: number;
}

/** Fields invoices and quotes share in the editor. */
export interface DocumentDraftFields {
  clientId: string;
  currency?: Currency;
  priceMode?: PriceMode;
  language?: AccountLanguage;
  supplyDate?: string | null;
  title?: string | null;
  introText?: string | null;
  footerText?: string | null;
  discountBp?: number;
  lines?: DocumentLineInput[];
}

export const listDocuments = <T>(client: ApiClient, path: string, query: Record<string, QueryValue>, signal?: AbortSignal) =>
  fetchPage<T>(client, path, query, signal);
