import type { ApiClient } from './api-client';
import type { Page } from './pagination';

/** A bank account of the organisation; `isQrIban` is derived by the API from the IBAN. */
export interface BankAccount {
  id: string;
  label: string;
  /** Electronic form: 21 characters, no spaces. */
  iban: string;
  /** In groups of 4, as printed. */
  ibanFormatted: string;
  isQrIban: boolean;
  isDefault: boolean;
  qrrPrefix: string | null;
}

export interface BankAccountInput {
  label: string;
  iban: string;
  isDefault?: boolean;
  qrrPrefix?: string | null;
}

/** Every account (an organisation has a handful), oldest first. */
export async function listBankAccounts(client: ApiClient, signal?: AbortSignal): Promise<BankAccount[]> {
  const body = await client.get<Page<BankAccount>>('/api/bank-accounts', { query: { limit: 200 }, ...(signal ? { signal } : {}) });
  return body.items;
}

export const createBankAccount = (client: ApiClient, input: BankAccountInput) => client.post<BankAccount>('/api/bank-accounts', input);

export const updateBankAccount = (client: ApiClient, id: string, patch: Partial<BankAccountInput>) =>
  client.patch<BankAccount>(`/api/bank-accounts/${encodeURIComponent(id)}`, patch);

export const deleteBankAccount = (client: ApiClient, id: string) => client.delete<void>(`/api/bank-accounts/${encodeURIComponent(id)}`);
