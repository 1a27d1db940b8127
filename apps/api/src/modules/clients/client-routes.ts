import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { orgScope } from '../../lib/request-context';
import type { ClientService } from './client-service';
import { ZClient, ZClientInput, ZClientListQuery, ZClientPatch, ZIdParams } from './client-schemas';

const tags = ['clients'];

export async function clientRoutes(app: FastifyInstance, { clients }: { clients: ClientService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/clients', { schema: { tags, summary: 'List clients by name, with search', querystring: ZClientListQuery, response: { 200: zPage(ZClient) } } }, async (req) =>
    clients.list(orgScope(req), req.query),
  );

  r.post('/api/clients', { config: { idempotent: true }, schema: { tags, summary: 'Create a client', body: ZClientInput, response: { 201: ZClient } } }, async (req, reply) =>
    reply.status(201).send(await clients.create(orgScope(req), req.body)),
  );

  r.get('/api/clients/:id', { schema: { tags, summary: 'One client', params: ZIdParams, response: { 200: ZClient } } }, async (req) =>
    clients.get(orgScope(req), req.params.id),
  );

  r.patch('/api/clients/:id', { schema: { tags, summary: 'Change a client', params: ZIdParams, body: ZClientPatch, response: { 200: ZClient } } }, async (req) =>
    clients.update(orgScope(req), req.params.id, req.body),
  );

  r.post(
    '/api/clients/:id/archive',
    { schema: { tags, summary: 'Archive (or with {archived:false} restore) a client', params: ZIdParams, body: z.object({ archived: z.boolean().default(true) }).strict(), response: { 200: ZClient } } },
    async (req) => clients.archive(orgScope(req), req.params.id, req.body.archived),
  );

  r.delete('/api/clients/:id', { schema: { tags, summary: 'Delete a client that no invoice or quote refers to', params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await clients.remove(orgScope(req), req.params.id);
    return reply.status(204).send(null);
  });
}
