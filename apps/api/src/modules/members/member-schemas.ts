import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';

export const ZRole = z.enum(['owner', 'admin', 'member', 'accountant']);

export const ZMember = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  joinedAt: z.date(),
  isYou: z.boolean(),
});
export type TMember = z.infer<typeof ZMember>;

export const ZMemberListQuery = ZPageQuery.strict();
export type TMemberListQuery = z.infer<typeof ZMemberListQuery>;

export const ZMemberParams = z.object({ userId: z.uuid({ error: 'must be an id' }) }).strict();
export const ZRoleChange = z.object({ role: ZRole }).strict();
