import type { ApiClient } from './api-client';
import { fetchPage } from './pagination';

/**
 * `GET /api/audit-events` (apps/api/src/modules/audit). `actor` is null for an API token
 * (`data.apiTokenId` names it), a deleted user (`actorUserId` still set) or an operator's command.
 * `data` depends on the action (docs/api-organisation.md, "Audit log").
 */
export interface AuditEvent {
  id: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
}

export interface AuditEventQuery {
  /** One action (`member.role_changed`) or a family (`member.*`). */
  action?: string | undefined;
  /** Days `YYYY-MM-DD`, Swiss time, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  cursor: string | null;
  limit: number;
}

export const listAuditEvents = (client: ApiClient, query: AuditEventQuery, signal?: AbortSignal) =>
  fetchPage<AuditEvent>(client, '/api/audit-events', { ...query }, signal);
