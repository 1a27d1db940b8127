import type { ApiClient } from './api-client';

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
  locale: string;
}

// The API sets the session cookie; the body is not needed by the shell yet (GET /api/me will be).
export async function login(client: ApiClient, input: LoginInput): Promise<void> {
  await client.post<unknown>('/api/auth/login', input);
}

export async function signup(client: ApiClient, input: SignupInput): Promise<void> {
  await client.post<unknown>('/api/auth/signup', input);
}
