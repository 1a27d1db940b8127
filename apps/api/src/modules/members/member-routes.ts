import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { ADMIN_ROLES, ALL_ROLES, orgScope } from '../../lib/request-context';
import { auditActor } from '../audit/audit-actor';
import type { MemberService } from './member-service';
import { ZMember, ZMemberListQuery, ZMemberParams, ZRoleChange } from './member-schemas';

const tags = ['members'];

export async function memberRoutes(app: FastifyInstance, { members }: { members: MemberService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/members', { schema: { tags, summary: 'The organisation’s members and their roles', querystring: ZMemberListQuery, response: { 200: zPage(ZMember) } } }, async (req) =>
    members.list(orgScope(req), req.query),
  );

  r.patch(
    '/api/members/:userId',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags, summary: 'Change a member’s role (owners alone grant or take the owner role; the last owner stays)', params: ZMemberParams, body: ZRoleChange, response: { 200: ZMember } },
    },
    async (req) => members.changeRole(orgScope(req), req.params.userId, req.body.role, auditActor(req)),
  );

  // Every role may reach it to leave the organisation; removing someone else is checked in the service.
  r.delete(
    '/api/members/:userId',
    { config: { roles: ALL_ROLES }, schema: { tags, summary: 'Remove a member, or leave (your own id); the last owner stays', params: ZMemberParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await members.remove(orgScope(req), req.params.userId, auditActor(req));
      return reply.status(204).send(null);
    },
  );
}
