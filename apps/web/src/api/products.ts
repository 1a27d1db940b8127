import type { ApiClient } from './api-client';
import type { PriceMode, TvaCategory } from './documents';
import { fetchPage } from './pagination';

/** `ZProduct` of apps/api/src/modules/products/product-schemas.ts. */
export interface Product {
  id: string;
  name: string;
  description: string | null;
  unit: string;
  /** Minor units, net or gross as priceMode says. */
  unitPrice: number;
  priceMode: PriceMode;
  tvaCategory: TvaCategory;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ProductInput = Pick<Product, 'name' | 'description' | 'unit' | 'unitPrice' | 'priceMode' | 'tvaCategory'>;
export type ProductDraft = ProductInput;

export interface ProductListQuery {
  q?: string;
  archived?: 'true' | 'false' | 'all';
  tvaCategory?: TvaCategory;
  cursor?: string | null;
  limit?: number;
}

/** One problem of one CSV row; `row` is the spreadsheet row (the header is row 1). */
export interface CsvRowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

/** `POST …/import?dryRun=true`: what the import would create, and every row's problems. */
export interface CsvPreview<T> {
  dryRun: true;
  total: number;
  valid: number;
  invalid: number;
  /** field → the header of the file that fills it */
  columns: Record<string, string>;
  ignoredColumns: string[];
  rows: { row: number; data: T | null; errors: CsvRowError[] }[];
  errors: CsvRowError[];
}

export interface CsvImportResult {
  created: number;
  ids: string[];
}

/** Sends a CSV file as is (`,` `;` or tab separated, UTF-8 or windows-1252): a preview, or the import. */
export function importCsv<T>(client: ApiClient, path: string, file: Blob, dryRun: true): Promise<CsvPreview<T>>;
export function importCsv(client: ApiClient, path: string, file: Blob, dryRun: false): Promise<CsvImportResult>;
export function importCsv(client: ApiClient, path: string, file: Blob, dryRun: boolean) {
  return client.upload('POST', path, file, 'text/csv', { query: { dryRun: String(dryRun) } });
}

const path = (id: string, rest = '') => `/api/products/${encodeURIComponent(id)}${rest}`;

export const listProducts = (client: ApiClient, query: ProductListQuery, signal?: AbortSignal) =>
  fetchPage<Product>(client, '/api/products', { ...query }, signal);

export const getProduct = (client: ApiClient, id: string, signal?: AbortSignal) => client.get<Product>(path(id), signal ? { signal } : {});

export const createProduct = (client: ApiClient, input: ProductInput) => client.post<Product>('/api/products', input);

export const updateProduct = (client: ApiClient, id: string, patch: Partial<ProductInput>) => client.patch<Product>(path(id), patch);

export const archiveProduct = (client: ApiClient, id: string, archived: boolean) => client.post<Product>(path(id, '/archive'), { archived });

export const deleteProduct = (client: ApiClient, id: string) => client.delete<void>(path(id));
