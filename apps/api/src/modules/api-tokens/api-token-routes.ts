import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { ADMIN_ROLES, orgScope } from '../../lib/request-context';
import { auditActor } from '../audit/audit-actor';
import type { ApiTokenService } from './api-token-service';
import { ZApiToken, ZApiTokenInput, ZApiTokenListQuery, ZCreatedApiToken, ZIdParams } from './api-token-schemas';

const tags = ['api tokens'];
const config = { roles: ADMIN_ROLES };

export async function apiTokenRoutes(app: FastifyInstance, { tokens }: { tokens: ApiTokenService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/api-tokens',
    { config, schema: { tags, summary: 'The organisation’s API tokens, newest first (active ones unless ?includeRevoked=true)', querystring: ZApiTokenListQuery, response: { 200: zPage(ZApiToken) } } },
    async (req) => tokens.list(orgScope(req), req.query),
  );

  r.post(
    '/api/api-tokens',
    { config, schema: { tags, summary: 'Create a token for an integration, with the role member or accountant; the token is shown once', body: ZApiTokenInput, response: { 201: ZCreatedApiToken } } },
    async (req, reply) => reply.status(201).send(await tokens.create(orgScope(req), req.body, auditActor(req))),
  );

  r.delete(
    '/api/api-tokens/:id',
    { config, schema: { tags, summary: 'Revoke a token', params: ZIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await tokens.revoke(orgScope(req), req.params.id, auditActor(req));
      return reply.status(204).send(null);
    },
  );
}
