import type { Quote, QuoteLine } from '@simplifaq/db';
import type { Currency, IsoDate, Language, PriceMode } from '@simplifaq/swiss';
import type { LineInput } from '../lines/document-line';

/** What a user may set on a quote draft; status and number never come from here. */
export interface QuoteDraftInput {
  clientId?: string;
  currency?: Currency;
  priceMode?: PriceMode;
  language?: Language;
  /** Default at sending: 30 days after the quote date. */
  validUntil?: IsoDate | null;
  supplyDate?: IsoDate | null;
  title?: string | null;
  introText?: string | null;
  footerText?: string | null;
  discountBp?: number;
  lines?: readonly LineInput[];
}

export type QuoteRecord = Quote & { lines: QuoteLine[]; client: { name: string } };

export const quoteInclude = {
  lines: { orderBy: { position: 'asc' } },
  client: { select: { name: true } },
} as const;

export const QUOTE_VALIDITY_DAYS = 30;
