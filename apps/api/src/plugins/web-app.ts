import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';
import { sendError } from './error-handler';

/**
 * Embedded mode: the API serves the built web app at `/`, with the SPA's index.html for every
 * other GET that is not an API path (client-side routes such as /invoices/123).
 */
export const webAppPlugin = fp(
  async (app: FastifyInstance, opts: { distDir: string }) => {
    if (!existsSync(join(opts.distDir, 'index.html'))) {
      app.log.warn({ distDir: opts.distDir }, 'web app not built: run `pnpm --filter @simplifaq/web build`; serving the API only');
      return;
    }
    await app.register(fastifyStatic, {
      root: opts.distDir,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        // Vite puts content hashes in asset names: they never change.
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') {
        return sendError(reply, request, new AppError('NOT_FOUND', `No route GET ${request.url.split('?')[0]}.`, 404));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  },
  { name: 'web-app' },
);
