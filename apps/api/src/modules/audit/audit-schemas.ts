import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';

// Years 2000–2999: audit events start with the installation, and the day after 9999-12-31 would
// not be a date.
const ZWhen = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .refine((value) => value >= '2000' && value < '3000', { error: 'a date between 2000 and 2999' });

export const ZAuditEventListQuery = ZPageQuery.extend({
  action: z
    .string()
    .max(64)
    .regex(/^[a-z_]+(\.[a-z_]+)*(\.\*)?$/, { error: 'an action such as member.role_changed, or a family such as member.*' })
    .optional(),
  from: ZWhen.optional().describe('inclusive: a day (YYYY-MM-DD, Swiss time) or an ISO timestamp'),
  to: ZWhen.optional().describe('inclusive for a day (YYYY-MM-DD, Swiss time), exclusive for a timestamp'),
}).strict();
export type TAuditEventListQuery = z.infer<typeof ZAuditEventListQuery>;

export const ZAuditEvent = z.object({
  id: z.string(),
  action: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable().describe('null for API tokens (see data.apiTokenId) and deleted users'),
  actorUserId: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  data: z.unknown(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.date(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
