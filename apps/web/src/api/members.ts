import type { ApiClient } from './api-client';
import type { Role } from './auth';
import { fetchPage } from './pagination';

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
  isYou: boolean;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  invitedById: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export const listMembers = (client: ApiClient, signal?: AbortSignal) => fetchPage<Member>(client, '/api/members', { limit: 200 }, signal);

export const changeRole = (client: ApiClient, userId: string, role: Role) => client.patch<Member>(`/api/members/${encodeURIComponent(userId)}`, { role });

export const removeMember = (client: ApiClient, userId: string) => client.delete<void>(`/api/members/${encodeURIComponent(userId)}`);

export const listInvitations = (client: ApiClient, signal?: AbortSignal) => fetchPage<Invitation>(client, '/api/invitations', { limit: 200 }, signal);

export const invite = (client: ApiClient, email: string, role: Role) => client.post<Invitation>('/api/invitations', { email, role });

export const revokeInvitation = (client: ApiClient, id: string) => client.delete<void>(`/api/invitations/${encodeURIComponent(id)}`);

export const acceptInvitation = (client: ApiClient, token: string) =>
  client.post<{ organisation: { id: string; name: string }; role: Role }>('/api/invitations/accept', { token });
