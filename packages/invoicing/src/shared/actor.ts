import type { Prisma } from '@simplifaq/db';
import type { Tx } from './db-client';

/** Who acts, and for which organisation: every use case is scoped by `organisationId`. */
export interface Actor {
  readonly organisationId: string;
  /** Null for API tokens and operators' commands. */
  readonly userId: string | null;
  readonly ip?: string;
  readonly userAgent?: string;
}

/** An audit event as the invoicing use cases describe it. */
export interface AuditRecord {
  organisationId: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data?: Prisma.InputJsonValue;
  ip?: string;
  userAgent?: string;
}

/**
 * Writes an audit event in the caller's transaction, so the event commits with the change it
 * records (the API passes its `recordAuditEvent`; the runbook commands pass theirs).
 */
export type AuditSink = (tx: Tx, event: AuditRecord) => Promise<void>;

export function auditOf(actor: Actor, action: string, targetType: string, targetId: string, data?: Prisma.InputJsonValue): AuditRecord {
  return {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    targetType,
    targetId,
    ...(data === undefined ? {} : { data }),
    ...(actor.ip ? { ip: actor.ip } : {}),
    ...(actor.userAgent ? { userAgent: actor.userAgent } : {}),
  };
}
