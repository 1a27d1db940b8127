import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../lib/pagination';
import { orgScope } from '../../lib/request-context';
import type { ProductService } from './product-service';
import { ZIdParams, ZProduct, ZProductInput, ZProductListQuery, ZProductPatch } from './product-schemas';

const tags = ['products'];

export async function productRoutes(app: FastifyInstance, { products }: { products: ProductService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/products', { schema: { tags, summary: 'List products by name, with search', querystring: ZProductListQuery, response: { 200: zPage(ZProduct) } } }, async (req) =>
    products.list(orgScope(req), req.query),
  );

  r.post('/api/products', { config: { idempotent: true }, schema: { tags, summary: 'Create a product', body: ZProductInput, response: { 201: ZProduct } } }, async (req, reply) =>
    reply.status(201).send(await products.create(orgScope(req), req.body)),
  );

  r.get('/api/products/:id', { schema: { tags, summary: 'One product', params: ZIdParams, response: { 200: ZProduct } } }, async (req) =>
    products.get(orgScope(req), req.params.id),
  );

  r.patch('/api/products/:id', { schema: { tags, summary: 'Change a product', params: ZIdParams, body: ZProductPatch, response: { 200: ZProduct } } }, async (req) =>
    products.update(orgScope(req), req.params.id, req.body),
  );

  r.post(
    '/api/products/:id/archive',
    { schema: { tags, summary: 'Archive (or with {archived:false} restore) a product', params: ZIdParams, body: z.object({ archived: z.boolean().default(true) }).strict(), response: { 200: ZProduct } } },
    async (req) => products.archive(orgScope(req), req.params.id, req.body.archived),
  );

  r.delete('/api/products/:id', { schema: { tags, summary: 'Delete a product that no invoice or quote line refers to', params: ZIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    await products.remove(orgScope(req), req.params.id);
    return reply.status(204).send(null);
  });
}
