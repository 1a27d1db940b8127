import type { PrismaClient } from '@simplifaq/db';
import { badRequest } from '../../lib/app-error';
import { decodeCursor, encodeCursor } from '../../lib/pagination';
import type { OrgScope } from '../../lib/request-context';
import { listAuditEvents } from './audit-repo';
import type { TAuditEvent, TAuditEventListQuery } from './audit-schemas';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight in Switzerland at the start of `day` (CET or CEST, whichever applies that day). */
export function swissMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d);
  // The offset at the guess, then at the corrected instant: right on both sides of a DST change.
  let at = utc - zurichOffsetMs(new Date(utc));
  at = utc - zurichOffsetMs(new Date(at));
  return new Date(at);
}

function zurichOffsetMs(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Zurich', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function createAuditService({ prisma }: { prisma: PrismaClient }) {
  return {
    async list(scope: OrgScope, query: TAuditEventListQuery) {
      const from = query.from === undefined ? undefined : DAY.test(query.from) ? swissMidnight(query.from) : new Date(query.from);
      const to = query.to === undefined ? undefined : DAY.test(query.to) ? swissMidnight(nextDay(query.to)) : new Date(query.to);
      if (from && to && from >= to) throw badRequest('DATE_RANGE_INVALID', 'The end of the period is before its start.', 'to');
      const cursor = decodeCursor(query.cursor, 2) as [string, string] | undefined;
      const after = cursor ? ([new Date(cursor[0]), cursor[1]] as [Date, string]) : undefined;
      if (after && Number.isNaN(after[0].getTime())) throw badRequest('CURSOR_INVALID', 'The cursor is not one this API gave out.', 'cursor');
      const rows = await listAuditEvents(prisma, scope.organisationId, { action: query.action, from, to }, { limit: query.limit, after });
      const items = rows.slice(0, query.limit);
      const actorIds = [...new Set(items.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
      const users = actorIds.length ? await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [];
      const byId = new Map(users.map((u) => [u.id, u]));
      const last = items.at(-1);
      return {
        items: items.map(({ organisationId: _org, ...e }): TAuditEvent => ({ ...e, actor: e.actorUserId ? (byId.get(e.actorUserId) ?? null) : null })),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
