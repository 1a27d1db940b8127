import type { ApiClient } from './api-client';

export type Role = 'owner' | 'admin' | 'member' | 'accountant';
export type AccountLanguage = 'fr' | 'de' | 'it' | 'en';

/** `GET /api/me`: the signed-in user, their organisations and the active one. */
export interface Me {
  user: { id: string; email: string; name: string; locale: AccountLanguage };
  organisations: { id: string; name: string; role: Role }[];
  activeOrganisationId: string | null;
  role: Role | null;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface SignupInput {
  organisationName: string;
  name: string;
  email: string;
  password: string;
  /** UI language at signup, so the account starts in the language the user chose. */
  locale: AccountLanguage;
}

/** Roles that may change data; the accountant reads only (docs/api.md, "Organisations and roles"). */
export function canWrite(role: Role | null): boolean {
  return role === 'owner' || role === 'admin' || role === 'member';
}

/** Owners and admins manage the organisation, bank accounts, members and tokens. */
export function canAdminister(role: Role | null): boolean {
  return role === 'owner' || role === 'admin';
}

export const login = (client: ApiClient, input: LoginInput) => client.post<Me>('/api/auth/login', input);

export const signup = (client: ApiClient, input: SignupInput) => client.post<Me>('/api/auth/signup', input);

export const logout = (client: ApiClient) => client.post<void>('/api/auth/logout');

export const logoutEverywhere = (client: ApiClient) => client.post<void>('/api/auth/logout-all');

export const fetchMe = (client: ApiClient, signal?: AbortSignal) => client.get<Me>('/api/me', signal ? { signal } : {});

export const switchOrganisation = (client: ApiClient, organisationId: string) =>
  client.put<Me>('/api/me/organisation', { organisationId });

/** Same answer whether the account exists or not: the page says "if an account exists…". */
/** The e-mail is written in `language` (the language the form is shown in). */
export const requestPasswordReset = (client: ApiClient, email: string, language: AccountLanguage) => client.post<void>('/api/auth/password-reset', { email, language });

export const confirmPasswordReset = (client: ApiClient, token: string, password: string) =>
  client.post<void>('/api/auth/password-reset/confirm', { token, password });

export const changePassword = (client: ApiClient, currentPassword: string, newPassword: string) =>
  client.post<void>('/api/me/password', { currentPassword, newPassword });
