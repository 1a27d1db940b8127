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

export interface AuditEventFilter {
  /** Exact action, or a family with a trailing `.*` (`member.*`). */
  action?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** Reading the log: always one organisation's events, newest first, keyset-paginated by (createdAt, id). */
export function listAuditEvents(db: DbClient, organisationId: string, filter: AuditEventFilter, page: { limit: number; after?: [Date, string] }) {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.action) {
    and.push(filter.action.endsWith('.*') ? { action: { startsWith: filter.action.slice(0, -1) } } : { action: filter.action });
  }
  if (filter.from) and.push({ createdAt: { gte: filter.from } });
  if (filter.to) and.push({ createdAt: { lt: filter.to } });
  if (page.after) {
    const [at, id] = page.after;
    and.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] });
  }
  return db.auditEvent.findMany({ where: { organisationId, AND: and }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: page.limit + 1 });
}
