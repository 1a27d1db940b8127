import type { FastifyRequest } from 'fastify';
import type { Prisma } from '@simplifaq/db';
import type { DbClient } from './audit-repo';
import { recordAuditEvent } from './audit-repo';

/** Who did it and from where, taken from the request once and passed to the services. */
export interface AuditActor {
  userId: string | null;
  /** Set when an integration acted through an API token (it has no user). */
  tokenId?: string;
  ip?: string;
  userAgent?: string;
}

export function auditActor(request: FastifyRequest): AuditActor {
  return {
    userId: request.auth?.userId ?? null,
    ...(request.auth?.tokenId ? { tokenId: request.auth.tokenId } : {}),
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  };
}

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, Prisma.InputJsonValue | null>;
}

/** Records one event of the organisation; pass the transaction so it commits with the change. */
export function audit(db: DbClient, organisationId: string, actor: AuditActor, record: AuditRecord): Promise<void> {
  const data = { ...record.data, ...(actor.tokenId ? { apiTokenId: actor.tokenId } : {}) };
  return recordAuditEvent(db, {
    organisationId,
    actorUserId: actor.userId,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    ...(Object.keys(data).length ? { data } : {}),
    ip: actor.ip,
    userAgent: actor.userAgent,
  });
}
