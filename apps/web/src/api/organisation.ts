import type { ApiClient } from './api-client';
import type { AccountLanguage } from './auth';

export type VatMethod = 'effective' | 'net_rate';
export type Currency = 'CHF' | 'EUR';
export type DocumentSeries = 'invoice' | 'credit_note' | 'quote';

/** `ZOrganisation` of apps/api/src/modules/organisation/organisation-schemas.ts. */
export interface Organisation {
  id: string;
  name: string;
  street: string | null;
  buildingNumber: string | null;
  postalCode: string | null;
  town: string | null;
  country: string;
  /** Postal code and town are set: the organisation can be the creditor of a QR-bill. */
  addressComplete: boolean;
  /** `CHE-123.456.788` */
  uid: string | null;
  /** UID with the TVA/MWST/IVA suffix when registered. */
  vatNumber: string | null;
  vatRegistered: boolean;
  vatMethod: VatMethod;
  netTaxRateBp: number | null;
  language: AccountLanguage;
  currency: Currency;
  numberingPattern: string;
  creditNotePattern: string;
  quotePattern: string;
  paymentTermDays: number;
  envelopeWindow: 'left' | 'right';
  email: string | null;
  phone: string | null;
  website: string | null;
  logo: { url: string; mimeType: string } | null;
  createdAt: string;
  updatedAt: string;
}

export type OrganisationPatch = Partial<Omit<Organisation, 'id' | 'addressComplete' | 'vatNumber' | 'logo' | 'createdAt' | 'updatedAt'>>;

export interface NumberPreview {
  series: DocumentSeries;
  pattern: string;
  restartsYearly: boolean;
  nextSequence: number;
  numbers: string[];
}

export const getOrganisation = (client: ApiClient, signal?: AbortSignal) => client.get<Organisation>('/api/organisation', signal ? { signal } : {});

export const updateOrganisation = (client: ApiClient, patch: OrganisationPatch) => client.patch<Organisation>('/api/organisation', patch);

export const uploadLogo = (client: ApiClient, file: Blob) =>
  client.upload<Organisation>('PUT', '/api/organisation/logo', file, file.type || 'application/octet-stream');

export const deleteLogo = (client: ApiClient) => client.delete<void>('/api/organisation/logo');

export const previewNumbers = (client: ApiClient, series: DocumentSeries, pattern: string | undefined, signal?: AbortSignal) =>
  client.get<NumberPreview>('/api/organisation/number-preview', { query: { series, pattern, count: 3 }, ...(signal ? { signal } : {}) });
