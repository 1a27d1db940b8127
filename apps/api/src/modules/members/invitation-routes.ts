import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { ADMIN_ROLES, orgScope, requireUser } from '../../lib/request-context';
import { auditActor } from '../audit/audit-actor';
import type { InvitationService } from './invitation-service';
import { ZAcceptedInvitation, ZAcceptInvitation, ZInvitation, ZInvitationInput, ZInvitationListQuery, ZInvitationParams } from './invitation-schemas';

const tags = ['members'];
const config = { roles: ADMIN_ROLES };

export async function invitationRoutes(app: FastifyInstance, { invitations }: { invitations: InvitationService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/invitations',
    { config, schema: { tags, summary: 'Invitations, newest first (pending ones unless ?status=all)', querystring: ZInvitationListQuery, response: { 200: zPage(ZInvitation) } } },
    async (req) => invitations.list(orgScope(req), req.query),
  );

  r.post(
    '/api/invitations',
    { config, schema: { tags, summary: 'Invite someone by e-mail (link valid 7 days, single use)', body: ZInvitationInput, response: { 201: ZInvitation } } },
    async (req, reply) => reply.status(201).send(await invitations.create(orgScope(req), req.body, auditActor(req), req.log)),
  );

  r.delete(
    '/api/invitations/:id',
    { config, schema: { tags, summary: 'Revoke an invitation', params: ZInvitationParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await invitations.revoke(orgScope(req), req.params.id, auditActor(req));
      return reply.status(204).send(null);
    },
  );

  // The invitee is signed in but not a member yet: a user route, not an organisation one.
  r.post(
    '/api/invitations/accept',
    { config: { auth: 'user' }, schema: { tags, summary: 'Accept an invitation with the token from its e-mail; switches to that organisation', body: ZAcceptInvitation, response: { 200: ZAcceptedInvitation } } },
    async (req) => {
      const user = requireUser(req);
      return invitations.accept({ userId: user.userId, sessionId: user.sessionId }, req.body.token, auditActor(req));
    },
  );
}
