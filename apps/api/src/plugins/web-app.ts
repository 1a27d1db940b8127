import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';
import { sendError } from './error-handler';

const STATIC_FILE = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|json|txt|webmanifest|xml)$/i;

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
      const path = request.url.split('?')[0] ?? '';
      if (path.startsWith('/api/') || path === '/api') {
        return sendError(reply, request, new AppError('NOT_FOUND', `No route GET ${path}.`, 404));
      }
      // A missing file is a 404, not the app's page: a stale script URL after a deploy must fail
      // visibly rather than load HTML as JavaScript.
      if (path.startsWith('/assets/') || STATIC_FILE.test(path)) {
        return sendError(reply, request, new AppError('NOT_FOUND', `No file ${path}.`, 404));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  },
  { name: 'web-app' },
);
