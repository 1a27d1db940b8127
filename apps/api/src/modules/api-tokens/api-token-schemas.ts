import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';

/** Integrations act as a member (read and write business data) or an accountant (read only); never as owner or admin. */
export const ZTokenRole = z.enum(['member', 'accountant']);

export const ZApiTokenInput = z
  .object({
    name: z.string().trim().min(1).max(100).describe('what the token is for, e.g. "ERP export"'),
    role: ZTokenRole,
    expiresInDays: z.number().int().min(1).max(3650).nullable().optional().describe('no expiry when absent or null'),
  })
  .strict();
export type TApiTokenInput = z.infer<typeof ZApiTokenInput>;

export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(['owner', 'admin', 'member', 'accountant']),
  tokenPrefix: z.string().describe('the first characters, to tell tokens apart'),
  createdById: z.string().nullable(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TApiToken = z.infer<typeof ZApiToken>;

export const ZCreatedApiToken = ZApiToken.extend({
  token: z.string().describe('shown only in this answer: store it now (send as Authorization: Bearer <token>)'),
});

export const ZApiTokenListQuery = ZPageQuery.extend({
  includeRevoked: z.enum(['true', 'false']).default('false'),
}).strict();
export type TApiTokenListQuery = z.infer<typeof ZApiTokenListQuery>;

export const ZIdParams = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();
