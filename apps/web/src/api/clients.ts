import type { ApiClient } from './api-client';
import type { AccountLanguage } from './auth';
import { fetchPage } from './pagination';

export type ClientKind = 'company' | 'person';

/** `ZClient` of apps/api/src/modules/clients/client-schemas.ts. */
export interface Client {
  id: string;
  kind: ClientKind;
  name: string;
  contactName: string | null;
  street: string | null;
  buildingNumber: string | null;
  postalCode: string;
  town: string;
  country: string;
  language: AccountLanguage;
  email: string | null;
  phone: string | null;
  /** The 9 digits; shown as CHE-123.456.789. */
  uid: string | null;
  notes: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ClientInput = Omit<Client, 'id' | 'archivedAt' | 'createdAt' | 'updatedAt'>;

export interface ClientListQuery {
  q?: string;
  archived?: 'true' | 'false' | 'all';
  cursor?: string | null;
  limit?: number;
}

export const listClients = (client: ApiClient, query: ClientListQuery, signal?: AbortSignal) =>
  fetchPage<Client>(client, '/api/clients', { ...query }, signal);

export const getClient = (client: ApiClient, id: string, signal?: AbortSignal) =>
  client.get<Client>(`/api/clients/${encodeURIComponent(id)}`, signal ? { signal } : {});

export const createClient = (client: ApiClient, input: ClientInput) => client.post<Client>('/api/clients', input);

export const updateClient = (client: ApiClient, id: string, patch: Partial<ClientInput>) =>
  client.patch<Client>(`/api/clients/${encodeURIComponent(id)}`, patch);

export const archiveClient = (client: ApiClient, id: string, archived: boolean) =>
  client.post<Client>(`/api/clients/${encodeURIComponent(id)}/archive`, { archived });

export const deleteClient = (client: ApiClient, id: string) => client.delete<void>(`/api/clients/${encodeURIComponent(id)}`);

/** One line of the address for lists: `Rue du Lac 12, 1003 Lausanne`. */
export function addressLine(c: Pick<Client, 'street' | 'buildingNumber' | 'postalCode' | 'town' | 'country'>): string {
  const street = [c.street, c.buildingNumber].filter(Boolean).join(' ');
  const town = `${c.country !== 'CH' ? `${c.country}-` : ''}${c.postalCode} ${c.town}`;
  return [street, town].filter(Boolean).join(', ');
}
