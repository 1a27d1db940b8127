import type { ApiClient } from './api-client';
import type { Role } from './auth';
import { fetchPage } from './pagination';

/** Integrations act as a member (reads and writes business data) or an accountant (reads only). */
export type TokenRole = Extract<Role, 'member' | 'accountant'>;
export const TOKEN_ROLES: readonly TokenRole[] = ['member', 'accountant'];

/** `GET /api/api-tokens` (apps/api/src/modules/api-tokens): never the secret, only its first characters. */
export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  tokenPrefix: string;
  createdById: string | null;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

/** The answer to creating a token: the only one that carries `token`, the secret itself. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

export interface ApiTokenInput {
  name: string;
  role: TokenRole;
  /** 1–3650; null for a token that lasts until revoked. */
  expiresInDays: number | null;
}

export const listApiTokens = (client: ApiClient, query: { includeRevoked: boolean; cursor: string | null; limit: number }, signal?: AbortSignal) =>
  fetchPage<ApiToken>(client, '/api/api-tokens', { ...query, includeRevoked: String(query.includeRevoked) }, signal);

export const createApiToken = (client: ApiClient, input: ApiTokenInput) => client.post<CreatedApiToken>('/api/api-tokens', input);

export const revokeApiToken = (client: ApiClient, id: string) => client.delete<void>(`/api/api-tokens/${encodeURIComponent(id)}`);
