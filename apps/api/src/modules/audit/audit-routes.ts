import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { zPage } from '../../lib/pagination';
import { ADMIN_ROLES, orgScope } from '../../lib/request-context';
import { ZAuditEvent, ZAuditEventListQuery } from './audit-schemas';
import type { AuditService } from './audit-service';

export async function auditRoutes(app: FastifyInstance, { audit }: { audit: AuditService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Who did what, from where: owners and admins only.
  r.get(
    '/api/audit-events',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags: ['audit'], summary: 'The organisation’s audit log, newest first; filter by action and period', querystring: ZAuditEventListQuery, response: { 200: zPage(ZAuditEvent) } },
    },
    async (req) => audit.list(orgScope(req), req.query),
  );
}
