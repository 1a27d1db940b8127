import { z } from 'zod';
import { ZPageQuery } from '../../lib/pagination';
import { ZRole } from './member-schemas';

export const ZInvitationInput = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'must be an e-mail address' })),
    role: ZRole,
  })
  .strict();
export type TInvitationInput = z.infer<typeof ZInvitationInput>;

export const ZInvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export type TInvitationStatus = z.infer<typeof ZInvitationStatus>;

/** The token itself is never shown: it only travels in the e-mail. */
export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  status: ZInvitationStatus,
  invitedById: z.string().nullable(),
  expiresAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TInvitation = z.infer<typeof ZInvitation>;

export const ZInvitationListQuery = ZPageQuery.extend({
  status: z.enum(['pending', 'all']).default('pending'),
}).strict();
export type TInvitationListQuery = z.infer<typeof ZInvitationListQuery>;

export const ZInvitationParams = z.object({ id: z.uuid({ error: 'must be an id' }) }).strict();

export const ZAcceptInvitation = z.object({ token: z.string().min(20).max(200) }).strict();
export const ZAcceptedInvitation = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  role: ZRole,
});
