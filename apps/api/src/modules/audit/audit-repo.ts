import type { Prisma, PrismaClient } from '@simplifaq/db';

export type DbClient = PrismaClient | Prisma.TransactionClient;

export interface AuditEventInput {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
  ip?: string;
  userAgent?: string;
}

/** Appends one audit event; pass the transaction so the event commits with the change it records. */
export async function recordAuditEvent(db: DbClient, e: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      organisationId: e.organisationId,
      actorUserId: e.actorUserId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      data: e.data,
      ip: e.ip?.slice(0, 64),
      userAgent: e.userAgent?.slice(0, 300),
    },
  });
}
